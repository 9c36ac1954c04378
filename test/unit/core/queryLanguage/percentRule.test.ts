// One rule for '%': URL text (a query file's request, a pasted URL) is decoded exactly once; OData typed in the
// query box keeps every '%' and is sent encoded once. A blank nearby never changes what a text means.
import * as assert from 'assert';
import { toQueryString } from '../../../../src/core/odata';
import { diagnose, filterFeedback, parseQueryFile, prepareRequest } from '../../../../src/core/queryLanguage';

const sent = (query: string, source: 'allowed' | 'error'): string => {
  const prepared = prepareRequest('/services', query, source);
  assert.ok(prepared.ok, prepared.ok ? '' : prepared.problem.message);
  return toQueryString(prepared.options);
};

describe("one rule for '%'", () => {
  it('typed in the box, %41 is sent as the three characters %41, with or without a blank', () => {
    assert.strictEqual(sent("contains(name,'%41')", 'allowed'), "$filter=contains(name%2C'%2541')");
    assert.strictEqual(sent("contains(name, '%41')", 'allowed'), "$filter=contains(name%2C%20'%2541')");
  });

  it('in a query file, %41 is the URL escape of A, with or without a blank', () => {
    for (const line of ["GET /services?$filter=contains(name,'%41')", "GET /services?$filter=contains(name, '%41')"]) {
      assert.match(parseQueryFile(line).blocks[0].options.filter!, /'A'\)$/, line);
    }
    assert.strictEqual(sent("$filter=contains(name,'%2541')", 'error'), "$filter=contains(name%2C'%2541')");
  });

  it("a '%' in URL text that starts no escape is an error at that '%', and nothing is sent", () => {
    const line = "GET /services?$filter=contains(name,'100%')";
    const [d] = diagnose(line);
    assert.strictEqual(d.severity, 'error');
    assert.strictEqual(line.slice(d.offset, d.offset + d.length), '%');
    assert.match(d.message, /%25/);
    assert.strictEqual(prepareRequest('/services', line.slice(line.indexOf('?') + 1), 'error').ok, false);
    // Typed, the same text is fine: the '%' is part of the string.
    assert.strictEqual(sent("contains(name,'100%')", 'allowed'), "$filter=contains(name%2C'100%25')");
  });

  it("typed in the Fleet view's Filter… box, a '%' is part of the text too, and is sent encoded once", () => {
    for (const typed of ["contains(name,'100%')", "contains(name,'%41')", "contains(name, '%41')"]) {
      const feedback = filterFeedback(typed, 'service');
      assert.notStrictEqual(feedback.severity, 'error', `${typed}: ${feedback.message}`);
      assert.strictEqual(feedback.filter, typed);
      assert.strictEqual(toQueryString({ filter: feedback.filter }), `$filter=${encodeURIComponent(typed)}`);
    }
  });

  it('problems in encoded URL text underline the characters as written', () => {
    const line = "GET /services?$filter=nme%20eq%20'%C3%A4'%20and%20id%20eq%20'x'";
    const found = diagnose(line).map((d) => line.slice(d.offset, d.offset + d.length));
    assert.deepStrictEqual(found, ['nme', "id%20eq%20'x'"]);
  });

  it('a query file run is stored as typed OData, so running it again from history sends the same request', () => {
    const query = "$filter=contains(name,'%2541')%20and%20id%20gt%201&$top=5";
    const first = prepareRequest('/services', query, 'error');
    assert.ok(first.ok);
    assert.strictEqual(first.typedQuery, "$filter=contains(name,'%41') and id gt 1&$top=5");
    const again = prepareRequest('/services', first.typedQuery);
    assert.ok(again.ok);
    assert.deepStrictEqual(again.options, first.options);
  });

  it('a whole URL pasted into the box is URL text: its query part is decoded once', () => {
    const pasted = "https://api.flinkey.de/v3/services?$filter=name%20eq%20'Golf%2541'&$top=2";
    assert.strictEqual(sent(pasted, 'allowed'), "$filter=name%20eq%20'Golf%2541'&$top=2");
  });
});
