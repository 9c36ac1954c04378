// The client's fleet methods against the real sandbox: what they return, what they send, how they fail.
import type { IncomingHttpHeaders } from 'http';
import * as assert from 'assert';
import type { FlinkeyClient } from '../../../../src/core/api/client';
import { assignmentsOf } from '../../../../src/core/sandbox/activity';
import { eventsOf } from '../../../../src/core/sandbox/events';
import { startSandbox, type Sandbox } from '../../../../src/core/sandbox/server';
import { clientFor, rejectsWith } from './helpers';

interface Sent {
  url: URL;
  headers: IncomingHttpHeaders;
}

describe('api/FlinkeyClient fleet endpoints (sandbox)', () => {
  let sandbox: Sandbox;
  let client: FlinkeyClient;
  let sent: Sent[];

  before(async () => {
    sandbox = await startSandbox({
      products: 150,
      seed: 8,
      onRequest: (req) => {
        const url = new URL(req.url ?? '/', sandbox.baseUrl);
        if (!url.pathname.endsWith('/oauth2/token')) sent.push({ url, headers: req.headers });
      },
    });
  });
  after(() => sandbox.close());
  beforeEach(() => {
    sent = [];
    sandbox.setFaults({});
    client = clientFor(sandbox);
  });

  const fleet = () => sandbox.fleet.customers[0];

  it('reads cars, one car and the users', async () => {
    const f = fleet();
    assert.deepStrictEqual(await client.getCars(), f.cars);
    assert.deepStrictEqual(await client.getCar(f.cars[2].id), f.cars[2]);
    assert.deepStrictEqual(await client.getUsers(), f.users);
    assert.deepStrictEqual(await client.getUser(f.users[3].id), f.users[3]);
    assert.deepStrictEqual(
      await client.getCars({ query: { filter: 'vin eq null', select: 'id' } }),
      f.cars.filter((c) => c.vin === null).map((c) => ({ id: c.id })),
    );
    assert.deepStrictEqual(
      await client.getUsers({ query: { select: 'id,userData/firstName', top: 2 } }),
      f.users.slice(0, 2).map((u) => ({ id: u.id, userData: { firstName: u.userData.firstName } })),
    );
    assert.deepStrictEqual(await client.query('cars', { top: 2 }), f.cars.slice(0, 2));
    assert.deepStrictEqual(await client.query('users', { select: 'emailAddress', top: 1 }), [{ emailAddress: f.users[0].emailAddress }]);
  });

  it("reads a car's assignments and one assignment by id", async () => {
    const f = fleet();
    const expected = assignmentsOf(f.activity, f.cars, f.users, 0);
    assert.deepStrictEqual(await client.getCarAssignments(f.cars[0].id), expected);
    assert.deepStrictEqual(await client.getAssignment(expected[2].id), expected[2]);
  });

  it('pages events with the $top it is given, and refuses to list them without one, before sending', async () => {
    const f = fleet();
    const all = eventsOf(f.activity, f.cars, f.users, 0);
    const page = await client.getCarEvents(f.cars[0].id, { query: { top: 25, skip: 50 } });
    assert.deepStrictEqual(page, all.slice(50, 75));
    assert.strictEqual(sent[0].url.searchParams.get('$top'), '25');
    assert.deepStrictEqual(await client.getEvent(all[9].id), all[9]);
    sent = [];
    for (const query of [{}, { top: undefined }, { top: -1 }, { top: 2.5 }, { skip: 10 }]) {
      const e = await rejectsWith(client.getCarEvents(f.cars[0].id, { query } as never), 'badRequest');
      assert.match(e.message, /\$top/);
    }
    await rejectsWith(client.getCarEvents(f.cars[0].id, undefined as never), 'badRequest');
    assert.deepStrictEqual(sent, [], 'no request without $top');
  });

  it('asks for the users of assignments in one GET /users?$filter=id in (…), duplicates dropped', async () => {
    const f = fleet();
    const ids = [f.users[4].id, f.users[1].id, f.users[4].id, f.users[7].id];
    const users = await client.getUsersByIds(ids);
    assert.deepStrictEqual(users.map((u) => u.id).sort(), [f.users[1].id, f.users[4].id, f.users[7].id].sort());
    assert.strictEqual(sent.length, 1);
    assert.strictEqual(sent[0].url.pathname, '/v3/users');
    assert.strictEqual(sent[0].url.searchParams.get('$filter'), `id in (${f.users[4].id},${f.users[1].id},${f.users[7].id})`);
    assert.strictEqual(sent[0].url.searchParams.get('$top'), '3');
    sent = [];
    assert.deepStrictEqual(await client.getUsersByIds([]), []);
    assert.deepStrictEqual(sent, [], 'no request for no ids');
    // An id the API does not know is simply missing.
    assert.deepStrictEqual(await client.getUsersByIds([1, f.users[0].id]), [f.users[0]]);
    sent = [];
    // 130 ids (the fleet's users, then ids nobody has) go in two requests of at most 100.
    assert.ok(f.users.length < 130);
    const many = [...f.users.map((u) => u.id), ...Array.from({ length: 130 - f.users.length }, (_, i) => i + 1)];
    assert.deepStrictEqual(await client.getUsersByIds(many), f.users);
    assert.deepStrictEqual(
      sent.map((s) => s.url.searchParams.get('$top')),
      ['100', '30'],
    );
  });

  it('lists groups and their cars without any query option', async () => {
    const f = fleet();
    assert.deepStrictEqual(await client.getGroups(), f.groups);
    assert.deepStrictEqual(
      await client.getGroupCars(f.groups[0].id),
      [...f.groupCars[0]].map((k) => f.cars[k]),
    );
    assert.deepStrictEqual(
      sent.map((s) => s.url.search),
      ['', ''],
    );
  });

  it('reads the key catalogue without a Customer-ID, sending $expand=keyForm for keys', async () => {
    const noCustomer = clientFor(sandbox, { customerId: undefined });
    assert.deepStrictEqual(await noCustomer.getBrands(), sandbox.fleet.keys.brands);
    assert.deepStrictEqual(await noCustomer.getBrandKeys('Citroën'), sandbox.fleet.keys.keys.get('Citroën'));
    assert.deepStrictEqual(await client.getBrands({ query: { top: 2 } }), sandbox.fleet.keys.brands.slice(0, 2));
    assert.deepStrictEqual(
      sent.map((s) => s.headers['customer-id']),
      [undefined, undefined, undefined],
    );
    assert.strictEqual(sent[1].url.pathname, '/v3/brands/Citro%C3%ABn/keys');
    assert.strictEqual(sent[1].url.searchParams.get('$expand'), 'keyForm');
    const picked = await client.getBrandKeys('BMW', { query: { select: 'boxName' } });
    assert.deepStrictEqual(
      picked,
      sandbox.fleet.keys.keys.get('BMW')!.map((k) => ({ boxName: k.boxName, keyForm: k.keyForm })),
    );
  });

  it('turns a 400 for an unknown brand and 404s for unknown ids into plain words with their subject', async () => {
    const e = await rejectsWith(client.getBrandKeys('Trabant'), 'badRequest');
    assert.strictEqual(e.message, 'The key catalogue has no brand named "Trabant".');
    assert.strictEqual(e.details.status, 400);
    assert.strictEqual(e.details.reason, 'Invalid brand provided.');
    await rejectsWith(client.getBrandKeys(' '), 'badRequest');
    const cases: [() => Promise<unknown>, string][] = [
      [() => client.getCar(1), 'car'],
      [() => client.getCarAssignments(1), 'car'],
      [() => client.getCarEvents(1, { query: { top: 5 } }), 'car'],
      [() => client.getUser(1), 'user'],
      [() => client.getAssignment(1), 'assignment'],
      [() => client.getEvent(1), 'event'],
      [() => client.getGroupCars(1), 'group'],
    ];
    for (const [call, subject] of cases) {
      const nf = await rejectsWith(call(), 'notFound');
      assert.strictEqual(nf.details.subject, subject, nf.message);
      assert.match(nf.message, new RegExp(`^Not found: Unable to find an? ${subject}`));
    }
  });

  it('retries, cancels and redacts on the new endpoints as on the old ones', async () => {
    const f = fleet();
    const retrying = clientFor(sandbox, { maxAttempts: 6 });
    await retrying.getToken(sandbox.username, sandbox.password);
    sandbox.resetStats();
    sandbox.setFaults({ error500Rate: 0.3, resetRate: 0.2, seed: 4 });
    for (let i = 0; i < 8; i++) {
      assert.deepStrictEqual(
        await retrying.getCarEvents(f.cars[0].id, { query: { top: 3 } }),
        eventsOf(f.activity, f.cars, f.users, 0).slice(0, 3),
      );
    }
    assert.ok(sandbox.stats.byPath[`/v3/cars/${f.cars[0].id}/events`] > 8, 'some calls needed a retry');
    sandbox.setFaults({});
    const controller = new AbortController();
    controller.abort();
    await rejectsWith(client.getUsers({ signal: controller.signal }), 'cancelled');
    await rejectsWith(client.getGroups(controller.signal), 'cancelled');
    const wrongKey = clientFor(sandbox, { apiKey: 'secret-api-key-123' });
    const e = await rejectsWith(wrongKey.getCars(), 'invalidApiKey');
    assert.ok(!e.message.includes('secret-api-key-123'));
  });
});
