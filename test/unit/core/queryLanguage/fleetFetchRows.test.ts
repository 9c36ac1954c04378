// fetchRows on the fleet paths against the sandbox: rows as the endpoint answers them, events always paged,
// /groups fetched whole with the options applied here, brand names as rows.
import * as assert from 'assert';
import { FlinkeyClient } from '../../../../src/core/api';
import { fetchRows, prepareRequest } from '../../../../src/core/queryLanguage';
import { assignmentsOf } from '../../../../src/core/sandbox/activity';
import { eventsOf } from '../../../../src/core/sandbox/events';
import { startSandbox, type Sandbox } from '../../../../src/core/sandbox/server';

describe('fetchRows on the fleet paths', () => {
  let sb: Sandbox;
  let client: FlinkeyClient;
  const sent: URL[] = [];

  before(async () => {
    sb = await startSandbox({ products: 80, seed: 12, onRequest: (req) => sent.push(new URL(req.url ?? '/', sb.baseUrl)) });
    client = new FlinkeyClient({
      baseUrl: sb.baseUrl,
      apiKey: sb.apiKey,
      customerId: sb.customerId,
      username: sb.username,
      password: sb.password,
    });
  });
  after(() => sb?.close());

  async function rows(path: string, query: string) {
    const prepared = prepareRequest(path, query);
    assert.ok(prepared.ok, `${path}?${query}`);
    sent.length = 0;
    return fetchRows(client, prepared.match, prepared.options);
  }

  it('reads each fleet path kind', async () => {
    const f = sb.fleet.customers[0];
    const all = eventsOf(f.activity, f.cars, f.users, 0);
    const expect: [string, string, unknown[], boolean][] = [
      ['/cars', '$top=3', f.cars.slice(0, 3), false],
      [`/cars/${f.cars[1].id}`, '', [f.cars[1]], true],
      [`/cars/${f.cars[0].id}/assignments`, '', assignmentsOf(f.activity, f.cars, f.users, 0), false],
      [`/cars/${f.cars[0].id}/events`, '$top=4&$skip=2', all.slice(2, 6), false],
      ['/users', '$select=emailAddress&$top=2', f.users.slice(0, 2).map((u) => ({ emailAddress: u.emailAddress })), false],
      [`/users/${f.users[3].id}`, '', [f.users[3]], true],
      [`/assignments/${assignmentsOf(f.activity, f.cars, f.users, 0)[1].id}`, '', [assignmentsOf(f.activity, f.cars, f.users, 0)[1]], true],
      [`/events/${all[5].id}`, '$select=type', [{ type: all[5].type }], true],
      [`/groups/${f.groups[0].id}/cars`, '', [...f.groupCars[0]].map((k) => f.cars[k]), false],
      ['/brands', '$top=2', sb.fleet.keys.brands.slice(0, 2).map((brand) => ({ brand })), false],
      ['/brands/Citro%C3%ABn/keys', '', sb.fleet.keys.keys.get('Citroën')!, false],
    ];
    for (const [path, query, want, single] of expect) {
      const got = await rows(path, query);
      assert.deepStrictEqual(got, { rows: want, single }, path);
    }
  });

  it('sends events with the default page size when the query has no $top', async () => {
    const f = sb.fleet.customers[0];
    const got = await rows(`/cars/${f.cars[0].id}/events`, "type eq 'CarClosed'");
    assert.strictEqual(sent[0].searchParams.get('$top'), '50');
    assert.deepStrictEqual(
      got.rows,
      eventsOf(f.activity, f.cars, f.users, 0)
        .filter((e) => e.type === 'CarClosed')
        .slice(0, 50),
    );
  });

  it('fetches /groups whole and applies the options here', async () => {
    const f = sb.fleet.customers[0];
    const got = await rows('/groups', '$orderby=name desc&$top=2&$select=name');
    assert.strictEqual(sent[0].search, '', 'no options sent');
    const names = f.groups
      .map((g) => g.name)
      .sort()
      .reverse()
      .slice(0, 2);
    assert.deepStrictEqual(
      got.rows,
      names.map((name) => ({ name })),
    );
  });
});
