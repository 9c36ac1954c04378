// Very long queries are flagged before sending, in the query box and in query files, with the reason.
import * as assert from 'assert';
import { diagnose, inputFeedback } from '../../../../src/core/queryLanguage';
import { MAX_PATH_AND_QUERY, urlLengthWarning } from '../../../../src/core/queryLanguage/urlLength';

/** "name eq 'xxx…'" whose request /services?$filter=… is exactly `length` characters once encoded. */
function filterOfLength(length: number): string {
  const fixed = "/services?$filter=name%20eq%20''".length;
  return `name eq '${'x'.repeat(length - fixed)}'`;
}

describe('URL length', () => {
  it('the limit is exact: at the limit nothing, one character over a warning that says why', () => {
    assert.strictEqual(urlLengthWarning('/services', { filter: filterOfLength(MAX_PATH_AND_QUERY) }), undefined);
    const warning = urlLengthWarning('/services', { filter: filterOfLength(MAX_PATH_AND_QUERY + 1) });
    assert.match(warning ?? '', /8,001 characters long, over 8,000: gateways often refuse such requests \(431 or 414\)/);
  });

  it('the query box warns, but lets the query run; errors still come first', () => {
    const ids = Array.from({ length: 700 }, (_, i) => `'SN-${String(i).padStart(6, '0')}'`).join(',');
    const long = inputFeedback(`serialNumber in (${ids})&$top=5`, 'product');
    assert.strictEqual(long.severity, 'warning');
    assert.match(long.message ?? '', /over 8,000/);
    assert.strictEqual(inputFeedback(`serialNumber in ('SN-1')`, 'product').message, undefined);
    assert.strictEqual(inputFeedback(`serialNumber in (${ids}) and nope eq 1`, 'product').severity, 'error');
  });

  it('a query file marks the options of a long request, and only those', () => {
    const ids = Array.from({ length: 700 }, (_, i) => `'SN-${String(i).padStart(6, '0')}'`).join(',');
    const text = `GET /products?$filter=serialNumber in (${ids})\n\nGET /products?$top=1\n`;
    const problems = diagnose(text);
    assert.deepStrictEqual(
      problems.map((p) => [p.severity, p.range.start.line, p.range.start.character]),
      [['warning', 0, 14]],
    );
    assert.match(problems[0].message, /path and query are [\d,]+ characters long, over 8,000/);
  });
});
