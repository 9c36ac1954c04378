// The fleet around the products: cars of every shape, users, assignments, events, groups, the key catalogue.
import * as assert from 'node:assert/strict';
import type { Assignment, CarEvent } from '../../../../src/core/api/models';
import { assignmentsOf, findAssignment } from '../../../../src/core/sandbox/activity';
import { eventsOf, findEvent, localTime } from '../../../../src/core/sandbox/events';
import { carOfProduct, generateFleet, indexById, type CustomerFleet } from '../../../../src/core/sandbox/fleet';
import { startSandbox } from '../../../../src/core/sandbox/server';

const NOW = Date.UTC(2026, 5, 15);
const nonAscii = (s: string | null) => s !== null && [...s].some((c) => c.charCodeAt(0) > 0x7f);

const allAssignments = (c: CustomerFleet): Assignment[] => c.cars.flatMap((_, k) => assignmentsOf(c.activity, c.cars, c.users, k));
const allEvents = (c: CustomerFleet): CarEvent[] => c.cars.flatMap((_, k) => eventsOf(c.activity, c.cars, c.users, k));

function kindOf(a: Assignment, now: number): string {
  if (a.userId === null) return 'noUser';
  if (a.end === null) return Date.parse(a.start) > now ? 'future' : 'openEnded';
  if (Date.parse(a.end) < now) return 'past';
  return Date.parse(a.start) > now ? 'future' : 'current';
}

