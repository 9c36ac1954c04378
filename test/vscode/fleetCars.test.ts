// Cars, Users and Groups in the Fleet view of a real VS Code, against a sandbox of its own whose requests are
// counted by round trip: a car expands to Access and Events (3 requests in 2 round trips), Events pages one
// request at a time, Find in Fleet lands on a car by VIN or plate and on a user by e-mail (1 request per kind).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Car, User } from '../../src/core/api/models';
import { assignmentsOf } from '../../src/core/sandbox/activity';
import { eventsOf } from '../../src/core/sandbox/events';
import { startSandbox, type Sandbox } from '../../src/core/sandbox/server';
import { personName, stateWord } from '../../src/ui/fleetView/describeAccess';
import { accessState, localTime } from '../../src/ui/fleetView/times';
import { RequestRounds } from '../unit/ui/requestRounds';
import { clickRow, failureOf, hasPage, waitFor, waitRows, type Row } from './page';
import { screenshot } from './screenshot';

const run = <T = unknown>(command: string, ...args: unknown[]) => Promise.resolve(vscode.commands.executeCommand<T>(command, ...args));
const PAGE = 4;
/** Steps the side bar is widened by while these tests run (and narrowed by after). */
const WIDER = 3;
const SECTIONS = ['Services', 'Products', 'Cars', 'Users', 'Groups'];

/** The rows one level under the row labelled `label` at `level`. */
function under(r: Row[], label: string, level: number): Row[] {
  const at = r.findIndex((x) => x.level === level && x.label === label);
  if (at < 0) return [];
  const rest = r.slice(at + 1);
  const end = rest.findIndex((x) => x.level <= level);
  return (end < 0 ? rest : rest.slice(0, end)).filter((x) => x.level === level + 1);
}
const labels = (r: Row[]) => r.map((x) => x.label);
const carText = (c: Car) => [c.licensePlate, c.vin].filter(Boolean).join(' · ');

