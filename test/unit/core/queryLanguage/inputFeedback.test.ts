import * as assert from 'assert';
import { filterFeedback, inputFeedback, prepareRequest } from '../../../../src/core/queryLanguage';
import { NOW } from './cursor';

describe('palette input feedback', () => {
  it('an empty box names fields, options and operators', () => {
    const f = inputFeedback('', 'product');
    assert.strictEqual(f.message, undefined);
    for (const word of ['serialNumber', 'dongleTerminationTimeStamp', '$filter', '$top', 'eq', 'and']) {
      assert.ok(f.prompt.includes(word), word);
    }
  });

  it('shows the first error with its 1-based column', () => {
    const f = inputFeedback("type eq 'flinkey IQ' and serialNumbr eq 'x'", 'product');
    assert.strictEqual(f.message, "column 26: unknown field 'serialNumbr' on products — did you mean 'serialNumber'?");
    assert.strictEqual(f.severity, 'error');
    const g = inputFeedback("$filter=type eq 'flinkey IQ'&$top=x", 'product');
    assert.strictEqual(g.message, "column 35: $top must be a whole number ≥ 0, found 'x'");
  });

  it('a warning alone is shown as a warning', () => {
    const f = inputFeedback('id eq null', 'service');
    assert.strictEqual(f.severity, 'warning');
    assert.match(f.message!, /^column 1: 'id' is never null/);
  });

  it('the prompt follows the cursor at the end', () => {
    assert.strictEqual(inputFeedback('type ', 'product', NOW).prompt, 'Next: eq  ne  in');
    assert.strictEqual(inputFeedback('type eq ', 'product', NOW).prompt, "Next: 'flinkey Box'  'flinkey IQ'");
    assert.strictEqual(inputFeedback('isTerminated eq false ', 'service', NOW).prompt, 'Next: and  or');
    assert.strictEqual(inputFeedback("type eq 'flinkey IQ'", 'product', NOW).prompt, 'Enter runs the query.');
    assert.strictEqual(inputFeedback('isTerminated eq true', 'service', NOW).prompt, 'Enter runs the query — or continue: and  or');
    assert.strictEqual(inputFeedback('$top=5', 'service', NOW).prompt, 'Enter runs the query.');
  });

  it('prepareRequest checks the path and the options before anything is sent', () => {
    const ok = prepareRequest('/products', "type eq 'flinkey IQ'&$top=3");
    assert.ok(ok.ok && ok.match.route.kind === 'products');
    assert.deepStrictEqual(ok.ok && ok.options, { filter: "type eq 'flinkey IQ'", top: 3 });
    const badPath = prepareRequest('/product', '');
    assert.ok(!badPath.ok && badPath.where === 'path' && badPath.problem.message.includes('did you mean /products?'));
    const badQuery = prepareRequest('/services', 'isTerminated eq 1');
    assert.ok(!badQuery.ok && badQuery.where === 'query' && badQuery.problem.offset === 0);
    const urlStyle = prepareRequest('/services', 'isTerminated eq true', 'error');
    assert.ok(!urlStyle.ok && urlStyle.problem.message.startsWith('write $filter='));
    const single = prepareRequest('/products/5/cars', '$select=vin&$top=1');
    assert.ok(single.ok && single.match.id === 5 && single.warnings.length === 1 && single.warnings[0].severity === 'information');
  });

  it('gives one typed form of a query, however it was written, for history and labels', () => {
    const forms: [string, 'allowed' | 'error'][] = [
      ["type eq 'flinkey IQ'&$top=5", 'allowed'],
      ["$filter=type eq 'flinkey IQ'&$top=5", 'allowed'],
      ["?$top=5&$filter=type  eq\n  'flinkey IQ'", 'allowed'],
      ["top=5&filter=type eq 'flinkey IQ'", 'allowed'],
      ["$filter=type%20eq%20'flinkey%20IQ'&$top=5", 'error'],
    ];
    for (const [text, bare] of forms) {
      const p = prepareRequest('/products', text, bare);
      assert.ok(p.ok, text);
      assert.strictEqual(p.typedQuery, "$filter=type eq 'flinkey IQ'&$top=5", text);
    }
    // A request line copied from a query file is read as it is there: URL text after the '?'.
    const pasted = prepareRequest('/products', "GET /products?$filter=type%20eq%20'flinkey IQ'&$top=5");
    assert.ok(pasted.ok && pasted.typedQuery === "$filter=type eq 'flinkey IQ'&$top=5", JSON.stringify(pasted));
    assert.strictEqual(inputFeedback("GET /products?$filter=type eq 'flinkey IQ'&$top=5", 'product').message, undefined);
    // Blanks inside a string stay as written.
    const spaced = prepareRequest('/services', "name eq 'Golf  Plus'   and id gt 1");
    assert.ok(spaced.ok && spaced.typedQuery === "$filter=name eq 'Golf  Plus' and id gt 1");
  });
});

describe('Filter… box feedback (one $filter for a Fleet section)', () => {
  it('a good filter is what gets sent; $filter= in front is accepted', () => {
    assert.strictEqual(filterFeedback("type eq 'flinkey IQ'", 'product').filter, "type eq 'flinkey IQ'");
    assert.strictEqual(filterFeedback("$filter=brand eq 'BMW'", 'car').filter, "brand eq 'BMW'");
    assert.match(filterFeedback("brand eq 'BMW'", 'car').prompt, /Enter applies the filter/);
  });

  it('an empty box clears the filter and says so', () => {
    const f = filterFeedback('', 'user');
    assert.strictEqual(f.filter, '');
    assert.match(f.prompt, /^Enter with an empty box clears the filter\. Fields: id, emailAddress, userData/);
  });

  it('errors come from the query box check, with their column', () => {
    const f = filterFeedback("brnd eq 'BMW'", 'car');
    assert.strictEqual(f.severity, 'error');
    assert.match(f.message!, /^column 1: unknown field 'brnd' on cars — did you mean 'brand'\?/);
    assert.strictEqual(f.filter, undefined);
  });

  it('other options are refused, with where they belong', () => {
    const sort = filterFeedback("brand eq 'BMW'&$orderby=name", 'car');
    assert.strictEqual(sort.severity, 'error');
    assert.match(sort.message!, /Sort…/);
    assert.strictEqual(sort.filter, undefined);
    const top = filterFeedback('isTerminated eq false&$top=5', 'service');
    assert.match(top.message!, /\$top/);
    assert.strictEqual(top.filter, undefined);
  });
});
