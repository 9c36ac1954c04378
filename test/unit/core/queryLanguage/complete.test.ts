import * as assert from 'assert';
import { complete, type CompletionEntry } from '../../../../src/core/queryLanguage';
import { atCursor, NOW } from './cursor';

const PRODUCT_FIELDS = ['id', 'uniqueId', 'serialNumber', 'sapNumber', 'dongleTerminationTimeStamp', 'type'];
const SERVICE_FIELDS = ['id', 'name', 'productId', 'isTerminated', 'terminationDate', 'terminationCause'];
const CAR_FIELDS = ['id', 'name', 'description', 'vin', 'licensePlate', 'brand', 'model'];
const OPTIONS = ['$filter', '$orderby', '$select', '$top', '$skip'];
/** Every path of the API, as the path completion offers them (written out, not read from the route table). */
const PATHS = [
  'products',
  'services',
  'products/{id}',
  'services/{id}',
  'products/{id}/services',
  'products/{id}/cars',
  'services/{id}/products',
  'cars',
  'cars/{id}',
  'cars/{id}/assignments',
  'cars/{id}/events',
  'users',
  'users/{id}',
  'assignments/{id}',
  'events/{id}',
  'groups',
  'groups/{id}/cars',
  'brands',
  'brands/{brand}/keys',
];
/** Every canonical function of OData 4.01 that fits the records (no collection or geo overloads). */
const FUNCTIONS = [
  ...['concat', 'contains', 'endswith', 'indexof', 'length', 'matchesPattern', 'startswith', 'substring', 'tolower', 'toupper', 'trim'],
  ...['year', 'month', 'day', 'hour', 'minute', 'second', 'fractionalseconds', 'totalseconds', 'date', 'time', 'totaloffsetminutes'],
  ...['now', 'mindatetime', 'maxdatetime', 'round', 'floor', 'ceiling', 'cast', 'isof', 'case'],
];
const COMPARE = ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'in'];
const ARITHMETIC = ['add', 'sub', 'mul', 'div', 'divby', 'mod'];

function labels(marked: string): string[] {
  const { text, offset } = atCursor(marked);
  return complete(text, offset, { now: NOW }).map((e) => e.label);
}

function sorted(marked: string): CompletionEntry[] {
  const { text, offset } = atCursor(marked);
  return complete(text, offset, { now: NOW }).sort((a, b) => a.sortText.localeCompare(b.sortText));
}