describe('fleet: cars, users and groups', function () {
  this.timeout(90_000);
  const rounds = new RequestRounds();
  let own: Sandbox;
  let car: Car;
  let byId: Map<number, User>;

  before(async function () {
    await vscode.extensions.getExtension('flinkey-fleet-explorer.flinkey-fleet-explorer')!.activate();
    if (!(await hasPage())) this.skip();
    await vscode.workspace.getConfiguration('flinkey').update('pageSize', PAGE, vscode.ConfigurationTarget.Global);
    own = await startSandbox({ products: 12, seed: 4, onRequest: rounds.onRequest, log: rounds.log });
    const fleet = own.fleet.customers[0];
    car = fleet.cars[0];
    byId = new Map(fleet.users.map((u) => [u.id, u]));
    assert.ok(await run('flinkey.signIn', { baseUrl: own.baseUrl, apiKey: own.apiKey, username: own.username, password: own.password }));
    await run('workbench.view.extension.flinkey');
    await run('workbench.actions.treeView.flinkey.fleet.collapseAll');
    // The Fleet view alone in the side bar, wider: a car's rows fit on screen, and in the screenshots.
    await run('flinkey.queryResults.toggleVisibility');
    await run('flinkey.queries.toggleVisibility');
    // "Decrease Editor Width": the side bar gets what the editor gives up.
    for (let i = 0; i < WIDER; i++) await run('workbench.action.decreaseViewWidth');
  });

  afterEach(() => own?.setFaults({}));

  after(async () => {
    if (!own) return;
    for (let i = 0; i < WIDER; i++) await run('workbench.action.increaseViewWidth');
    await run('flinkey.queryResults.toggleVisibility');
    await run('flinkey.queries.toggleVisibility');
    await vscode.workspace.getConfiguration('flinkey').update('pageSize', undefined, vscode.ConfigurationTarget.Global);
    await run('workbench.action.closeAllEditors');
    await run('flinkey.signOut');
    await own?.close();
  });

  it('shows Cars, Users and Groups beside Services and Products; Cars lists a page of cars with plate and VIN', async () => {
    await waitRows((r) => labels(r.filter((x) => x.level === 1)).join() === SECTIONS.join(), 'the five sections');
    await clickRow('Cars', 1, true);
    const cars = own.fleet.customers[0].cars.slice(0, PAGE);
    const shown = await waitRows(
      // The count reaches the section row by a redraw after its first page.
      (r) =>
        labels(under(r, 'Cars', 1)).join() === [...cars.map((c) => c.name), 'Load more…'].join() &&
        !!r.find((x) => x.level === 1 && x.label === 'Cars')?.description,
      'a page of cars, and their count',
    );
    assert.deepStrictEqual(
      under(shown, 'Cars', 1)
        .slice(0, PAGE)
        .map((x) => x.description),
      cars.map(carText),
    );
    assert.strictEqual(shown.find((x) => x.level === 1 && x.label === 'Cars')?.description, `${PAGE}+`);
    await screenshot('fleet-sections');
  });

  it('a car expands to Access and Events: assignments and events together, then the users — 3 requests in 2 round trips', async () => {
    own.setFaults({ latencyMs: 40 });
    rounds.reset();
    await clickRow(car.name, 2, true);
    const shown = await waitRows(
      (r) => labels(under(r, car.name, 2)).join() === 'Access,Events,Products',
      `Access and Events under ${car.name}`,
    );
    const [access, events, products] = under(shown, car.name, 2);
    const fleet = own.fleet.customers[0];
    assert.strictEqual(access.description, String(assignmentsOf(fleet.activity, fleet.cars, fleet.users, 0).length));
    assert.strictEqual(events.description, `${PAGE}+ · newest first`);
    assert.strictEqual(products.description, 'no link in the flinkey API');
    assert.deepStrictEqual(rounds.summary(), [`1 /v3/cars/${car.id}/assignments`, `1 /v3/cars/${car.id}/events`, '2 /v3/users']);
    const page = rounds.served().find((s) => s.path.endsWith('/events'))!;
    assert.deepStrictEqual([page.query.get('$top'), page.query.get('$orderby')], [String(PAGE), 'utcDateTime desc']);
  });

  it('Access names who may open the car and when, marking expired, future and open-ended — without a request', async () => {
    rounds.reset();
    await clickRow('Access', 3, true);
    const fleet = own.fleet.customers[0];
    const assignments = assignmentsOf(fleet.activity, fleet.cars, fleet.users, 0);
    const who = assignments.map((a) => (a.userId === null ? 'No user' : personName(byId.get(a.userId)!)));
    const shown = await waitRows((r) => labels(under(r, 'Access', 3)).join() === who.join(), 'the assignments');
    const descriptions = under(shown, 'Access', 3).map((x) => x.description);
    const now = new Date();
    assignments.forEach((a, i) => {
      const end = a.end === null ? 'open-ended' : localTime(a.end);
      assert.strictEqual(descriptions[i], `${stateWord(accessState(a, now))} · ${localTime(a.start)} → ${end}`);
    });
    for (const word of ['expired', 'current', 'future', 'open-ended']) {
      assert.ok(
        descriptions.some((d) => d.includes(word)),
        `no assignment marked ${word}: ${JSON.stringify(descriptions)}`,
      );
    }
    assert.deepStrictEqual(rounds.served(), [], 'Access came with the car');
    await screenshot('fleet-car-access');
    await clickRow('Access', 3, true);
    await waitRows((r) => under(r, 'Access', 3).length === 0, 'Access collapsed');
  });

  it('Events come newest first with who opened or closed the car; Load more is one request with $top and $skip', async () => {
    await clickRow('Events', 3, true);
    const fleet = own.fleet.customers[0];
    const newest = eventsOf(fleet.activity, fleet.cars, fleet.users, 0).reverse();
    const times = (n: number) => [...newest.slice(0, n).map((e) => localTime(e.utcDateTime)), 'Load more…'];
    const shown = await waitRows((r) => labels(under(r, 'Events', 3)).join() === times(PAGE).join(), 'the newest events');
    under(shown, 'Events', 3)
      .slice(0, PAGE)
      .forEach((row, i) => {
        const e = newest[i];
        assert.strictEqual(row.description, `${e.type === 'CarOpened' ? 'Opened' : 'Closed'} · ${personName(byId.get(e.userId)!)}`);
      });
    rounds.reset();
    await clickRow('Load more…', 4, false);
    await waitRows((r) => labels(under(r, 'Events', 3)).join() === times(2 * PAGE).join(), 'the next page of events');
    const [next] = rounds.served();
    assert.strictEqual(rounds.served().length, 1, JSON.stringify(rounds.summary()));
    assert.deepStrictEqual([next.query.get('$top'), next.query.get('$skip')], [String(PAGE), String(PAGE)]);
    await screenshot('fleet-car-events');
  });

  it('Find in Fleet with a VIN lands on the car under Cars, selected and expanded, with 1 search request per kind', async () => {
    const target = own.fleet.customers[0].cars.slice(PAGE).find((c) => c.vin && c.licensePlate)!;
    await run('workbench.actions.treeView.flinkey.fleet.collapseAll');
    own.setFaults({ latencyMs: 40 });
    rounds.reset();
    assert.strictEqual(await run('flinkey.findInFleet', { query: target.vin }), `cars/${target.id}`);
    const searches = rounds.served().filter((s) => /contains\(tolower\(/.test(s.query.get('$filter') ?? ''));
    assert.deepStrictEqual(searches.map((s) => `${s.round} ${s.path}`).sort(), [
      '1 /v3/cars',
      '1 /v3/products',
      '1 /v3/services',
      '1 /v3/users',
    ]);
    const shown = await waitRows(
      (r) => r.some((x) => x.selected && x.label === target.name) && labels(under(r, target.name, 2)).join() === 'Access,Events,Products',
      'the car selected and expanded',
    );
    const at = shown.findIndex((x) => x.selected);
    assert.deepStrictEqual([shown[at].level, shown[at].description], [2, carText(target)]);
    const section = shown
      .slice(0, at)
      .reverse()
      .find((x) => x.level === 1);
    assert.strictEqual(section?.label, 'Cars', 'the car is not under Cars');
    await screenshot('fleet-find-vin');
  });

  it('Find in Fleet finds a car by licence plate and a user by e-mail address', async () => {
    const fleet = own.fleet.customers[0];
    const plated = fleet.cars.find((c) => c.licensePlate && c.id !== car.id)!;
    assert.strictEqual(await run('flinkey.findInFleet', { query: plated.licensePlate }), `cars/${plated.id}`);
    const user = fleet.users.find((u) => u.userData.firstName && u.userData.lastName)!;
    assert.strictEqual(await run('flinkey.findInFleet', { query: user.emailAddress }), `users/${user.id}`);
    const shown = await waitRows((r) => r.some((x) => x.selected && x.label === personName(user)), 'the user selected');
    assert.strictEqual(shown.find((x) => x.selected)?.description, user.emailAddress);
    await waitRows((r) => labels(under(r, personName(user), 2)).join() === 'Cars', 'the row saying no link leads to their cars');
  });

  it('a click on the car opens its details with what the row holds: neither the car nor its access is asked again', async () => {
    rounds.reset();
    await clickRow(car.name, 2, false);
    await waitFor(
      async () => vscode.window.activeTextEditor?.document.uri.path ?? '',
      (path) => path === `/cars/${car.id}/Car ${car.name}.json`,
      'the car details editor',
    );
    const json = JSON.parse(vscode.window.activeTextEditor!.document.getText());
    const fleet = own.fleet.customers[0];
    assert.strictEqual(json.vin, car.vin);
    assert.strictEqual(json.assignments.length, assignmentsOf(fleet.activity, fleet.cars, fleet.users, 0).length);
    assert.deepStrictEqual(json.keyCatalogue.keys, own.fleet.keys.keys.get(car.brand!));
    const asked = rounds.served().map((s) => s.path);
    assert.ok(!asked.includes(`/v3/cars/${car.id}`) && !asked.includes(`/v3/cars/${car.id}/assignments`), JSON.stringify(asked));
    assert.ok(asked.includes(`/v3/brands/${encodeURIComponent(car.brand!)}/keys`), JSON.stringify(asked));
    await run('workbench.action.closeAllEditors');
  });

  it('Groups come whole and are shown a page at a time; a group expands to its cars', async () => {
    const fleet = own.fleet.customers[0];
    const at = fleet.groupCars.findIndex((cars, i) => i < PAGE && cars.length > 0);
    assert.ok(at >= 0, 'no group with cars on the first page');
    const group = fleet.groups[at];
    const cars = Array.from(fleet.groupCars[at], (k) => fleet.cars[k]);
    await run('workbench.actions.treeView.flinkey.fleet.collapseAll');
    rounds.reset();
    await clickRow('Groups', 1, true);
    const firstPage = fleet.groups.slice(0, PAGE).map((g) => g.name);
    const more = fleet.groups.length > PAGE ? ['Load more…'] : [];
    await waitRows((r) => labels(under(r, 'Groups', 1)).join() === [...firstPage, ...more].join(), 'the first page of groups');
    await clickRow(group.name, 2, true);
    const shown = cars.slice(0, PAGE).map((c) => c.name);
    await waitRows(
      (r) => labels(under(r, group.name, 2)).join() === [...shown, ...(cars.length > PAGE ? ['Load more…'] : [])].join(),
      `the cars of ${group.name}`,
    );
    // Neither list takes query options: each is asked for once, without any.
    assert.deepStrictEqual(rounds.summary(), ['1 /v3/groups', `2 /v3/groups/${group.id}/cars`]);
    assert.ok(
      rounds.served().every((s) => [...s.query.keys()].length === 0),
      JSON.stringify(rounds.served().map((s) => s.query.toString())),
    );
    await screenshot('fleet-group-cars');
  });

  it('a word that matches nothing says where it looked', async () => {
    await failureOf(
      /^flinkey: Nothing matches "zzq-nothing" in products \(serial number, unique ID, ID\), services \(name, ID\), cars \(VIN, licence plate, name, ID\), users \(e-mail, first name, last name, ID\)\.$/,
      'flinkey.findInFleet',
      { query: 'zzq-nothing' },
    );
  });
});
