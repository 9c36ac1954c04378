import * as assert from 'assert';
import { asQueryArgs, pathKey } from '../../../src/ui/queryViews/queryArgs';

describe('query command arguments', () => {
  it('reads { collection | path, query }', () => {
    assert.deepStrictEqual(asQueryArgs({ collection: 'products', query: '$top=1' }), {
      path: '/products',
      query: '$top=1',
      edit: false,
      message: undefined,
    });
    assert.deepStrictEqual(asQueryArgs({ path: '/products/4/cars' }), {
      path: '/products/4/cars',
      query: '',
      edit: false,
      message: undefined,
    });
    assert.deepStrictEqual(asQueryArgs({ collection: 'services', query: 'x', edit: true, message: 'm' }), {
      path: '/services',
      query: 'x',
      edit: true,
      message: 'm',
    });
  });

  it('refuses what names no query', () => {
    for (const bad of [
      undefined,
      null,
      'products',
      42,
      {},
      { collection: 'trucks' },
      { collection: 'products', query: 5 },
      { kind: 'product', id: 1 },
    ]) {
      assert.strictEqual(asQueryArgs(bad), undefined, JSON.stringify(bad));
    }
  });

  it('reads the top-level lists as collections: products, services, cars and users', () => {
    for (const collection of ['products', 'services', 'cars', 'users']) {
      assert.strictEqual(asQueryArgs({ collection })?.path, `/${collection}`);
    }
    assert.strictEqual(asQueryArgs({ collection: 'groups' }), undefined, 'groups take no options: pass it as a path');
  });

  it('keys the last text typed by path, however it was written', () => {
    assert.strictEqual(pathKey(' /Cars/7/Events/ '), '/cars/7/events');
    assert.strictEqual(pathKey('/products'), pathKey('/PRODUCTS/'));
  });
});
