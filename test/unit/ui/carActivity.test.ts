// Expanding a car against the counted.sandbox: its assignments and newest events together, then the users both name in
// one request — at most 3 requests in 2 round trips — and a page of events is one request with $top.
import * as assert from 'assert';
import { assignmentsOf } from '../../../src/core/sandbox/activity';
import { eventsOf } from '../../../src/core/sandbox/events';
import { newestEvents } from '../../../src/ui/documents/carParts';
import { loadAccess, loadCarActivity } from '../../../src/ui/fleetView/carActivity';
import { KnownUsers } from '../../../src/ui/fleetView/knownUsers';
import { countedSandbox } from './countedSandbox';

describe('expanding a car (counted.sandbox)', () => {
  const counted = countedSandbox(30);
  const { rounds } = counted;

  const fleet = () => counted.sandbox.fleet.customers[0];

  it('asks for the assignments and the newest events together, then the users both name: 3 requests in 2 round trips', async () => {
    const f = fleet();
    const car = f.cars[0];
    const users = new KnownUsers();
    const activity = await loadCarActivity(counted.client, car.id, 50, users);
    assert.deepStrictEqual(rounds.summary(), [`1 /v3/cars/${car.id}/assignments`, `1 /v3/cars/${car.id}/events`, '2 /v3/users']);

    const events = rounds.served().find((s) => s.path.endsWith('/events'))!;
    assert.strictEqual(events.query.get('$top'), '50');
    assert.strictEqual(events.query.get('$orderby'), 'utcDateTime desc');
    const expectedEvents = eventsOf(f.activity, f.cars, f.users, 0).reverse().slice(0, 50);
    assert.deepStrictEqual(activity.events, { ok: true, value: expectedEvents });
    const expectedAssignments = assignmentsOf(f.activity, f.cars, f.users, 0);
    assert.deepStrictEqual(activity.assignments, { ok: true, value: expectedAssignments });

    // Every user named by either list is known now, from that one request.
    const named = new Set([
      ...expectedAssignments.flatMap((a) => (a.userId === null ? [] : [a.userId])),
      ...expectedEvents.map((e) => e.userId),
    ]);
    const filter =
      rounds
        .served()
        .find((s) => s.path === '/v3/users')!
        .query.get('$filter') ?? '';
    assert.deepStrictEqual(filter.match(/\d+/g)?.map(Number).sort(), [...named].sort());
    for (const id of named) {
      assert.deepStrictEqual(
        users.get(id),
        f.users.find((u) => u.id === id),
      );
    }
  });

  it('names people already known without asking: 2 requests in 1 round trip', async () => {
    const f = fleet();
    const users = new KnownUsers();
    users.add(f.users);
    await loadCarActivity(counted.client, f.cars[0].id, 20, users);
    assert.deepStrictEqual(rounds.summary(), [`1 /v3/cars/${f.cars[0].id}/assignments`, `1 /v3/cars/${f.cars[0].id}/events`]);
  });

  it('a car nobody may open and nobody opened: 2 requests, no users request', async () => {
    const f = fleet();
    const k = f.cars.findIndex(
      (_c, i) => assignmentsOf(f.activity, f.cars, f.users, i).length === 0 && eventsOf(f.activity, f.cars, f.users, i).length === 0,
    );
    assert.ok(k >= 0, 'the fleet has no car without assignments and events');
    const activity = await loadCarActivity(counted.client, f.cars[k].id, 20, new KnownUsers());
    assert.deepStrictEqual(activity.assignments, { ok: true, value: [] });
    assert.deepStrictEqual(activity.events, { ok: true, value: [] });
    assert.strictEqual(rounds.served().length, 2);
  });

  it("an unknown car: both lists fail with the car's 404, and no users are asked for", async () => {
    const activity = await loadCarActivity(counted.client, 99_999_999, 20, new KnownUsers());
    for (const part of [activity.assignments, activity.events]) {
      assert.ok(!part.ok);
      assert.strictEqual((part.error as { details: { subject?: string } }).details.subject, 'car');
    }
    assert.strictEqual(rounds.served().length, 2);
  });

  it('a later page of events is one request with $top and $skip; Access alone is the assignments, then the users', async () => {
    const f = fleet();
    const page = await newestEvents(counted.client, f.cars[0].id, 50, 25);
    assert.deepStrictEqual(page, eventsOf(f.activity, f.cars, f.users, 0).reverse().slice(50, 75));
    const [served] = rounds.served();
    assert.deepStrictEqual([served.query.get('$top'), served.query.get('$skip'), rounds.served().length], ['25', '50', 1]);

    rounds.reset();
    const assignments = await loadAccess(counted.client, f.cars[0].id, new KnownUsers());
    assert.strictEqual(assignments.length, assignmentsOf(f.activity, f.cars, f.users, 0).length);
    assert.deepStrictEqual(rounds.summary(), [`1 /v3/cars/${f.cars[0].id}/assignments`, '2 /v3/users']);
  });
});
