import * as assert from 'assert';
import { fromResultUri, resultTitle, toResultUri } from '../../../src/ui/documents/resultUri';

describe('query result URIs', () => {
  it('round-trips with and without a title', () => {
    assert.strictEqual(toResultUri(3), 'flinkey:/queries/3.json');
    assert.strictEqual(fromResultUri('flinkey:/queries/3.json'), 3);
    const title = resultTitle('/products', "$filter=type eq 'flinkey IQ'\n  &$top=20", 20, 35.4);
    assert.strictEqual(title, "/products · 20 rows · 35 ms · $filter=type eq 'flinkey IQ' &$top=20");
    const uri = toResultUri(12, title);
    assert.match(uri, /^flinkey:\/queries\/12\/[^/]+\.json$/);
    assert.strictEqual(fromResultUri(uri), 12);
    assert.strictEqual(fromResultUri({ scheme: 'flinkey', path: `/queries/12/${title.replace(/\//g, ' ')}.json` }), 12);
  });

  it('keeps titles to one safe segment', () => {
    const uri = toResultUri(1, "/services · 1 row · 2 ms · $filter=name eq 'a/b?c#d%e'");
    assert.strictEqual(fromResultUri(uri), 1);
    assert.ok(!decodeURIComponent(uri.slice('flinkey:/queries/1/'.length)).includes('/'));
    assert.strictEqual(resultTitle('/products/42', '', 1, 0.4), '/products/42 · 1 row · 0 ms');
    assert.ok(decodeURIComponent(toResultUri(1, 'x'.repeat(300))).length < 170);
    const long = resultTitle('/products', `$filter=${'serialNumber ne null and '.repeat(10)}id gt 0`, 1234, 56.7);
    assert.match(long, /^\/products · 1234 rows · 57 ms · \$filter=serialNumber ne null and .*…$/);
    assert.ok(long.length < 110, long);
    assert.match(decodeURIComponent(toResultUri(2, long)), /\/products · 1234 rows · 57 ms · \$filter=.*…\.json$/);
  });

  it('refuses what is not a result', () => {
    for (const bad of [
      'flinkey:/products/42.json',
      'flinkey:/queries/x.json',
      'file:/queries/1.json',
      'flinkey:/queries/1/2/3.json',
      'flinkey:/queries/1',
      'nonsense',
    ]) {
      assert.strictEqual(fromResultUri(bad), undefined, bad);
    }
  });
});
