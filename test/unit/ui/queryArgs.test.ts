import * as assert from 'assert';
import { asQueryArgs, collectionOf } from '../../../src/ui/queryViews/queryArgs';

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
      { collection: 'cars' },
      { collection: 'products', query: 5 },
      { kind: 'product', id: 1 },
    ]) {
      assert.strictEqual(asQueryArgs(bad), undefined, JSON.stringify(bad));
    }
  });

  it('knows the list paths the query box serves', () => {
    assert.strictEqual(collectionOf('/products'), 'products');
    assert.strictEqual(collectionOf(' /Services/ '), 'services');
    assert.strictEqual(collectionOf('/products/4'), undefined);
  });
});
