import * as assert from 'node:assert/strict';
import type { Product } from '../../../../src/core/api/models';
import {
  carOfProduct,
  findProduct,
  findService,
  generateFleet,
  serviceOfProduct,
  type CustomerFleet,
} from '../../../../src/core/sandbox/fleet';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const nonAscii = (s: string) => [...s].some((c) => c.charCodeAt(0) > 0x7f);

function allNames(c: CustomerFleet): string[] {
  return [...c.services.map((s) => s.name), ...c.cars.map((car) => car.name)];
}

describe('sandbox fleet generator', () => {
  it('gives the same fleet for the same seed and a different one for another seed', () => {
    const a = generateFleet({ seed: 42, products: 300 });
    const b = generateFleet({ seed: 42, products: 300 });
    const c = generateFleet({ seed: 43, products: 300 });
    assert.deepEqual(a, b);
    assert.notDeepEqual(a.customers[0].products, c.customers[0].products);
  });

  it('sizes the fleets: the first customer gets `products`, the others max(5, products/10)', () => {
    const f = generateFleet({ seed: 1, products: 300, customers: 3 });
    assert.deepEqual(
      f.customers.map((c) => c.products.length),
      [300, 30, 30],
    );
    assert.equal(generateFleet({ seed: 1, products: 20 }).customers[1].products.length, 5);
    const empty = generateFleet({ seed: 1, products: 0 }).customers[0];
    assert.equal(empty.products.length, 0);
    assert.equal(empty.services.length, 0);
    assert.equal(empty.cars.length, 0);
  });

  it('rejects impossible sizes', () => {
    assert.throws(() => generateFleet({ seed: 1, products: -1 }), RangeError);
    assert.throws(() => generateFleet({ seed: 1, products: 200_001 }), RangeError);
    assert.throws(() => generateFleet({ seed: 1, products: 1.5 }), RangeError);
    assert.throws(() => generateFleet({ seed: 1, products: 10, customers: 0 }), RangeError);
  });

  it('never reuses an id, within or across customers, and keeps rows sorted by id', () => {
    const f = generateFleet({ seed: 7, products: 2000, customers: 3 });
    for (const kind of ['products', 'services', 'cars'] as const) {
      const ids = f.customers.flatMap((c) => c[kind].map((r) => r.id));
      assert.equal(new Set(ids).size, ids.length, `${kind} ids repeat`);
      for (const c of f.customers) {
        const own = c[kind].map((r) => r.id);
        assert.deepEqual(
          own,
          [...own].sort((x, y) => x - y),
          `${kind} not sorted`,
        );
      }
    }
    const customerIds = f.customers.map((c) => c.customer.id);
    assert.equal(new Set(customerIds).size, 3);
    for (const c of f.customers) {
      assert.match(c.customer.id, /^\d+$/);
      assert.equal(Number(c.customer.id), c.customerId);
    }
    assert.equal(f.customers[0].customer.name, 'Müller Mietwagen GmbH');
    assert.equal(f.customers[1].customer.name, "O'Brien Car Sharing");
  });

  it('links services and cars to products consistently; a car holds at most two products, of different types', () => {
    const c = generateFleet({ seed: 3, products: 1000 }).customers[0];
    const carOwners = new Map<number, Product[]>();
    for (const p of c.products) {
      assert.equal(findProduct(c, p.id), p);
      const s = serviceOfProduct(c, p.id);
      if (s) {
        assert.equal(s.productId, p.id);
        assert.equal(findService(c, s.id), s);
      }
      const car = carOfProduct(c, p.id);
      if (car) carOwners.set(car.id, [...(carOwners.get(car.id) ?? []), p]);
    }
    for (const [carId, owners] of carOwners) {
      assert.ok(owners.length <= 2, `car ${carId} has ${owners.length} products`);
      if (owners.length === 2) assert.notEqual(owners[0].type, owners[1].type, `car ${carId} has two products of one type`);
    }
    const pairs = [...carOwners.values()].filter((o) => o.length === 2).length;
    assert.ok(pairs > 5 && pairs < 100, `cars with two products: ${pairs}`);
    const linked = c.services.filter((s) => s.productId !== null);
    assert.equal(linked.length, c.products.filter((p) => serviceOfProduct(c, p.id)).length);
    assert.equal(findProduct(c, 1), undefined);
    assert.equal(findService(c, c.products[0].id), undefined, 'product ids must not hit services');
  });

  it('has realistic variety in a mid-sized fleet', () => {
    const c = generateFleet({ seed: 11, products: 2000 }).customers[0];
    const boxes = c.products.filter((p) => p.type === 'flinkey Box').length;
    const iqs = c.products.filter((p) => p.type === 'flinkey IQ').length;
    assert.equal(boxes + iqs, 2000);
    assert.ok(boxes / 2000 > 0.52 && boxes / 2000 < 0.68, `box share ${boxes / 2000}`);
    for (const p of c.products) {
      assert.match(p.uniqueId, /^[0-9A-F]{16}$/);
      assert.match(p.serialNumber, p.type === 'flinkey Box' ? /^FB\d{2}-\d{7}$/ : /^IQ-[0-9A-F]{2}\d{8}$/);
      assert.match(p.sapNumber, /^70[12]\d{5}$/);
      if (p.dongleTerminationTimeStamp !== null) assert.match(p.dongleTerminationTimeStamp, ISO);
    }
    assert.equal(new Set(c.products.map((p) => p.serialNumber)).size, 2000, 'serial numbers repeat');
    const dongles = c.products.filter((p) => p.dongleTerminationTimeStamp !== null).length;
    assert.ok(dongles > 50 && dongles < 500, `dongle timestamps: ${dongles}`);

    const terminated = c.services.filter((s) => s.isTerminated);
    assert.ok(terminated.length > 100, `terminated: ${terminated.length}`);
    for (const s of terminated) {
      assert.match(s.terminationDate ?? '', ISO);
      assert.equal(typeof s.terminationCause, 'string');
    }
    for (const s of c.services.filter((x) => !x.isTerminated)) {
      assert.equal(s.terminationDate, null);
      assert.equal(s.terminationCause, null);
    }
    assert.ok(c.services.filter((s) => s.productId === null).length > 5, 'services without product');
    assert.ok(c.products.filter((p) => !carOfProduct(c, p.id)).length > 100, 'products without car');
    assert.ok(c.products.filter((p) => !serviceOfProduct(c, p.id)).length > 50, 'products without service');
    for (const field of ['description', 'vin', 'licensePlate', 'brand', 'model'] as const) {
      assert.ok(
        c.cars.some((car) => car[field] === null),
        `${field} never null`,
      );
      assert.ok(
        c.cars.some((car) => car[field] !== null),
        `${field} always null`,
      );
    }
    for (const car of c.cars) if (car.vin !== null) assert.match(car.vin, /^[0-9A-HJ-NPR-Z]{17}$/);
    const names = allNames(c);
    assert.ok(names.filter(nonAscii).length > 20, 'non-ASCII names');
    assert.ok(names.some((n) => n.includes('東京')));
    assert.ok(names.some((n) => n.includes('Größe')));
    assert.ok(names.some((n) => n.includes('Škoda')));
    assert.ok(
      names.some((n) => n.includes("'")),
      'names with quotes',
    );
  });

  it('covers every shape even in the smallest fleet, whatever the seed', () => {
    for (let seed = 0; seed < 50; seed++) {
      for (const c of generateFleet({ seed, products: 5 }).customers) {
        assert.ok(c.services.some((s) => s.isTerminated));
        assert.ok(c.services.some((s) => !s.isTerminated));
        assert.ok(c.services.some((s) => s.productId === null));
        assert.ok(c.products.some((p) => !carOfProduct(c, p.id)));
        assert.ok(c.products.some((p) => !serviceOfProduct(c, p.id)));
        assert.ok(c.products.some((p) => p.dongleTerminationTimeStamp !== null));
        assert.ok(c.cars.some((car) => car.vin === null && car.brand === null && car.description === null));
        assert.ok(allNames(c).some(nonAscii));
        assert.ok(allNames(c).some((n) => n.includes("'")));
      }
    }
  });

  it('generates 200,000 products (time printed, not asserted)', function () {
    this.timeout(60_000);
    const started = Date.now();
    const f = generateFleet({ seed: 5, products: 200_000 });
    const ms = Date.now() - started;
    const c = f.customers[0];
    const { assignmentStart, eventStart } = c.activity;
    console.log(
      `      200k fleet: ${ms} ms, ${c.services.length} services, ${c.cars.length} cars, ${c.users.length} users, ${c.groups.length} groups, ` +
        `${assignmentStart[c.cars.length]} assignments and ${eventStart[c.cars.length]} events (made on demand), ` +
        `second customer ${f.customers[1].products.length} products`,
    );
    assert.equal(c.products.length, 200_000);
    assert.equal(f.customers[1].products.length, 20_000);
  });
});