describe('query file completion', () => {
  // [text with the cursor marked '|', exactly these labels (in any order)]
  const exact: [string, string[]][] = [
    ['GET /products?|', OPTIONS],
    ['GET /products?$top=5&|', ['$filter', '$orderby', '$select', '$skip']],
    ['GET /products?$filter=id eq 1&$orderby=id&|', ['$select', '$top', '$skip']],
    ['GET /products?$fil|', OPTIONS],
    ['GET /products?$|', OPTIONS],
    ['GET /products?$filter=|', [...PRODUCT_FIELDS, ...FUNCTIONS, 'not']],
    ['GET /products?$filter=ser|', [...PRODUCT_FIELDS, ...FUNCTIONS, 'not']],
    ['GET /services?$filter=|', [...SERVICE_FIELDS, ...FUNCTIONS, 'not']],
    ['GET /products/42/cars?$filter=|', [...CAR_FIELDS, ...FUNCTIONS, 'not']],
    ['GET /services/3/products?$filter=|', [...PRODUCT_FIELDS, ...FUNCTIONS, 'not']],
    ['GET /products/42/services?$select=|', [...SERVICE_FIELDS, '*']],
    ['GET /products?$filter=type |', ['eq', 'ne', 'in']],
    ['GET /products?$filter=type e|', ['eq', 'ne', 'in']],
    ['GET /products?$filter=serialNumber |', COMPARE],
    ['GET /products?$filter=id |', [...COMPARE, ...ARITHMETIC]],
    ['GET /services?$filter=terminationDate |', [...COMPARE, 'add', 'sub']],
    ['GET /services?$filter=terminationDate add |', ["duration'P30D'", "duration'PT12H'"]],
    ['GET /services?$filter=now() sub |', ["duration'P30D'", "duration'PT12H'", 'now()']],
    [
      'GET /services?$filter=id mod |',
      [
        'id',
        'productId',
        'indexof',
        'length',
        'year',
        'month',
        'day',
        'hour',
        'minute',
        'second',
        'fractionalseconds',
        'totalseconds',
        'totaloffsetminutes',
        'round',
        'floor',
        'ceiling',
      ],
    ],
    ['GET /services?$filter=id mod 2 |', [...COMPARE, ...ARITHMETIC]],
    ['GET /services?$filter=id mod 2 eq 0 |', ['and', 'or']],
    ['GET /services?$filter=not id in (1,2) |', ['and', 'or']],
    ['GET /services?$filter=id in [1,2] |', ['and', 'or']],
    [
      'GET /services?$filter=cast(id,|',
      [
        'Edm.String',
        'Edm.Boolean',
        'Edm.Byte',
        'Edm.SByte',
        'Edm.Int16',
        'Edm.Int32',
        'Edm.Int64',
        'Edm.Decimal',
        'Edm.Double',
        'Edm.Single',
        'Edm.DateTimeOffset',
        'Edm.Date',
        'Edm.TimeOfDay',
        'Edm.Duration',
        'Edm.Guid',
      ],
    ],
    ['GET /services?$filter=totalseconds(|', ["duration'P1D'"]],
    ['GET /services?$filter=hour(|', ['terminationDate', 'now', 'mindatetime', 'maxdatetime', 'time']],
    ['GET /services?$filter=case(isTerminated:|', [...SERVICE_FIELDS, ...FUNCTIONS, 'not']],
    ['GET /services?$filter=time(terminationDate) lt |', ['08:00']],
    ['GET /services?$filter=date(terminationDate) eq |', ['2026-03-15']],
    ['GET /services?$filter=$it/|', SERVICE_FIELDS],
    ['GET /services?$filter=isTerminated |', ['eq', 'ne', 'and', 'or']],
    ['GET /products?$filter=type eq |', ["'flinkey Box'", "'flinkey IQ'"]],
    ['GET /products?$filter=type ne |', ["'flinkey Box'", "'flinkey IQ'"]],
    ["GET /products?$filter=type eq 'fl|", ["'flinkey Box'", "'flinkey IQ'"]],
    ["GET /products?$filter=type eq '|", ["'flinkey Box'", "'flinkey IQ'"]],
    ['GET /products?$filter=type in |', ["('flinkey Box', 'flinkey IQ')"]],
    ["GET /products?$filter=type in ('flinkey Box', |", ["'flinkey Box'", "'flinkey IQ'"]],
    ['GET /products?$filter=dongleTerminationTimeStamp eq |', ['2026-03-15T00:00:00Z', 'now()', 'null']],
    ['GET /products?$filter=dongleTerminationTimeStamp lt |', ['2026-03-15T00:00:00Z', 'now()', 'null']],
    ['GET /services?$filter=isTerminated eq |', ['true', 'false']],
    ['GET /services?$filter=isTerminated ne t|', ['true', 'false']],
    ['GET /services?$filter=productId eq |', ['null']],
    ['GET /services?$filter=terminationCause eq |', ["'…'", 'null']],
    ['GET /services?$filter=name eq |', ["'…'"]],
    ['GET /products?$filter=id eq |', []],
    ["GET /products?$filter=type eq 'flinkey IQ' |", ['and', 'or']],
    ["GET /products?$filter=type eq 'flinkey IQ' a|", ['and', 'or']],
    ["GET /products?$filter=type eq 'flinkey IQ' and |", [...PRODUCT_FIELDS, ...FUNCTIONS, 'not']],
    ["GET /products?$filter=type eq 'flinkey IQ' or not |", [...PRODUCT_FIELDS, ...FUNCTIONS, 'not']],
    ['GET /services?$filter=isTerminated eq false |', ['and', 'or']],
    ['GET /services?$filter=(isTerminated eq false) |', ['and', 'or']],
    ['GET /services?$filter=(|', [...SERVICE_FIELDS, ...FUNCTIONS, 'not']],
    ['GET /services?$filter=contains(|', ['name', 'terminationCause', 'concat', 'tolower', 'toupper', 'trim', 'substring']],
    ['GET /services?$filter=year(|', ['terminationDate', 'date', 'now', 'mindatetime', 'maxdatetime']],
    ['GET /services?$filter=contains(name,|', ["'…'"]],
    ['GET /services?$filter=contains(name |', []],
    ["GET /services?$filter=contains(name,'Go') |", ['eq', 'ne', 'and', 'or']],
    ['GET /services?$filter=tolower(name) |', COMPARE],
    ['GET /services?$filter=tolower(name) eq |', ["'…'"]],
    ['GET /services?$filter=year(terminationDate) eq 2025 |', ['and', 'or']],
    ["GET /products?$filter=type eq 'flinkey|' and id gt 5", ["'flinkey Box'", "'flinkey IQ'"]],
    ['GET /products?$filter=id eq 12|', []],
    ["GET /products?$filter=serialNumber eq 'SN|", []],
    ['GET /products?$filter=id eq 1 )|', []],
    ['GET /products?$orderby=|', PRODUCT_FIELDS],
    ['GET /products?$orderby=serialNumber |', ['asc', 'desc']],
    ['GET /products?$orderby=serialNumber d|', ['asc', 'desc']],
    ['GET /products?$orderby=serialNumber desc, |', PRODUCT_FIELDS.filter((f) => f !== 'serialNumber')],
    ['GET /products?$select=id,serialNumber,|', PRODUCT_FIELDS.filter((f) => f !== 'id' && f !== 'serialNumber')],
    ['GET /products?$select=id,|&$top=5', PRODUCT_FIELDS.filter((f) => f !== 'id')],
    ['GET /products?$top=|', []],
    ['GET /products?$skip=1|', []],
    ['GET /products?$unknown=|', []],
    ['GET /nowhere?|', [...OPTIONS, '$expand']],
    ['GET /nowhere?$filter=|', []],
    ['GET /|', PATHS],
    ['GET /pro|', PATHS],
    ['GET /products/42/|', ['services', 'cars']],
    ['GET /cars/42/|', ['assignments', 'events']],
    ['GET /groups/7/|', ['cars']],
    ['GET /brands/BMW/|', ['keys']],
    ['GET /users/42/|', []],
    ['GET /services/42/|', ['products']],
    ['GET /products/|', []],
    ['|', ['GET', ...PATHS.map((p) => `GET /${p}`)]],
    ['G|', ['GET', ...PATHS.map((p) => `GET /${p}`)]],
    ['# a comment |', []],
    ['// GET /products?|', []],
    ['### |', []],
  ];
  for (const [marked, want] of exact) {
    it(`${JSON.stringify(marked)} → ${want.length} items`, () => {
      assert.deepStrictEqual(labels(marked).sort(), [...want].sort());
    });
  }

  it('continuation lines and later blocks complete with their own block', () => {
    assert.deepStrictEqual(labels('GET /services?$filter=isTerminated eq false\n  &$orderby=name |').sort(), ['asc', 'desc']);
    assert.deepStrictEqual(labels('GET /products?$top=1\n\n###\nGET /services?$filter=isTerminated eq |').sort(), ['false', 'true']);
    assert.deepStrictEqual(labels('GET /products\n  ?$filter=type |').sort(), ['eq', 'in', 'ne']);
    assert.deepStrictEqual(labels('GET /products?$top=1\r\n\r\nGET /services?$select=|').sort(), [...SERVICE_FIELDS, '*'].sort());
    // A comment line inside a block is skipped; the options continue after it.
    assert.deepStrictEqual(labels('GET /products?$filter=id gt 5\n# sorted\n&$orderby=id |').sort(), ['asc', 'desc']);
  });

  it('replace ranges cover exactly the word being typed', () => {
    const check = (marked: string, label: string, replaced: string) => {
      const { text, offset } = atCursor(marked);
      const item = complete(text, offset, { now: NOW }).find((e) => e.label === label);
      assert.ok(item, `${label} offered`);
      assert.strictEqual(text.slice(item.start, item.end), replaced, marked);
    };
    check('GET /products?$fil|', '$filter', '$fil');
    check('GET /products?fil|', '$filter', 'fil');
    check('GET /products?$fil|ter=id eq 1', '$filter', '$filter=');
    check('GET /products?$filter=ser|', 'serialNumber', 'ser');
    check('GET /products?$filter=type e|', 'eq', 'e');
    check("GET /products?$filter=type eq 'fl|", "'flinkey IQ'", "'fl");
    check("GET /products?$filter=type eq '|'", "'flinkey IQ'", "''");
    check('GET /products?$orderby=id, ser|', 'serialNumber', 'ser');
    check('GET /products?$orderby=id de|', 'desc', 'de');
    check('GET /products?$select=id,ser|', 'serialNumber', 'ser');
    check('GET /pro|', 'products', 'pro');
    check('GET /products/42/ca|', 'cars', 'ca');
    check('  G|', 'GET', 'G');
    check('GET /products?$top=1\n  &$filter=ty|', 'type', 'ty');
  });

  it('items carry what to insert, a detail and documentation', () => {
    const items = sorted('GET /products?$filter=|');
    assert.strictEqual(items[0].kind, 'field');
    const type = items.find((e) => e.label === 'type')!;
    assert.match(type.documentation, /flinkey Box/);
    assert.strictEqual(type.detail, 'string');
    const dtts = items.find((e) => e.label === 'dongleTerminationTimeStamp')!;
    assert.strictEqual(dtts.detail, 'date-time or null');
    const contains = items.find((e) => e.label === 'contains')!;
    assert.deepStrictEqual([contains.kind, contains.insertText, contains.snippet], ['function', 'contains($1)', true]);
    assert.match(contains.detail, /contains\(text, search\)/);
    const filter = complete('GET /products?', 14).find((e) => e.label === '$filter')!;
    assert.deepStrictEqual([filter.kind, filter.insertText, filter.retrigger], ['option', '$filter=', true]);
    assert.match(filter.documentation, /Keeps the rows/);
    const desc = complete('GET /products?$orderby=id ', 26).find((e) => e.label === 'desc')!;
    assert.deepStrictEqual([desc.kind, desc.detail, desc.documentation], ['keyword', 'descending', 'Largest first.']);
    const all = complete('GET /products?$select=', 22).find((e) => e.label === '*')!;
    assert.deepStrictEqual([all.detail, all.documentation], ['all fields', '`*` selects every field.']);
    const eq = complete('GET /products?$filter=id ', 25).find((e) => e.label === 'eq')!;
    assert.deepStrictEqual([eq.kind, eq.insertText], ['operator', 'eq ']);
    const path = complete('GET /', 5).find((e) => e.label === 'products/{id}/cars')!;
    assert.deepStrictEqual([path.insertText, path.snippet], ['products/${1:id}/cars', true]);
    assert.match(path.documentation, /car/);
  });

  it('orders fields before functions, and likely values first', () => {
    const kinds = sorted('GET /services?$filter=|').map((e) => e.kind);
    assert.strictEqual(kinds.lastIndexOf('field') < kinds.indexOf('function'), true);
    assert.strictEqual(sorted('GET /products?$filter=dongleTerminationTimeStamp eq |').pop()!.label, 'null');
    const now = complete('GET /services?$filter=', 22).find((e) => e.label === 'now')!;
    assert.deepStrictEqual([now.insertText, now.snippet], ['now()', undefined]);
    assert.strictEqual(sorted('GET /products?$filter=id |')[0].label, 'eq');
  });
});
