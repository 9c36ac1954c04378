import * as assert from 'assert';
import { fromResultUri, resultSummary, resultTitle, toResultUri } from '../../../src/ui/documents/resultUri';

describe('query result URIs', () => {
  it('round-trips with and without a title and summary', () => {
    assert.strictEqual(toResultUri(3), 'flinkey:/queries/3.json');
    assert.strictEqual(fromResultUri('flinkey:/queries/3.json'), 3);
    const title = resultTitle('/products', '20 rows', "$filter=type eq 'flinkey IQ'\n  &$top=20");
    assert.strictEqual(title, "products · 20 rows · $filter=type eq 'f…");
    const summary = resultSummary('/products', '20 rows', "$filter=type eq 'flinkey IQ'&$top=20", 35.4);
    assert.strictEqual(summary, "GET /products?$filter=type eq 'flinkey IQ'&$top=20 · 20 rows · 35 ms");
    const uri = toResultUri(12, title, summary);
    assert.match(uri, /^flinkey:\/queries\/12\/[^/]+\/[^/]+\.json$/);
    assert.strictEqual(fromResultUri(uri), 12);
    assert.strictEqual(fromResultUri(toResultUri(12, title)), 12);
    assert.strictEqual(fromResultUri({ scheme: 'flinkey', path: `/queries/12/${title.replace(/\//g, ' ')}.json` }), 12);
    assert.strictEqual(fromResultUri({ scheme: 'flinkey', path: `/queries/12/GET products $top=1/${title}.json` }), 12);
  });

  it('keeps the title short and every part one safe segment', () => {
    assert.strictEqual(resultTitle('/products/42', '1 row', ''), 'products 42 · 1 row');
    assert.strictEqual(resultTitle('/cars/7/events', '50 rows', ''), 'cars 7 events · 50 rows');
    const long = resultTitle('/products', '1234 rows', `$filter=${'serialNumber ne null and '.repeat(10)}id gt 0`);
    assert.strictEqual(long.length, 40);
    assert.match(long, /^products · 1234 rows · \$filter=serialNu…$/);
    const uri = toResultUri(
      1,
      "services · 1 row · $filter=name eq 'a/b?c#d%e'",
      `GET /services?$filter=name eq 'a/b?c#d%e' · 1 row · 2 ms`,
    );
    assert.strictEqual(fromResultUri(uri), 1);
    assert.strictEqual(decodeURIComponent(uri).split('/').length, 5, decodeURIComponent(uri));
    assert.ok(decodeURIComponent(toResultUri(1, 'x'.repeat(300), 'y'.repeat(500))).length < 230);
  });

  it('refuses what is not a result', () => {
    for (const bad of [
      'flinkey:/products/42.json',
      'flinkey:/queries/x.json',
      'file:/queries/1.json',
      'flinkey:/queries/1/2/3/4.json',
      'flinkey:/queries/1',
      'nonsense',
    ]) {
      assert.strictEqual(fromResultUri(bad), undefined, bad);
    }
  });
});
