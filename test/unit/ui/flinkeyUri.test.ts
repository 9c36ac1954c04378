// The helper under details and result URIs: one safe title segment, and the decoded path of flinkey: URIs only.
import * as assert from 'assert';
import { flinkeyPath, readableTitle, toFlinkeyUri } from '../../../src/ui/documents/flinkeyUri';

describe('flinkey: URIs', () => {
  it('puts a title, encoded, in one last segment', () => {
    assert.strictEqual(toFlinkeyUri('/products/42'), 'flinkey:/products/42.json');
    assert.strictEqual(toFlinkeyUri('/products/42', ''), 'flinkey:/products/42.json');
    assert.strictEqual(toFlinkeyUri('/queries/3', 'a b'), 'flinkey:/queries/3/a%20b.json');
  });

  it('makes any text one readable segment no longer than asked', () => {
    assert.strictEqual(readableTitle(' a/b\\c?d#e%f\u0007g\n\th ', 60), 'a b c d e f g h');
    assert.strictEqual(readableTitle('Größe "L"', 60), 'Größe "L"');
    assert.strictEqual(readableTitle('x'.repeat(100), 10), `${'x'.repeat(9)}…`);
    assert.strictEqual(readableTitle('///', 10), '');
  });

  it('reads the decoded path of flinkey: URIs, given as text or as { scheme, path }', () => {
    assert.strictEqual(flinkeyPath('flinkey:/queries/3/a%20b.json'), '/queries/3/a b.json');
    assert.strictEqual(flinkeyPath('FLINKEY:/products/1.json?x#y'), '/products/1.json');
    assert.strictEqual(flinkeyPath({ scheme: 'flinkey', path: '/products/1.json' }), '/products/1.json');
    for (const other of ['file:/products/1.json', 'flinkey:products/1.json', 'flinkey:/bad%E0%A4%A.json', 'nonsense']) {
      assert.strictEqual(flinkeyPath(other), undefined, other);
    }
    assert.strictEqual(flinkeyPath({ scheme: 'untitled', path: '/products/1.json' }), undefined);
  });
});
