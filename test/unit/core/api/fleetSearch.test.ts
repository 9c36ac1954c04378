// Find in Fleet's core: the $filter per kind, and the search against the sandbox, one request per kind.
import * as assert from 'assert';
import { isExactHit, nothingFound, searchFilters, searchFleet, type SearchHit } from '../../../../src/core/api/fleetSearch';
import { checkQuery } from '../../../../src/core/odata';
import { startSandbox, type Sandbox } from '../../../../src/core/sandbox/server';
import { clientFor } from './helpers';

const ENTITY = { product: 'product', service: 'service', car: 'car', user: 'user' } as const;
const idOf = (h: SearchHit) =>
  h.kind === 'product' ? h.product.id : h.kind === 'service' ? h.service.id : h.kind === 'car' ? h.car.id : h.user.id;

describe('api/fleetSearch', () => {
  it('builds one case-insensitive filter per kind, quotes kept inside the literal, id eq for digits', () => {
    const f = searchFilters(" O'Neil ");
    assert.deepStrictEqual(f, {
      product: "contains(tolower(serialNumber),'o''neil') or contains(tolower(uniqueId),'o''neil')",
      service: "contains(tolower(name),'o''neil')",
      car: "contains(tolower(vin),'o''neil') or contains(tolower(licensePlate),'o''neil') or contains(tolower(name),'o''neil')",
      user: "contains(tolower(emailAddress),'o''neil') or contains(tolower(userData/firstName),'o''neil') or contains(tolower(userData/lastName),'o''neil')",
    });
    for (const [kind, filter] of Object.entries(searchFilters("7000001 'x'"))) {
      assert.deepStrictEqual(checkQuery({ filter }, ENTITY[kind as keyof typeof ENTITY]), [], `${kind}: ${filter}`);
    }
    assert.match(searchFilters('7000001').car!, / or id eq 7000001$/);
    assert.doesNotMatch(searchFilters('99999999999').car!, /id eq/);
    assert.doesNotMatch(searchFilters('2147483648').user!, /id eq/, 'beyond int32');
    assert.match(searchFilters('2147483647').user!, / or id eq 2147483647$/);
    assert.doesNotMatch(searchFilters('M-AB 12').car!, /id eq/);
    assert.deepStrictEqual(searchFilters('  '), {});
  });

  it('says where it looked when nothing matches', () => {
    assert.strictEqual(
      nothingFound(' zzz ', ['car', 'user']),
      'Nothing matches "zzz" in cars (VIN, licence plate, name, ID), users (e-mail, first name, last name, ID).',
    );
    assert.strictEqual(
      nothingFound('1', ['product', 'service']),
      'Nothing matches "1" in products (serial number, unique ID, ID), services (name, ID).',
    );
  });

  describe('against the sandbox', () => {
    let sandbox: Sandbox;
    before(async () => {
      sandbox = await startSandbox({ products: 300, seed: 6 });
    });
    after(() => sandbox.close());
    const fleet = () => sandbox.fleet.customers[0];

    async function find(text: string, kinds?: SearchHit['kind'][]) {
      const client = clientFor(sandbox);
      await client.getToken(sandbox.username, sandbox.password);
      sandbox.resetStats();
      const result = await searchFleet(client, text, { kinds, top: 25 });
      return { ...result, requests: sandbox.stats.requests, paths: Object.keys(sandbox.stats.byPath).sort() };
    }

    it('finds a car by VIN, part of its plate in other case, its name and its id, with one request per kind', async () => {
      const car = fleet().cars.find((c) => c.vin !== null && c.licensePlate !== null)!;
      const byVin = await find(car.vin!);
      assert.deepStrictEqual(byVin.searched, ['product', 'service', 'car', 'user']);
      assert.strictEqual(byVin.requests, 4);
      assert.deepStrictEqual(byVin.paths, ['/v3/cars', '/v3/products', '/v3/services', '/v3/users']);
      const hit = byVin.hits.find((h) => h.kind === 'car' && h.car.id === car.id)!;
      assert.ok(hit && isExactHit(hit, car.vin!.toLowerCase()));
      const plate = car.licensePlate!.toLowerCase().slice(0, -1);
      const byPlate = await find(plate, ['car']);
      assert.strictEqual(byPlate.requests, 1);
      assert.ok(byPlate.hits.some((h) => h.kind === 'car' && h.car.id === car.id));
      const plateHit = byPlate.hits.find((h) => idOf(h) === car.id)!;
      assert.ok(!isExactHit(plateHit, plate), 'part of a plate is not an exact hit');
      assert.ok(isExactHit(plateHit, ` ${car.licensePlate!.toLowerCase()} `), 'the whole plate is');
      const byName = await find("o'neil's VAN", ['car']);
      assert.ok(byName.hits.length > 0 && byName.hits.every((h) => h.kind === 'car' && h.car.name.toLowerCase().includes("o'neil's van")));
      const byId = await find(String(car.id), ['car']);
      assert.ok(byId.hits.some((h) => idOf(h) === car.id));
    });

    it('finds users by e-mail, a non-ASCII first name, a quoted last name and id', async () => {
      const users = fleet().users;
      const [anna] = (await find(users[0].emailAddress.toUpperCase(), ['user'])).hits;
      assert.deepStrictEqual(anna, { kind: 'user', user: users[0] });
      const zoe = await find('ZOË', ['user']);
      assert.deepStrictEqual(
        zoe.hits.map(idOf),
        users
          .filter((u) => u.userData.firstName?.toLowerCase().includes('zoë'))
          .map((u) => u.id)
          .slice(0, 25),
      );
      const oneil = await find("o'neil", ['user']);
      assert.ok(
        oneil.hits.length > 0 &&
          oneil.hits.every((h) => h.kind === 'user' && /o'neil/i.test(`${h.user.emailAddress} ${h.user.userData.lastName}`)),
      );
      const byId = await find(String(users[5].id), ['user']);
      assert.ok(byId.hits.some((h) => idOf(h) === users[5].id));
    });

    it('still finds products and services, and finds nothing for a word nobody has', async () => {
      const product = fleet().products[7];
      const found = await find(product.serialNumber.toLowerCase(), ['product', 'service']);
      assert.deepStrictEqual(found.hits[0], { kind: 'product', product });
      const service = fleet().services[3];
      assert.ok((await find(service.name.toUpperCase(), ['service'])).hits.some((h) => idOf(h) === service.id));
      const none = await find('no-such-thing-anywhere');
      assert.deepStrictEqual(none.hits, []);
      assert.strictEqual(none.requests, 4);
    });
  });
});
