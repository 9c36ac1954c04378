// Details documents of cars, users, assignments, events and groups inside a real VS Code, against the launcher's
// sandbox; the copy commands of the new kinds; and records that do not exist, said in plain words.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { testSandbox } from './harness';
import { failureOf } from './page';
import { SandboxReader } from './sandboxReader';
import { screenshot } from './screenshot';

const run = <T = unknown>(command: string, ...args: unknown[]) => Promise.resolve(vscode.commands.executeCommand<T>(command, ...args));
const shownJson = () => JSON.parse(vscode.window.activeTextEditor!.document.getText());
const titleOf = (uri: string | undefined) => decodeURIComponent(uri ?? '').replace(/^.*\//, '');

describe('fleet details', function () {
  this.timeout(60_000);
  const reader = new SandboxReader(testSandbox());
  let car: any;
  let assignments: any[];
  let events: any[];
  let users: Map<number, any>;
  const userOf = (id: number | null) => (id === null ? null : (users.get(id) ?? null));

  before(async () => {
    await vscode.extensions.getExtension('flinkey-fleet-explorer.flinkey-fleet-explorer')!.activate();
    assert.ok(await run('flinkey.signIn', { ...testSandbox(), staySignedIn: false }), 'sign-in failed');
    for (const c of await reader.ok<any[]>('/cars?$top=60')) {
      const a = await reader.ok<any[]>(`/cars/${c.id}/assignments`);
      if (c.vin && c.licensePlate && c.brand && a.some((x) => x.userId !== null)) {
        [car, assignments] = [c, a];
        break;
      }
    }
    assert.ok(car, 'no car with VIN, plate, brand and an assigned user among the first 60');
    events = await reader.ok(`/cars/${car.id}/events?$orderby=${encodeURIComponent('utcDateTime desc')}&$top=20`);
    const ids = [...new Set([...assignments, ...events].flatMap((x) => (x.userId === null ? [] : [x.userId])))];
    const named: any[] = ids.length
      ? await reader.ok(`/users?$filter=${encodeURIComponent(`id in (${ids.join(',')})`)}&$top=${ids.length}`)
      : [];
    users = new Map(named.map((u) => [u.id, u]));
  });

  after(() => run('workbench.action.closeAllEditors'));

  it('a car’s details: the car, who may open it, its latest events and which flinkey Box fits its key', async () => {
    const uri = await run<string>('flinkey.openDetails', { kind: 'car', id: car.id });
    assert.strictEqual(titleOf(uri), `Car ${car.name}.json`);
    const keys = await reader.ok(`/brands/${encodeURIComponent(car.brand)}/keys?$expand=keyForm`);
    const json = shownJson();
    assert.deepStrictEqual(json, {
      ...car,
      products: json.products,
      assignments: assignments.map((a) => ({ ...a, user: userOf(a.userId) })),
      latestEvents: events.map((e) => ({ ...e, user: userOf(e.userId) })),
      keyCatalogue: { brand: car.brand, keys },
    });
    assert.match(json.products, /^The flinkey API offers no link from a car to its products/);
    await screenshot('details-car');
  });

  it('a user’s, an assignment’s, an event’s and a group’s details, each with what it names', async () => {
    const assignment = assignments.find((a) => a.userId !== null);
    const user = userOf(assignment.userId);
    let uri = await run<string>('flinkey.openDetails', { kind: 'user', id: user.id });
    assert.match(titleOf(uri), /^User .+\.json$/);
    assert.deepStrictEqual({ ...shownJson(), cars: undefined }, { ...user, cars: undefined });
    assert.match(shownJson().cars, /no link from a user to their cars/);

    uri = await run<string>('flinkey.openDetails', { kind: 'assignment', id: assignment.id });
    assert.match(titleOf(uri), new RegExp(`^Assignment ${assignment.id} · .+\\.json$`));
    assert.deepStrictEqual(shownJson(), { ...assignment, car, user });

    const [event] = events;
    await run('flinkey.openDetails', `flinkey:/events/${event.id}.json`);
    assert.deepStrictEqual(shownJson(), { ...event, car, user: userOf(event.userId) });

    const groups = await reader.ok<any[]>('/groups');
    for (const group of groups) {
      const cars = await reader.ok<any[]>(`/groups/${group.id}/cars`);
      if (cars.length === 0) continue;
      uri = await run<string>('flinkey.openDetails', { kind: 'group', id: group.id });
      assert.strictEqual(titleOf(uri), `Group ${group.name}.json`);
      assert.deepStrictEqual(shownJson(), { ...group, cars });
      return;
    }
    assert.fail('no group holds a car');
  });

  it('copies a car’s id, VIN and plate, a user’s id and e-mail, an assignment’s and an event’s id', async () => {
    const assignment = assignments.find((a) => a.userId !== null);
    const user = userOf(assignment.userId);
    const copies: [string, unknown, string][] = [
      ['flinkey.copyId', { kind: 'car', id: car.id }, String(car.id)],
      ['flinkey.copyVin', { kind: 'car', id: car.id }, car.vin],
      ['flinkey.copyLicensePlate', `flinkey:/cars/${car.id}.json`, car.licensePlate],
      ['flinkey.copyId', { kind: 'user', id: user.id }, String(user.id)],
      ['flinkey.copyEmail', { kind: 'user', id: user.id }, user.emailAddress],
      ['flinkey.copyId', { kind: 'assignment', id: assignment.id }, String(assignment.id)],
      ['flinkey.copyId', { kind: 'event', id: events[0].id }, String(events[0].id)],
    ];
    for (const [command, arg, expected] of copies) {
      await vscode.env.clipboard.writeText('(before)');
      assert.strictEqual(await run(command, arg), expected, `${command} ${JSON.stringify(arg)}`);
      assert.strictEqual(await vscode.env.clipboard.readText(), expected);
    }
  });

  it('an unknown car, user or assignment, and a brand the key catalogue does not know, are said in plain words', async () => {
    await failureOf(/^flinkey: There is no car 99999999 in this customer's fleet\.$/, 'flinkey.openDetails', {
      kind: 'car',
      id: 99_999_999,
    });
    await failureOf(/^flinkey: There is no user 99999998 in this customer's fleet\.$/, 'flinkey.copyEmail', {
      kind: 'user',
      id: 99_999_998,
    });
    await failureOf(/^flinkey: There is no assignment 99999997 in this customer's fleet\.$/, 'flinkey.openDetails', {
      kind: 'assignment',
      id: 99_999_997,
    });
    await failureOf(/^flinkey: The key catalogue has no brand named "Trabbi"\.$/, 'flinkey.runQuery', { path: '/brands/Trabbi/keys' });
  });
});
