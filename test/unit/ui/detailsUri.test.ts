// toDetailsUri / fromDetailsUri: every ref survives the round trip, with or without a readable title.
import * as assert from 'assert';
import { fromDetailsUri, toDetailsUri } from '../../../src/ui/documents/detailsUri';
import type { FleetRef } from '../../../src/ui/documents/fleetRef';

const refs: FleetRef[] = [
  { kind: 'product', id: 42 },
  { kind: 'service', id: 3000001 },
  { kind: 'car', productId: 10004 },
  { kind: 'product', id: 0 },
  { kind: 'car', id: 9 },
  { kind: 'user', id: 5 },
  { kind: 'assignment', id: 2_000_001 },
  { kind: 'event', id: 7 },
  { kind: 'group', id: 3 },
];

/** What vscode.Uri.parse(s) gives as { scheme, path }: the path percent-decoded. */
function parse(uri: string): { scheme: string; path: string } {
  const colon = uri.indexOf(':');
  return { scheme: uri.slice(0, colon), path: decodeURIComponent(uri.slice(colon + 1)) };
}

describe('details URIs', () => {
  it('builds the documented short forms', () => {
    assert.strictEqual(toDetailsUri({ kind: 'product', id: 42 }), 'flinkey:/products/42.json');
    assert.strictEqual(toDetailsUri({ kind: 'service', id: 7 }), 'flinkey:/services/7.json');
    assert.strictEqual(toDetailsUri({ kind: 'car', productId: 42 }), 'flinkey:/products/42/car.json');
    assert.strictEqual(toDetailsUri({ kind: 'car', id: 9 }), 'flinkey:/cars/9.json');
    assert.strictEqual(toDetailsUri({ kind: 'user', id: 5 }), 'flinkey:/users/5.json');
    assert.strictEqual(toDetailsUri({ kind: 'assignment', id: 6 }), 'flinkey:/assignments/6.json');
    assert.strictEqual(toDetailsUri({ kind: 'event', id: 7 }), 'flinkey:/events/7.json');
    assert.strictEqual(toDetailsUri({ kind: 'group', id: 3 }), 'flinkey:/groups/3.json');
  });

  for (const ref of refs) {
    for (const label of [undefined, 'FB21-0010004', "O'Neil's van / 2 #1 ?x 100%", 'Škoda "Premium"', '🚗 Größe']) {
      it(`round-trips ${JSON.stringify(ref)} with title ${JSON.stringify(label)}`, () => {
        const uri = toDetailsUri(ref, label);
        assert.ok(uri.startsWith('flinkey:/'), uri);
        assert.ok(parse(uri).path.endsWith('.json'), uri);
        assert.deepStrictEqual(fromDetailsUri(uri), ref, `string form ${uri}`);
        assert.deepStrictEqual(fromDetailsUri(parse(uri)), ref, `parsed form ${uri}`);
        assert.ok(!/[\s"#?%]/.test(uri.replace(/%[0-9A-F]{2}/g, '')), `unencoded characters in ${uri}`);
      });
    }
  }

  it('gives readable, single-segment titles', () => {
    const uri = toDetailsUri({ kind: 'product', id: 42 }, 'FB21/0010004');
    assert.strictEqual(parse(uri).path, '/products/42/Product FB21 0010004.json');
    assert.strictEqual(parse(toDetailsUri({ kind: 'car', productId: 9 }, 'Golf')).path, '/products/9/car/Car Golf.json');
    assert.strictEqual(parse(toDetailsUri({ kind: 'car', id: 9 }, 'Golf')).path, '/cars/9/Car Golf.json');
    assert.strictEqual(parse(toDetailsUri({ kind: 'user', id: 5 }, 'Anna Müller')).path, '/users/5/User Anna Müller.json');
    assert.ok(parse(toDetailsUri({ kind: 'service', id: 1 }, 'x'.repeat(500))).path.length < 100);
  });

  it('rejects what is not a details document', () => {
    for (const bad of [
      'file:/products/42.json',
      'flinkey:/products/42',
      'flinkey:/products/abc.json',
      'flinkey:/products/-1.json',
      'flinkey:/trucks/1.json',
      'flinkey:/users/1/car/User x.json',
      'flinkey:/groups/1/cars.json.x',
      'flinkey:/services/1/car.json.extra/x.json',
      'flinkey:/services/7/car/Car x.json',
      'flinkey:/products/1/2/3/4.json',
      'flinkey:products/1.json',
      'flinkey:/products/.json',
      'flinkey:/products/12345678901.json',
    ]) {
      assert.strictEqual(fromDetailsUri(bad), undefined, bad);
    }
    assert.strictEqual(fromDetailsUri({ scheme: 'untitled', path: '/products/1.json' }), undefined);
  });
});
