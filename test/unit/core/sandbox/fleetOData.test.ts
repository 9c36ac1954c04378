// OData on the sandbox's fleet endpoints: nested paths (userData/firstName), doubles, $expand on keys, /brands.
import * as assert from 'node:assert/strict';
import type { Assignment, Car, CarEvent, Key, User } from '../../../../src/core/api/models';
import { assignmentsOf } from '../../../../src/core/sandbox/activity';
import { eventsOf } from '../../../../src/core/sandbox/events';
import type { CustomerFleet } from '../../../../src/core/sandbox/fleet';
import { openSession, TEXT, type Session } from './helpers';

function query(options: Record<string, string | number>): string {
  return `?${new URLSearchParams(Object.entries(options).map(([k, v]): [string, string] => [`$${k}`, String(v)])).toString()}`;
}

describe('sandbox OData on the fleet endpoints', () => {
  let s: Session;
  let a: CustomerFleet;
  before(async () => {
    s = await openSession({ products: 400, seed: 9 });
    a = s.sb.fleet.customers[0];
  });
  after(() => s.sb.close());

  it('filters cars case-insensitively by VIN and plate, and by missing fields', async () => {
    const target = a.cars.find((c) => c.vin !== null)!;
    const part = target.vin!.slice(3, 9).toLowerCase();
    const byVin = await s.getJson<Car[]>(`/cars${query({ filter: `contains(tolower(vin),'${part}')` })}`);
    assert.ok(byVin.some((c) => c.id === target.id));
    assert.deepEqual(
      byVin,
      a.cars.filter((c) => c.vin?.toLowerCase().includes(part)),
    );
    const noPlate = await s.getJson<Car[]>(`/cars${query({ filter: 'licensePlate eq null', select: 'id' })}`);
    assert.deepEqual(
      noPlate,
      a.cars.filter((c) => c.licensePlate === null).map((c) => ({ id: c.id })),
    );
  });

  it('filters, sorts and selects users by the nested userData fields', async () => {
    const zoe = await s.getJson<User[]>(`/users${query({ filter: "contains(tolower(userData/firstName),'zoë')" })}`);
    assert.deepEqual(
      zoe,
      a.users.filter((u) => u.userData.firstName?.toLowerCase().includes('zoë')),
    );
    assert.ok(zoe.length > 0);
    const quoted = await s.getJson<User[]>(`/users${query({ filter: "userData/lastName eq 'O''Neil'" })}`);
    assert.ok(quoted.length > 0 && quoted.every((u) => u.userData.lastName === "O'Neil"));
    const picked = await s.getJson(`/users${query({ select: 'id,userData/lastName', top: 3 })}`);
    assert.deepEqual(
      picked,
      a.users.slice(0, 3).map((u) => ({ id: u.id, userData: { lastName: u.userData.lastName } })),
    );
    const whole = await s.getJson(`/users${query({ select: 'userData', top: 1 })}`);
    assert.deepEqual(whole, [{ userData: a.users[0].userData }]);
    const sorted = await s.getJson<User[]>(
      `/users${query({ orderby: 'userData/lastName desc', top: 5, filter: 'userData/lastName ne null' })}`,
    );
    const names = sorted.map((u) => u.userData.lastName!);
    assert.deepEqual(names, [...names].sort().reverse());
    const ids = a.users.slice(2, 5).map((u) => u.id);
    assert.deepEqual(await s.getJson(`/users${query({ filter: `id in (${ids.join(',')})` })}`), a.users.slice(2, 5));
  });

  it('rejects unknown nested fields with the column, as for any field', async () => {
    const r = await s.get(`/users${query({ filter: "userData/middleName eq 'x'" })}`);
    assert.equal(r.status, 400);
    assert.match(r.body, /^Invalid \$filter, column 10: unknown field 'middleName' on 'userData'/);
  });

  it('filters assignments by open end and missing user; events by type, position and time, newest first', async () => {
    const car = a.cars[0];
    const open = await s.getJson<Assignment[]>(`/cars/${car.id}/assignments${query({ filter: 'end eq null or userId eq null' })}`);
    assert.deepEqual(
      open,
      assignmentsOf(a.activity, a.cars, a.users, 0).filter((x) => x.end === null || x.userId === null),
    );
    const all = eventsOf(a.activity, a.cars, a.users, 0);
    const newest = await s.getJson<CarEvent[]>(`/cars/${car.id}/events${query({ orderby: 'utcDateTime desc', top: 5 })}`);
    assert.deepEqual(newest, all.slice(-5).reverse());
    // Latitudes are doubles: split the car's positions at their median.
    const lats = all.flatMap((e) => (e.latitude === null ? [] : [e.latitude])).sort((x, y) => x - y);
    const line = lats[Math.floor(lats.length / 2)];
    const north = await s.getJson<CarEvent[]>(
      `/cars/${car.id}/events${query({ filter: `type eq 'CarOpened' and latitude ne null and latitude gt ${line}`, top: 1000 })}`,
    );
    const expected = all.filter((e) => e.type === 'CarOpened' && e.latitude !== null && e.latitude > line);
    assert.ok(expected.length > 10 && expected.length < all.length / 2, `${expected.length} events north of ${line}`);
    assert.deepEqual(north, expected);
    const since = all[100].utcDateTime;
    const later = await s.getJson<CarEvent[]>(`/cars/${car.id}/events${query({ filter: `utcDateTime ge ${since}`, top: 1000 })}`);
    assert.deepEqual(later, all.slice(100));
  });

  it('answers keys with $select and $expand=keyForm($select=…), as the vendor pages ask', async () => {
    const keys = s.sb.fleet.keys.keys.get('Volkswagen')!;
    const noCustomer = { 'Customer-ID': undefined };
    const vendor = await s.getJson(`/brands/Volkswagen/keys?$select=boxName&$expand=keyForm($select=imageUrl)`, noCustomer);
    assert.deepEqual(
      vendor,
      keys.map((k) => ({ boxName: k.boxName, keyForm: { imageUrl: k.keyForm.imageUrl } })),
    );
    assert.deepEqual(await s.getJson('/brands/Volkswagen/keys?$expand=keyForm', noCustomer), keys);
    const bare = await s.getJson<Key[]>(
      `/brands/Volkswagen/keys${query({ select: 'id,keyForm/name', filter: 'boxName ne null' })}`,
      noCustomer,
    );
    assert.deepEqual(
      bare,
      keys.filter((k) => k.boxName !== null).map((k) => ({ id: k.id, keyForm: { name: k.keyForm.name } })),
    );
    for (const expand of ['userData', 'keyForm($select=colour)', 'keyForm($filter=id eq 1)']) {
      const r = await s.get(`/brands/Volkswagen/keys?$expand=${encodeURIComponent(expand)}`, noCustomer);
      assert.equal(r.status, 400, expand);
      assert.match(r.body, /^Invalid \$expand: /);
    }
    const unknown = await s.get(`/brands/Volkswagen/keys${query({ filter: 'colour eq 1' })}`, noCustomer);
    assert.equal(unknown.status, 400);
    assert.match(unknown.body, /^Invalid \$filter/);
    assert.equal((await s.get('/brands/Lada/keys?$expand=keyForm', noCustomer)).body, '[]');
    assert.equal((await s.get('/brands/Nobody/keys?$expand=keyForm', noCustomer)).body, TEXT.invalidBrand);
  });

  it('pages /brands with $top and $skip and refuses the options that need fields', async () => {
    const brands = s.sb.fleet.keys.brands;
    assert.deepEqual(await s.getJson(`/brands${query({ top: 3, skip: 2 })}`, { 'Customer-ID': undefined }), brands.slice(2, 5));
    for (const option of [{ filter: "brand eq 'BMW'" }, { orderby: 'brand' }, { select: 'brand' }] as Record<string, string>[]) {
      const r = await s.get(`/brands${query(option)}`);
      assert.equal(r.status, 400, JSON.stringify(option));
      assert.equal(r.body, 'Only $top and $skip can be applied to /brands.');
    }
  });

  it('applies $select on single fleet objects and answers 400 for bad options there', async () => {
    const user = a.users[5];
    assert.deepEqual(await s.getJson(`/users/${user.id}${query({ select: 'emailAddress' })}`), { emailAddress: user.emailAddress });
    const event = eventsOf(a.activity, a.cars, a.users, 0)[0];
    assert.deepEqual(await s.getJson(`/events/${event.id}${query({ select: 'id,type' })}`), { id: event.id, type: event.type });
    const bad = await s.get(`/cars/${a.cars[0].id}${query({ select: 'colour' })}`);
    assert.equal(bad.status, 400);
    assert.match(bad.body, /^Invalid \$select, column 1: .*colour/);
  });
});