describe('sandbox fleet: cars, users, access, events, groups', () => {
  const mid = generateFleet({ seed: 11, products: 2000, now: NOW });
  const c = mid.customers[0];

  it('users: names missing, non-ASCII and quoted, unique e-mail addresses on a reserved domain', () => {
    for (let seed = 0; seed < 30; seed++) {
      for (const small of generateFleet({ seed, products: 5, now: NOW }).customers) {
        const names = small.users.map((u) => u.userData);
        assert.ok(names.some((n) => n.firstName === null && n.lastName !== null));
        assert.ok(names.some((n) => n.lastName === null && n.firstName !== null));
        assert.ok(names.some((n) => n.firstName === null && n.lastName === null));
        assert.ok(names.some((n) => nonAscii(n.firstName) || nonAscii(n.lastName)));
        assert.ok(names.some((n) => `${n.firstName}${n.lastName}`.includes("'")));
        assert.ok(names.some((n) => `${n.firstName}${n.lastName}`.includes('"')));
      }
    }
    const mails = c.users.map((u) => u.emailAddress);
    assert.equal(new Set(mails).size, mails.length, 'e-mail addresses repeat');
    for (const m of mails) assert.match(m, /^[a-z0-9.-]+@[a-z0-9-]+\.example$/);
    assert.ok(c.users.length > c.cars.length * 0.4 && c.users.length < c.cars.length * 0.5, `users: ${c.users.length}`);
  });

  it('cars: some hold two products of different types, some none yet, some lack VIN or plate; every product car is listed', () => {
    for (let seed = 0; seed < 30; seed++) {
      const small = generateFleet({ seed, products: 25, now: NOW }).customers[0];
      const owners = new Map<number, number>();
      small.carIndex.forEach((k) => k >= 0 && owners.set(k, (owners.get(k) ?? 0) + 1));
      assert.ok([...owners.values()].includes(2), `seed ${seed}: no car with two products`);
      assert.ok(small.cars.length > owners.size, `seed ${seed}: no car without product`);
    }
    const withProduct = new Set<number>();
    c.products.forEach((p, i) => {
      const car = carOfProduct(c, p.id);
      if (!car) return;
      assert.equal(c.cars[indexById(c.cars, car.id)], car, 'a product car is one of the cars');
      withProduct.add(c.carIndex[i]);
    });
    const { looseFrom } = c.activity;
    assert.ok(looseFrom < c.cars.length);
    c.cars.forEach((_, k) => assert.equal(withProduct.has(k), k < looseFrom, `car index ${k}`));
    assert.ok(c.cars.some((car) => car.vin === null && car.licensePlate !== null));
    assert.ok(c.cars.some((car) => car.licensePlate === null && car.vin !== null));
  });

  it('assignments: past, current, future, open-ended and without user, each naming its car and a user of the customer', () => {
    for (let seed = 0; seed < 30; seed++) {
      const small = generateFleet({ seed, products: 5, now: NOW }).customers[0];
      const kinds = new Set(allAssignments(small).map((a) => kindOf(a, NOW)));
      assert.deepEqual([...kinds].sort(), ['current', 'future', 'noUser', 'openEnded', 'past']);
    }
    const users = new Set(c.users.map((u) => u.id));
    const list = allAssignments(c);
    assert.equal(list.length, c.activity.assignmentStart[c.cars.length]);
    const counts = new Map<string, number>();
    let lastId = 0;
    c.cars.forEach((car, k) => {
      for (const a of assignmentsOf(c.activity, c.cars, c.users, k)) {
        assert.equal(a.carId, car.id);
        assert.ok(a.userId === null || users.has(a.userId), `assignment ${a.id}: unknown user ${a.userId}`);
        assert.ok(a.end === null || Date.parse(a.end) > Date.parse(a.start));
        assert.ok(a.id > lastId, 'ids ascend');
        lastId = a.id;
        counts.set(kindOf(a, NOW), (counts.get(kindOf(a, NOW)) ?? 0) + 1);
      }
    });
    for (const kind of ['past', 'current', 'future', 'openEnded', 'noUser']) {
      assert.ok((counts.get(kind) ?? 0) > 20, `${kind}: ${counts.get(kind)}`);
    }
    const some = list[Math.floor(list.length / 2)];
    assert.deepEqual(findAssignment(c.activity, c.cars, c.users, some.id), some);
    assert.equal(findAssignment(c.activity, c.cars, c.users, list[list.length - 1].id + 1), undefined);
  });

  it('events: opened and closed, with and without coordinates, hundreds for busy cars, before the anchor', () => {
    const users = new Set(c.users.map((u) => u.id));
    const first = eventsOf(c.activity, c.cars, c.users, 0);
    assert.ok(first.length >= 200, `first car: ${first.length} events`);
    assert.ok(c.cars.some((_, k) => eventsOf(c.activity, c.cars, c.users, k).length >= 150 && k > 0));
    const events = allEvents(c);
    assert.equal(events.length, c.activity.eventStart[c.cars.length]);
    assert.ok(events.some((e) => e.type === 'CarOpened') && events.some((e) => e.type === 'CarClosed'));
    assert.ok(events.some((e) => e.latitude === null && e.longitude === null));
    assert.ok(events.some((e) => e.latitude !== null && e.longitude !== null));
    let last = { id: 0, at: 0, carId: 0 };
    for (const e of events) {
      assert.ok(users.has(e.userId), `event ${e.id}: unknown user`);
      assert.equal(c.cars[indexById(c.cars, e.carId)].id, e.carId);
      assert.equal(Date.parse(e.dateTime), Date.parse(e.utcDateTime), `event ${e.id}: dateTime and utcDateTime differ`);
      assert.ok(Date.parse(e.utcDateTime) < NOW);
      assert.ok(e.id > last.id);
      if (e.carId === last.carId) assert.ok(Date.parse(e.utcDateTime) > last.at, "a car's events are in time order");
      last = { id: e.id, at: Date.parse(e.utcDateTime), carId: e.carId };
    }
    c.cars
      .slice(c.activity.looseFrom)
      .forEach((_, n) => assert.equal(eventsOf(c.activity, c.cars, c.users, c.activity.looseFrom + n).length, 0));
    assert.deepEqual(findEvent(c.activity, c.cars, c.users, first[7].id), first[7]);
    assert.equal(findEvent(c.activity, c.cars, c.users, events[events.length - 1].id + 1), undefined);
  });

  it('writes dateTime as wall-clock time in Berlin with its offset', () => {
    assert.equal(localTime(Date.UTC(2026, 0, 10, 12, 0, 0)), '2026-01-10T13:00:00+01:00');
    assert.equal(localTime(Date.UTC(2026, 6, 10, 12, 0, 0)), '2026-07-10T14:00:00+02:00');
    // Summer time begins on the last Sunday of March (29 March 2026) at 01:00 UTC.
    assert.equal(localTime(Date.UTC(2026, 2, 29, 0, 59, 59)), '2026-03-29T01:59:59+01:00');
    assert.equal(localTime(Date.UTC(2026, 2, 29, 1, 0, 0)), '2026-03-29T03:00:00+02:00');
    // It ends on the last Sunday of October (25 October 2026) at 01:00 UTC.
    assert.equal(localTime(Date.UTC(2026, 9, 25, 0, 30, 0)), '2026-10-25T02:30:00+02:00');
    assert.equal(localTime(Date.UTC(2026, 9, 25, 1, 0, 0)), '2026-10-25T02:00:00+01:00');
  });

  it('groups hold cars of their customer, the first one a car, the last one none', () => {
    assert.ok(c.groups.length >= 3);
    assert.equal(c.groupCars.length, c.groups.length);
    assert.ok(c.groupCars[0].includes(0));
    assert.equal(c.groupCars[c.groups.length - 1].length, 0);
    for (const members of c.groupCars) {
      for (const k of members) assert.ok(k >= 0 && k < c.cars.length);
      assert.deepEqual(
        [...members],
        [...members].sort((x, y) => x - y),
      );
    }
    const grouped = new Set(c.groupCars.flatMap((m) => [...m]));
    assert.ok(grouped.size > c.cars.length * 0.4 && grouped.size < c.cars.length * 0.7, `grouped: ${grouped.size}`);
  });

  it('the key catalogue covers every brand the cars have; one brand has no keys', () => {
    const brands = new Set(mid.customers.flatMap((x) => x.cars.map((car) => car.brand)).filter((b): b is string => b !== null));
    for (const brand of brands) assert.ok((mid.keys.keys.get(brand) ?? []).length > 0, `no keys for ${brand}`);
    assert.ok(mid.keys.brands.some((b) => mid.keys.keys.get(b)?.length === 0));
    const keys = [...mid.keys.keys.values()].flat();
    assert.equal(new Set(keys.map((k) => k.id)).size, keys.length);
    assert.ok(keys.some((k) => k.boxName === null));
  });

  it('customers keep disjoint fleets: no id of any kind is shared, and their id ranges do not touch', () => {
    const f = generateFleet({ seed: 2, products: 300, customers: 3, now: NOW });
    const idsOf = (x: CustomerFleet) => ({
      cars: x.cars.map((r) => r.id),
      users: x.users.map((r) => r.id),
      groups: x.groups.map((r) => r.id),
      assignments: allAssignments(x).map((r) => r.id),
      events: allEvents(x).map((r) => r.id),
    });
    const all = f.customers.map(idsOf);
    for (const kind of ['cars', 'users', 'groups', 'assignments', 'events'] as const) {
      const ids = all.flatMap((x) => x[kind]);
      assert.equal(new Set(ids).size, ids.length, `${kind} ids repeat`);
    }
    const [a, b] = f.customers;
    const aEvents = all[0].events;
    assert.equal(findEvent(b.activity, b.cars, b.users, aEvents[0]), undefined, "another customer's event is a miss");
    assert.equal(findAssignment(b.activity, b.cars, b.users, all[0].assignments[0]), undefined);
    assert.ok(Math.max(...all[0].events) < Math.min(...all[1].events));
    assert.ok(a.users.every((u) => indexById(b.users, u.id) < 0));
  });

  it('lets the sandbox build its fleet around a given moment', async () => {
    const sb = await startSandbox({ products: 5, seed: 1, now: NOW });
    try {
      assert.equal(sb.fleet.anchor, NOW);
      const first = sb.fleet.customers[0];
      assert.deepEqual(
        assignmentsOf(first.activity, first.cars, first.users, 0),
        assignmentsOf(generateFleet({ seed: 1, products: 5, now: NOW }).customers[0].activity, first.cars, first.users, 0),
      );
    } finally {
      await sb.close();
    }
  });

  it('grows the same fleet for the same seed and anchor', () => {
    const again = generateFleet({ seed: 11, products: 2000, now: NOW }).customers[0];
    assert.deepEqual(again.users, c.users);
    assert.deepEqual(eventsOf(again.activity, again.cars, again.users, 5), eventsOf(c.activity, c.cars, c.users, 5));
    const later = generateFleet({ seed: 11, products: 2000, now: NOW + 86_400_000 }).customers[0];
    assert.deepEqual(later.products, c.products);
    assert.notDeepEqual(assignmentsOf(later.activity, later.cars, later.users, 0), assignmentsOf(c.activity, c.cars, c.users, 0));
  });
});
