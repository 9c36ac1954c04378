// The sandbox's fleet endpoints over HTTP: shapes, headers, errors, customer isolation and consistency.
import * as assert from 'node:assert/strict';
import type { Assignment, Car, CarEvent, Group, Key, User } from '../../../../src/core/api/models';
import { assignmentsOf } from '../../../../src/core/sandbox/activity';
import { eventsOf } from '../../../../src/core/sandbox/events';
import type { CustomerFleet } from '../../../../src/core/sandbox/fleet';
import { openSession, request, TEXT, type Session } from './helpers';

const keysOf = (row: object) => Object.keys(row);

describe('sandbox fleet endpoints', () => {
  let s: Session;
  let a: CustomerFleet;
  let b: CustomerFleet;
  let car: Car;
  let busy: Car; // the first car: every kind of assignment and hundreds of events

  before(async () => {
    s = await openSession({ products: 120, seed: 4 });
    [a, b] = s.sb.fleet.customers;
    busy = a.cars[0];
    car = a.cars[3];
  });
  after(() => s.sb.close());

  async function expectText(path: string, status: number, reason: string, extra?: Record<string, string | undefined>) {
    const r = await s.get(path, extra);
    assert.equal(r.status, status, `${path}: ${r.body}`);
    assert.match(r.contentType, /^text\/plain/);
    assert.equal(r.body, reason, path);
  }

  it('GET /cars and /cars/{id} answer the documented car shape', async () => {
    const cars = await s.getJson<Car[]>('/cars');
    assert.deepEqual(cars, a.cars);
    assert.deepEqual(keysOf(cars[0]), ['id', 'name', 'description', 'vin', 'licensePlate', 'brand', 'model']);
    assert.deepEqual(await s.getJson(`/cars/${car.id}`), car);
  });

  it('GET /cars/{id}/assignments answers a bare array of assignments of that car', async () => {
    const list = await s.getJson<Assignment[]>(`/cars/${busy.id}/assignments`);
    assert.deepEqual(list, assignmentsOf(a.activity, a.cars, a.users, 0));
    assert.ok(list.length >= 5);
    assert.deepEqual(keysOf(list[0]), ['id', 'carId', 'userId', 'start', 'end', 'lifetime', 'renewableAfter']);
    assert.ok(list.every((x) => x.carId === busy.id));
    assert.ok(list.some((x) => x.userId === null) && list.some((x) => x.end === null));
    for (const x of list) assert.deepEqual(await s.getJson(`/assignments/${x.id}`), x);
  });

  it('GET /cars/{id}/events pages with $top/$skip; /events/{id} answers one event', async () => {
    const all = eventsOf(a.activity, a.cars, a.users, 0);
    const page = await s.getJson<CarEvent[]>(`/cars/${busy.id}/events?$top=20&$skip=40`);
    assert.deepEqual(page, all.slice(40, 60));
    assert.deepEqual(keysOf(page[0]), ['id', 'dateTime', 'utcDateTime', 'userId', 'carId', 'type', 'userAgent', 'latitude', 'longitude']);
    // Without $top (which the client never sends) every event comes back: the assumption the note asks for.
    assert.equal((await s.getJson<CarEvent[]>(`/cars/${busy.id}/events`)).length, all.length);
    assert.deepEqual(await s.getJson(`/events/${all[3].id}`), all[3]);
  });

  it('GET /users and /users/{id} answer users with userData', async () => {
    const users = await s.getJson<User[]>('/users');
    assert.deepEqual(users, a.users);
    assert.deepEqual(keysOf(users[0]), ['id', 'emailAddress', 'userData']);
    assert.deepEqual(keysOf(users[0].userData), ['firstName', 'lastName']);
    assert.deepEqual(await s.getJson(`/users/${a.users[4].id}`), a.users[4]);
  });

  it('GET /groups and /groups/{id}/cars ignore query options and answer the whole list', async () => {
    const groups = await s.getJson<Group[]>('/groups');
    assert.deepEqual(groups, a.groups);
    assert.deepEqual(await s.getJson('/groups?$top=1&$filter=nonsense((&$bogus=1'), a.groups);
    const cars = await s.getJson<Car[]>(`/groups/${a.groups[0].id}/cars?$top=0`);
    assert.deepEqual(
      cars,
      [...a.groupCars[0]].map((k) => a.cars[k]),
    );
    assert.ok(cars.some((x) => x.id === busy.id));
    assert.deepEqual(await s.getJson(`/groups/${a.groups[a.groups.length - 1].id}/cars`), []);
  });

  it('GET /brands and /brands/{brand}/keys need no Customer-ID but the key and token', async () => {
    const noCustomer = { 'Customer-ID': undefined };
    const brands = await s.getJson<string[]>('/brands', noCustomer);
    assert.deepEqual(brands, s.sb.fleet.keys.brands);
    assert.ok(brands.includes('Škoda'));
    const keys = await s.getJson<Key[]>(`/brands/${encodeURIComponent('Škoda')}/keys`, noCustomer);
    assert.deepEqual(keys, s.sb.fleet.keys.keys.get('Škoda'));
    assert.deepEqual(keysOf(keys[0]), ['id', 'brand', 'boxName', 'boxSapNumber', 'keyForm']);
    assert.deepEqual(keysOf(keys[0].keyForm), ['id', 'name', 'imageUrl']);
    assert.deepEqual(await s.getJson('/brands/VOLKSWAGEN/keys', noCustomer), s.sb.fleet.keys.keys.get('Volkswagen'));
    const noKey = await s.get('/brands', { 'flinkey-API-Key': 'wrong', 'Customer-ID': undefined });
    assert.equal(noKey.status, 401);
    const noToken = await s.get('/brands/BMW/keys', { Authorization: undefined });
    assert.equal(noToken.status, 401);
  });

  it('answers 400 "Invalid brand provided." for a brand the catalogue does not know', async () => {
    for (const brand of ['Trabant', '%E0%A4%A', '%20', 'Sko']) {
      await expectText(`/brands/${brand}/keys`, 400, TEXT.invalidBrand, { 'Customer-ID': undefined });
    }
  });

  it('answers 404 with a reason naming the car, user, assignment, event or group for unknown ids', async () => {
    for (const id of ['1', 'abc', '-1', '99999999999']) {
      await expectText(`/cars/${id}`, 404, TEXT.carNotFound);
      await expectText(`/cars/${id}/assignments`, 404, TEXT.carNotFound);
      await expectText(`/cars/${id}/events?$top=5`, 404, TEXT.carNotFound);
      await expectText(`/users/${id}`, 404, TEXT.userNotFound);
      await expectText(`/assignments/${id}`, 404, TEXT.assignmentNotFound);
      await expectText(`/events/${id}`, 404, TEXT.eventNotFound);
      await expectText(`/groups/${id}/cars`, 404, TEXT.groupNotFound);
    }
    // A product id is not a car id, and a car id is not a user id.
    await expectText(`/cars/${a.products[0].id}`, 404, TEXT.carNotFound);
    await expectText(`/users/${busy.id}`, 404, TEXT.userNotFound);
  });

  it("keeps customers apart: another customer's ids are unknown, its lists its own", async () => {
    const other = { 'Customer-ID': b.customer.id };
    const foreignAssignment = assignmentsOf(b.activity, b.cars, b.users, 0)[0];
    const foreignEvent = eventsOf(b.activity, b.cars, b.users, 0)[0];
    await expectText(`/cars/${b.cars[0].id}`, 404, TEXT.carNotFound);
    await expectText(`/cars/${b.cars[0].id}/events?$top=1`, 404, TEXT.carNotFound);
    await expectText(`/users/${b.users[0].id}`, 404, TEXT.userNotFound);
    await expectText(`/assignments/${foreignAssignment.id}`, 404, TEXT.assignmentNotFound);
    await expectText(`/events/${foreignEvent.id}`, 404, TEXT.eventNotFound);
    await expectText(`/groups/${b.groups[0].id}/cars`, 404, TEXT.groupNotFound);
    assert.deepEqual(await s.getJson(`/events/${foreignEvent.id}`, other), foreignEvent);
    assert.deepEqual(await s.getJson('/cars', other), b.cars);
    assert.deepEqual(await s.getJson('/users', other), b.users);
    assert.deepEqual(await s.getJson('/groups', other), b.groups);
    await expectText(`/cars/${busy.id}`, 404, TEXT.carNotFound, other);
    const missing = await s.get('/cars', { 'Customer-ID': undefined });
    assert.equal(missing.status, 400);
  });

  it("is consistent: a product's car is one of /cars; an assignment's car and user exist; events belong to the customer's cars", async () => {
    const cars = new Map((await s.getJson<Car[]>('/cars')).map((x) => [x.id, x]));
    const users = new Set((await s.getJson<User[]>('/users')).map((u) => u.id));
    for (const p of a.products.slice(0, 40)) {
      const r = await s.get(`/products/${p.id}/cars`);
      if (r.status === 200) assert.deepEqual(cars.get((JSON.parse(r.body) as Car).id), JSON.parse(r.body));
    }
    for (const x of a.cars.slice(0, 25)) {
      for (const asg of await s.getJson<Assignment[]>(`/cars/${x.id}/assignments`)) {
        assert.equal(asg.carId, x.id);
        assert.ok(asg.userId === null || users.has(asg.userId), `assignment ${asg.id}`);
      }
      for (const e of await s.getJson<CarEvent[]>(`/cars/${x.id}/events?$top=50`)) {
        assert.ok(cars.has(e.carId) && e.carId === x.id && users.has(e.userId), `event ${e.id}`);
      }
    }
  });

  it('answers 404 "Not found." for paths next to the new ones', async () => {
    for (const path of ['/v3/cars/1/products', '/v3/users/1/assignments', '/v3/events', '/v3/brands/BMW', '/v3/groups/1/users']) {
      const r = await request(`http://127.0.0.1:${s.sb.port}${path}`, { headers: s.headers() });
      assert.equal(r.status, 404, path);
      assert.equal(r.body, 'Not found.', path);
    }
  });
});
