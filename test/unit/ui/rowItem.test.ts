// Which record a query's result row is: full rows of the fleet's kinds become the Fleet view's rows (a product's
// car keeps its product), keys and brands stay plain rows; a $select row still names its record by id.
import * as assert from 'assert';
import { matchPath, type RouteMatch } from '../../../src/core/queryLanguage/routes';
import { apiPathOf } from '../../../src/ui/documents/fleetRef';
import { rowItem, rowRef } from '../../../src/ui/queryViews/rowItem';

const match = (path: string) => matchPath(path) as RouteMatch;
const car = { id: 9, name: 'Golf', description: null, vin: null, licensePlate: null, brand: 'VW', model: null };

describe('query result rows as records', () => {
  it('makes records of full rows, each under its own path', () => {
    assert.deepStrictEqual(rowItem('car', car, match('/cars')), { item: { kind: 'car', car }, path: 'cars/9' });
    assert.deepStrictEqual(rowItem('car', car, match('/groups/3/cars')), { item: { kind: 'car', car }, path: 'cars/9' });
    assert.deepStrictEqual(rowItem('car', car, match('/products/42/cars')), { item: { kind: 'car', car, productId: 42 }, path: 'car' });
    const user = { id: 5, emailAddress: 'a@b.c', userData: { firstName: null, lastName: null } };
    assert.deepStrictEqual(rowItem('user', user, match('/users'))?.path, 'users/5');
    assert.deepStrictEqual(rowItem('assignment', { id: 6 }, match('/cars/9/assignments'))?.item.kind, 'assignment');
    assert.deepStrictEqual(rowItem('event', { id: 7 }, match('/cars/9/events'))?.path, 'events/7');
    assert.deepStrictEqual(rowItem('group', { id: 3, name: 'Pool' }, match('/groups'))?.path, 'groups/3');
  });

  it('names the users of assignments and events when they are known', () => {
    const anna = { id: 5, emailAddress: 'anna@example.com', userData: { firstName: 'Anna', lastName: null } };
    const known = (id: number) => (id === 5 ? anna : undefined);
    const assignment = { id: 6, carId: 9, userId: 5 };
    assert.deepStrictEqual(rowItem('assignment', assignment, match('/cars/9/assignments'), known)?.item, {
      kind: 'assignment',
      assignment,
      user: anna,
    });
    const nobody = { ...assignment, userId: null };
    assert.strictEqual((rowItem('assignment', nobody, match('/assignments/6'), known)?.item as { user?: unknown }).user, null);
    const event = { id: 7, carId: 9, userId: 8 };
    assert.strictEqual((rowItem('event', event, match('/events/7'), known)?.item as { user?: unknown }).user, undefined);
  });

  it('leaves keys, brands and rows without an id as plain rows', () => {
    assert.strictEqual(rowItem('key', { id: 401, brand: 'VW' }, match('/brands/VW/keys')), undefined);
    assert.strictEqual(rowItem('brand', { brand: 'VW' }, match('/brands')), undefined);
    assert.strictEqual(rowItem('car', { name: 'Golf' }, match('/cars')), undefined);
  });

  it('a $select row names its record by id; a product’s car by the product', () => {
    assert.deepStrictEqual(rowRef('car', { id: 9 }, match('/cars')), { kind: 'car', id: 9 });
    assert.deepStrictEqual(rowRef('car', { vin: 'X' }, match('/products/42/cars')), { kind: 'car', productId: 42 });
    assert.deepStrictEqual(rowRef('event', { id: 7 }, match('/cars/9/events')), { kind: 'event', id: 7 });
    assert.strictEqual(rowRef('user', { emailAddress: 'a@b.c' }, match('/users')), undefined);
    assert.strictEqual(rowRef('key', { id: 401 }, match('/brands/VW/keys')), undefined);
  });

  it('knows the API path behind each record, for Copy as cURL', () => {
    assert.strictEqual(apiPathOf({ kind: 'car', id: 9 }), '/cars/9');
    assert.strictEqual(apiPathOf({ kind: 'car', productId: 42 }), '/products/42/cars');
    assert.strictEqual(apiPathOf({ kind: 'assignment', id: 6 }), '/assignments/6');
    assert.strictEqual(apiPathOf({ kind: 'group', id: 3 }), '/groups/3/cars');
  });
});
