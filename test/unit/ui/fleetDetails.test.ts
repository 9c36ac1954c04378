// The details documents of cars, users, assignments, events and groups against the counted.sandbox: what they hold, how
// many requests in how many round trips (what the opener knows is not asked again), and 404s in plain words.
import * as assert from 'assert';
import type { FlinkeyApi } from '../../../src/core/api/api';
import type { Car, User } from '../../../src/core/api/models';
import { assignmentsOf } from '../../../src/core/sandbox/activity';
import { eventsOf } from '../../../src/core/sandbox/events';
import { DETAILS_EVENTS } from '../../../src/ui/documents/carDetails';
import { noLinkText } from '../../../src/ui/documents/carParts';
import { loadDetails } from '../../../src/ui/documents/loadDetails';
import { countedSandbox } from './countedSandbox';

describe('details of the fleet (counted.sandbox)', () => {
  const counted = countedSandbox(30);
  const { rounds } = counted;

  const fleet = () => counted.sandbox.fleet.customers[0];
  const userById = (id: number | null): User | null => fleet().users.find((u) => u.id === id) ?? null;
  /** What a car's details hold, from the generator. */
  function expectedCar(k: number, products: unknown) {
    const f = fleet();
    const car = f.cars[k];
    const brand = car.brand!;
    return {
      ...car,
      products,
      assignments: assignmentsOf(f.activity, f.cars, f.users, k).map((a) => ({ ...a, user: userById(a.userId) })),
      latestEvents: eventsOf(f.activity, f.cars, f.users, k)
        .reverse()
        .slice(0, DETAILS_EVENTS)
        .map((e) => ({ ...e, user: userById(e.userId) })),
      keyCatalogue: { brand, keys: counted.sandbox.fleet.keys.keys.get(brand) },
    };
  }

  it('a car opened by id: the car, its assignments and events, then the users and its key catalogue — 2 round trips', async () => {
    const car = fleet().cars[0];
    assert.ok(car.brand, 'the first car has a brand');
    const doc = await loadDetails(counted.client, { kind: 'car', id: car.id });
    assert.deepStrictEqual(doc, expectedCar(0, noLinkText('carProducts')));
    assert.deepStrictEqual(rounds.summary(), [
      `1 /v3/cars/${car.id}`,
      `1 /v3/cars/${car.id}/assignments`,
      `1 /v3/cars/${car.id}/events`,
      `2 /v3/brands/${encodeURIComponent(car.brand)}/keys`,
      '2 /v3/users',
    ]);
    assert.strictEqual(
      rounds
        .served()
        .find((s) => s.path.endsWith('/events'))!
        .query.get('$top'),
      String(DETAILS_EVENTS),
    );
  });

  it('a car row that already holds the car, its activity and the users asks for the key catalogue only', async () => {
    const f = fleet();
    const car = f.cars[0];
    const known = {
      car,
      assignments: assignmentsOf(f.activity, f.cars, f.users, 0),
      events: eventsOf(f.activity, f.cars, f.users, 0).reverse().slice(0, 50),
      users: new Map(f.users.map((u) => [u.id, u])),
    };
    assert.deepStrictEqual(
      await loadDetails(counted.client, { kind: 'car', id: car.id }, undefined, known),
      expectedCar(0, noLinkText('carProducts')),
    );
    assert.deepStrictEqual(rounds.summary(), [`1 /v3/brands/${encodeURIComponent(car.brand!)}/keys`]);
  });

  it('a car reached through its product lists that product', async () => {
    const f = fleet();
    const at = f.carIndex.findIndex((k) => k >= 0);
    const product = f.products[at];
    const doc = await loadDetails(counted.client, { kind: 'car', productId: product.id });
    assert.deepStrictEqual(doc, expectedCar(f.carIndex[at], [product]));
  });

  it('an assignment by id comes first, then its car and user together; from a car row nothing is asked', async () => {
    const f = fleet();
    const assignment = assignmentsOf(f.activity, f.cars, f.users, 0).find((a) => a.userId !== null)!;
    const expected = { ...assignment, car: f.cars[0], user: userById(assignment.userId) };
    assert.deepStrictEqual(await loadDetails(counted.client, { kind: 'assignment', id: assignment.id }), expected);
    assert.deepStrictEqual(rounds.summary(), [
      `1 /v3/assignments/${assignment.id}`,
      `2 /v3/cars/${f.cars[0].id}`,
      `2 /v3/users/${assignment.userId}`,
    ]);
    rounds.reset();
    const known = { assignment, car: f.cars[0], user: userById(assignment.userId) };
    assert.deepStrictEqual(await loadDetails(counted.client, { kind: 'assignment', id: assignment.id }, undefined, known), expected);
    assert.deepStrictEqual(rounds.summary(), []);
    const nobody = assignmentsOf(f.activity, f.cars, f.users, 0).find((a) => a.userId === null)!;
    assert.strictEqual((await loadDetails(counted.client, { kind: 'assignment', id: nobody.id })).user, null);
  });

  it('an event by id comes first, then its car and user together', async () => {
    const f = fleet();
    const [event] = eventsOf(f.activity, f.cars, f.users, 0);
    assert.deepStrictEqual(await loadDetails(counted.client, { kind: 'event', id: event.id }), {
      ...event,
      car: f.cars[0],
      user: userById(event.userId),
    });
    assert.deepStrictEqual(rounds.summary(), [`1 /v3/events/${event.id}`, `2 /v3/cars/${f.cars[0].id}`, `2 /v3/users/${event.userId}`]);
  });

  it('a user is one request, and says no link leads to their cars', async () => {
    const user = fleet().users[2];
    assert.deepStrictEqual(await loadDetails(counted.client, { kind: 'user', id: user.id }), { ...user, cars: noLinkText('userCars') });
    assert.strictEqual(rounds.served().length, 1);
  });

  it('a group by id: the list of groups and its cars together, in one round trip', async () => {
    const f = fleet();
    const at = f.groupCars.findIndex((cars) => cars.length > 0);
    const group = f.groups[at];
    const cars = Array.from(f.groupCars[at], (k) => f.cars[k]);
    assert.deepStrictEqual(await loadDetails(counted.client, { kind: 'group', id: group.id }), { ...group, cars });
    assert.deepStrictEqual(rounds.summary(), ['1 /v3/groups', `1 /v3/groups/${group.id}/cars`]);
  });

  it('a record that is not there is said in plain words, naming it', async () => {
    const cases: [Parameters<typeof loadDetails>[1], RegExp][] = [
      [{ kind: 'car', id: 99_999_999 }, /^There is no car 99999999 in this customer's fleet\.$/],
      [{ kind: 'user', id: 99_999_998 }, /^There is no user 99999998 in this customer's fleet\.$/],
      [{ kind: 'assignment', id: 99_999_997 }, /^There is no assignment 99999997 in this customer's fleet\.$/],
      [{ kind: 'event', id: 99_999_996 }, /^There is no event 99999996 in this customer's fleet\.$/],
      [{ kind: 'group', id: 99_999_995 }, /^There is no group 99999995 in this customer's fleet\.$/],
    ];
    const saying = (message: RegExp) => (e: Error) => (assert.match(e.message, message), true);
    for (const [ref, message] of cases) await assert.rejects(loadDetails(counted.client, ref), saying(message));
    // Another customer's car is not this customer's either.
    const theirs = counted.sandbox.fleet.customers[1].cars[0];
    await assert.rejects(
      loadDetails(counted.client, { kind: 'car', id: theirs.id }),
      saying(/^There is no car \d+ in this customer's fleet\.$/),
    );
  });

  it('a brand the key catalogue does not know, or none, is a note in the car details, not a failure', async () => {
    const car: Car = { ...fleet().cars[0], brand: 'Trabant' };
    const none = { assignments: [], events: [], users: new Map() };
    const unknown = await loadDetails(counted.client, { kind: 'car', id: car.id }, undefined, { car, ...none });
    assert.deepStrictEqual(unknown.keyCatalogue, { brand: 'Trabant', keys: null, note: 'The key catalogue has no brand named "Trabant".' });
    const noBrand = await loadDetails(counted.client, { kind: 'car', id: car.id }, undefined, { car: { ...car, brand: null }, ...none });
    assert.match((noBrand.keyCatalogue as { note: string }).note, /^The car has no brand/);
  });

  it('a failure other than "no such brand" still fails the document', async () => {
    const failing = { ...counted.client, getBrandKeys: () => Promise.reject(new Error('boom')) } as unknown as FlinkeyApi;
    const car = fleet().cars[0];
    await assert.rejects(loadDetails(failing, { kind: 'car', id: car.id }, undefined, { car, assignments: [], events: [] }), /boom/);
  });
});
