import * as assert from 'assert';
import { diagnose } from '../../../../src/core/queryLanguage';
import { PRODUCTION_BASE_URL } from '../../../../src/constants';

/** The underlined text of a one-line-per-request file. */
function underlined(text: string, d: ReturnType<typeof diagnose>[number]): string {
  const lines = text.split(/\r?\n/);
  if (d.range.start.line === d.range.end.line) {
    return lines[d.range.start.line].slice(d.range.start.character, d.range.end.character);
  }
  return [
    lines[d.range.start.line].slice(d.range.start.character),
    ...lines.slice(d.range.start.line + 1, d.range.end.line),
    lines[d.range.end.line].slice(0, d.range.end.character),
  ].join('\n');
}

describe('query file diagnostics', () => {
  // [request, underlined text, message fragment, severity]
  const bad: [string, string, string, string?][] = [
    // malformed
    ["GET /products?$filter=type eq 'flinkey IQ", "'flinkey IQ", 'unterminated string'],
    ['GET /products?$filter=id eq', 'eq', "expected a value after 'eq'"],
    ['GET /products?$filter=id == 1', '==', "did you mean 'eq'"],
    ['GET /products?$filter=id eq 1 and', 'and', "after 'and'"],
    ['GET /products?$filter=(id eq 1', '(', "')'"],
    ['GET /products?$filter=', '', '$filter has no value'],
    ['GET /products?$filter=name eq "x"', '"x"', 'single quotes'],
    ['GET /products?$top=ten', 'ten', '$top must be a whole number'],
    ['GET /products?$skip=-1', '-1', '$skip must be a whole number'],
    ['GET /products?$orderby=id sideways', 'sideways', "expected 'asc', 'desc'"],
    ['GET /products?$select=id serialNumber', 'serialNumber', "expected ','"],
    ['GET /products?$search=car', '$search', "unknown option '$search'"],
    ['GET /products?$expand=car', 'car', "unknown field 'car' on products"],
    ['GET /products?$expand=type', 'type', '$expand takes nested objects'],
    ["GET /products?$filter=contains (serialNumber,'x')", 'contains', "no blank between a function name and '('"],
    ['GET /services?$filter=id eq 1and id eq 2', 'and', "put a blank before 'and'"],
    ["GET /services?$filter=substring(name,1,-1) eq 'x'", '-1', 'negative length'],
    ["GET /services?$filter=id add 'x' eq 1", "id add 'x'", "'add' cannot work"],
    ['GET /services?$filter=name eq @n&@n=nme', 'nme', "unknown field 'nme' on services"],
    ["GET /services?$filter=contains(name,'100%')", '%', "write a '%' itself as %25"],
    ['GET /products?$filter=id eq 1&$filter=id eq 2', '$filter', 'more than once'],
    ["GET /products?type eq 'flinkey IQ'", "type eq 'flinkey IQ'", 'write $filter= before the condition'],
    ['GET /products?$filter=dongleTerminationTimeStamp lt 2026-13-01T00:00:00Z', '2026-13-01T00:00:00Z', 'not a real calendar date'],
    ['GET /products?$filter=dongleTerminationTimeStamp lt 2026-01-01T00:00:00', '2026-01-01T00:00:00', 'needs a time zone'],
    // unknown field, with a suggestion
    ["GET /products?$filter=serialNumbr eq 'x'", 'serialNumbr', "unknown field 'serialNumbr' on products — did you mean 'serialNumber'?"],
    ['GET /services?$orderby=nmae', 'nmae', "did you mean 'name'?"],
    ['GET /products?$select=id,sapnumber', 'sapnumber', "did you mean 'sapNumber'?"],
    [
      "GET /products/42/cars?$filter=licencePlate eq 'M-AB 1'",
      'licencePlate',
      "unknown field 'licencePlate' on cars — did you mean 'licensePlate'?",
    ],
    ["GET /services/7/products?$filter=name eq 'x'", 'name', "unknown field 'name' on products"],
    // wrong literal type
    ["GET /products?$filter=id eq '5'", "id eq '5'", "'id' is a whole number, '5' is a string"],
    ["GET /services?$filter=isTerminated eq 'false'", "isTerminated eq 'false'", 'write true or false without quotes'],
    ["GET /services?$filter=terminationDate lt '2026-01-01'", "terminationDate lt '2026-01-01'", 'write date-times without quotes'],
    ["GET /services?$filter=contains(productId,'1')", 'productId', 'contains needs a string'],
    // wrong enum value
    ["GET /products?$filter=type eq 'flinkey Bx'", "'flinkey Bx'", "did you mean 'flinkey Box'?", 'warning'],
    ["GET /products?$filter=type in ('flinkey IQ','zz')", "'zz'", "expected 'flinkey Box' or 'flinkey IQ'", 'warning'],
    ['GET /services?$filter=id EQ 1', 'EQ', "4.0 servers need 'eq'", 'warning'],
    ["GET /services?$filter=name eq @n&@n='x'&@m=1", '1', '@m is given but not used', 'warning'],
    // unknown or wrong paths
    ['GET /product?$top=1', '/product', 'unknown path /product — did you mean /products?'],
    ['GET /products/42/car', '/products/42/car', 'did you mean /products/42/cars?'],
    ['GET /customers', '/customers', 'unknown path /customers'],
    ['GET /products/abc', 'abc', "'abc' is not a product ID"],
    ['GET /products/{id}/cars', '{id}', 'replace {id} with a product ID'],
    ['GET /v3/products', '/v3', 'leave out /v3'],
    [`GET ${PRODUCTION_BASE_URL}/products`, `${PRODUCTION_BASE_URL}/products`, 'write the path only'],
    ['GET products', 'products', "a path starts with '/'"],
    ['POST /products', 'POST', 'only GET requests'],
    ['FETCH /products', 'FETCH', "expected GET, found 'FETCH'"],
    ['GET /products $top=5', ' $top=5', "expected '?'"],
    // warnings and hints
    ['GET /services?$filter=id eq null', 'id eq null', 'never null', 'warning'],
    ['GET /products?$select=id,id', 'id', 'listed more than once', 'warning'],
    ['GET /products/42?$filter=id eq 1', 'id eq 1', 'no effect on a single object', 'information'],
  ];
  it('offers the certain fixes as edits of their own span: lower-case operators, a near-miss enum value', () => {
    const fixes = (request: string) =>
      diagnose(request).map((d) => [
        underlined(request, d),
        d.fix && request.slice(0, d.fix.offset) + d.fix.newText + request.slice(d.fix.offset + d.fix.length),
      ]);
    assert.deepStrictEqual(fixes('GET /services?$filter=id EQ 1 AND isTerminated eq TRUE'), [
      ['EQ', 'GET /services?$filter=id eq 1 AND isTerminated eq TRUE'],
      ['AND', 'GET /services?$filter=id EQ 1 and isTerminated eq TRUE'],
      ['TRUE', 'GET /services?$filter=id EQ 1 AND isTerminated eq true'],
    ]);
    assert.deepStrictEqual(fixes("GET /products?$filter=type eq 'flinkey Bx'"), [
      ["'flinkey Bx'", "GET /products?$filter=type eq 'flinkey Box'"],
    ]);
    assert.strictEqual(diagnose('GET /services?$filter=id EQ 1')[0].fix?.title, 'Write eq');
    assert.deepStrictEqual(fixes("GET /products?$filter=type eq 'nothing like it'"), [["'nothing like it'", undefined]]);
  });

  for (const [request, text, fragment, severity] of bad) {
    it(`${request} → ${fragment}`, () => {
      // Single-object paths add an 'information' note about $filter; only that kind is left out unless asked for.
      const found = diagnose(request).filter((d) => severity === 'information' || d.severity !== 'information');
      assert.strictEqual(found.length, 1, JSON.stringify(found.map((d) => d.message)));
      const d = found[0];
      assert.ok(d.message.includes(fragment), `message was: ${d.message}`);
      assert.strictEqual(underlined(request, d), text);
      assert.strictEqual(d.severity, severity ?? 'error');
    });
  }

  const fine = [
    "GET /products?$filter=type eq 'flinkey IQ' and dongleTerminationTimeStamp eq null&$top=20",
    "GET /services?$filter=isTerminated eq false and startswith(name,'Go')",
    'GET /products?$filter=dongleTerminationTimeStamp ne null and dongleTerminationTimeStamp lt 2026-01-01T00:00:00Z',
    '/products?$orderby=serialNumber desc&$top=50&$skip=100&$select=id,serialNumber',
    "GET /services?$filter=name eq 'O''Neil''s Pool'",
    "GET /services?$filter=name eq 'a&b'&$top=1",
    'GET /products',
    'GET /products/',
    'GET /Products?$top=1',
    'GET /products/42?$select=id,type',
    'GET /products/42/services',
    'GET /products/42/cars?$select=vin,licensePlate',
    'GET /services/7/products',
    'GET /services/7',
    '  GET   /services?$top=1',
    "GET /products?$filter=type%20eq%20'flinkey%20IQ'",
  ];
  for (const request of fine) {
    it(`fine: ${request}`, () => {
      assert.deepStrictEqual(diagnose(request), []);
    });
  }

  it('maps positions exactly across continuation lines, comments, CRLF and earlier blocks', () => {
    const text = [
      '# products without a car',
      'GET /products?$top=5',
      '',
      '###',
      '// services',
      'GET /services',
      '  ?$filter=isTerminated eq false',
      '# a comment in the block',
      "  and startswith(nmae,'Go')",
      '  &$orderby=name descending',
    ].join('\r\n');
    const found = diagnose(text).map((d) => [
      d.range.start.line,
      d.range.start.character,
      d.range.end.line,
      d.range.end.character,
      underlined(text, d),
    ]);
    assert.deepStrictEqual(found, [
      [8, 17, 8, 21, 'nmae'],
      [9, 17, 9, 27, 'descending'],
    ]);
  });

  it('a problem spanning lines keeps both ends', () => {
    const text = "GET /services?$filter=isTerminated eq\n  'false'";
    const [d] = diagnose(text);
    assert.deepStrictEqual(
      [d.range.start, d.range.end],
      [
        { line: 0, character: 22 },
        { line: 1, character: 9 },
      ],
    );
  });

  it('points into percent-encoded text at the characters as written', () => {
    const text = "GET /products?$filter=serialNumbr%20eq%20'%C3%A4'";
    const [d] = diagnose(text);
    assert.strictEqual(underlined(text, d), 'serialNumbr');
    const enumText = "GET /products?$filter=type%20eq%20'flinkey%20Bx'";
    const [e] = diagnose(enumText);
    assert.strictEqual(underlined(enumText, e), "'flinkey%20Bx'");
    const umlaut = "GET /products?$filter=type%20eq%20'%C3%A4'%20and%20x";
    const [u] = diagnose(umlaut).filter((p) => p.message.includes("unknown field 'x'"));
    assert.strictEqual(underlined(umlaut, u), 'x');
  });

  it('single-object paths note that only $select applies', () => {
    const notes = diagnose('GET /products/42/cars?$filter=vin ne null&$top=1&$select=vin');
    assert.deepStrictEqual(
      notes.map((d) => [d.severity, d.message.slice(0, 8)]),
      [
        ['information', '$filter '],
        ['information', '$top has'],
      ],
    );
  });

  it('reports every block on its own lines, blocks split by blank lines and ###', () => {
    const text = 'GET /product\n\nGET /products?$top=x\n###\nGET /services?$filter=nmae eq 1\n';
    assert.deepStrictEqual(
      diagnose(text).map((d) => d.range.start.line),
      [0, 2, 4],
    );
  });
});
