// What a record's row expands to: a product to its service and car, a service to its product (none
// without a request when it has no productId), a car to its Access and Events, a group to its cars, and rows
// that say plainly where the API offers no link.
import * as assert from 'assert';
import type { FlinkeyApi } from '../../../src/core/api/api';
import type { Car, Product, Service } from '../../../src/core/api/models';
import type { FleetItem } from '../../../src/ui/documents/fleetRef';
import { relatedOf } from '../../../src/ui/fleetView/related';

const product: Product = {
  id: 42,
  uniqueId: 'U',
  serialNumber: 'S',
  sapNumber: '7',
  dongleTerminationTimeStamp: null,
  type: 'flinkey Box',
};
const service: Service = { id: 7, name: 'Pool', productId: 42, isTerminated: false, terminationDate: null, terminationCause: null };
const car: Car = { id: 9, name: 'Golf', description: null, vin: null, licensePlate: null, brand: null, model: null };

/** An API that answers the three related-record calls and records them. */
function fakeApi(calls: string[]): FlinkeyApi {
  return {
    getProductService: (id: number) => (calls.push(`getProductService ${id}`), Promise.resolve(service)),
    getProductCar: (id: number) => (calls.push(`getProductCar ${id}`), Promise.resolve(car)),
    getServiceProduct: (id: number) => (calls.push(`getServiceProduct ${id}`), Promise.resolve(product)),
  } as unknown as FlinkeyApi;
}

async function fetched(item: FleetItem): Promise<{ kinds: string[]; items: FleetItem[]; calls: string[] }> {
  const calls: string[] = [];
  const related = relatedOf(item);
  const items = await Promise.all(related.flatMap((r) => ('fetch' in r ? [r.fetch(fakeApi(calls))] : [])));
  return { kinds: related.map((r) => r.kind), items, calls };
}

describe('related records', () => {
  it('a product shows its service and its car', async () => {
    const { kinds, items, calls } = await fetched({ kind: 'product', product });
    assert.deepStrictEqual(kinds, ['service', 'car']);
    assert.deepStrictEqual(calls, ['getProductService 42', 'getProductCar 42']);
    assert.deepStrictEqual(items, [
      { kind: 'service', service },
      { kind: 'car', car, productId: 42 },
    ]);
  });

  it('a service shows its product; with productId null none, without asking', async () => {
    const withProduct = await fetched({ kind: 'service', service });
    assert.deepStrictEqual(withProduct.calls, ['getServiceProduct 7']);
    assert.deepStrictEqual(withProduct.items, [{ kind: 'product', product }]);
    const alone = await fetched({ kind: 'service', service: { ...service, productId: null } });
    assert.deepStrictEqual(alone.kinds, ['product']);
    assert.deepStrictEqual(alone.calls, []);
    assert.deepStrictEqual(relatedOf({ kind: 'service', service: { ...service, productId: null } }), [
      { kind: 'product', none: 'No box is assigned to this service.' },
    ]);
  });

  it('a car shows its Access and Events; from Cars also that no link leads to its products', () => {
    assert.deepStrictEqual(relatedOf({ kind: 'car', car, productId: 42 }), [{ kind: 'activity', carId: 9 }]);
    assert.deepStrictEqual(relatedOf({ kind: 'car', car }), [
      { kind: 'activity', carId: 9 },
      { kind: 'noLink', link: 'carProducts' },
    ]);
  });

  it('a user says no link leads to their cars; a group shows its cars; assignments and events are leaves', () => {
    const user = { id: 5, emailAddress: 'a@b.c', userData: { firstName: null, lastName: null } };
    assert.deepStrictEqual(relatedOf({ kind: 'user', user }), [{ kind: 'noLink', link: 'userCars' }]);
    assert.deepStrictEqual(relatedOf({ kind: 'group', group: { id: 3, name: 'Pool' } }), [{ kind: 'groupCars', groupId: 3 }]);
    const assignment = { id: 1, carId: 9, userId: null, start: '2025-01-01T00:00:00Z', end: null, lifetime: null, renewableAfter: null };
    assert.deepStrictEqual(relatedOf({ kind: 'assignment', assignment }), []);
  });
});
