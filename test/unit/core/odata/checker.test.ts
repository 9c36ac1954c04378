import * as assert from 'assert';
import { checkQuery, type Entity, type QueryOptions, SCHEMAS } from '../../../../src/core/odata';

type Row = [Entity, QueryOptions, string, number, number, string, ('error' | 'warning')?];

describe('odata checkQuery', () => {
  // [entity, options, option, offset, length, message fragment, severity]
  const problems: Row[] = [
    [
      'product',
      { filter: "serialNumbr eq 'x'" },
      'filter',
      0,
      11,
      "unknown field 'serialNumbr' on products — did you mean 'serialNumber'?",
    ],
    ['product', { filter: "SerialNumber eq 'x'" }, 'filter', 0, 12, "did you mean 'serialNumber'?"],
    ['service', { filter: 'isTerminatd' }, 'filter', 0, 11, "unknown field 'isTerminatd' on services — did you mean 'isTerminated'?"],
    ['car', { filter: "colour eq 'red'" }, 'filter', 0, 6, "unknown field 'colour' on cars"],
    ['car', { filter: 'brand eq Audi' }, 'filter', 9, 4, "unknown field 'Audi' on cars — if you meant text, write 'Audi'"],
    ['product', { filter: "id eq 'x'" }, 'filter', 0, 9, "'id' is a number, 'x' is a string"],
    ['service', { filter: "isTerminated eq 'false'" }, 'filter', 0, 23, "'isTerminated' is true/false, 'false' is a string"],
    ['service', { filter: "terminationDate lt '2026-01-01'" }, 'filter', 0, 31, 'write date-times without quotes'],
    ['product', { filter: 'serialNumber gt 5' }, 'filter', 0, 17, "'serialNumber' is a string, 5 is a number"],
    ['product', { filter: "type eq 'flinkey Bx'" }, 'filter', 8, 12, "expected 'flinkey Box' or 'flinkey IQ'"],
    ['product', { filter: "type in ('flinkey IQ','iq')" }, 'filter', 22, 4, "'iq' is not a valid type"],
    ['product', { filter: "contains(id,'1')" }, 'filter', 9, 2, 'contains needs a string as its 1st argument'],
    ['product', { filter: 'startswith(serialNumber,1)' }, 'filter', 24, 1, 'needs a string as its 2nd argument'],
    ['service', { filter: 'year(name) eq 2025' }, 'filter', 5, 4, 'year needs a date-time'],
    ['service', { filter: "substring(name,'1') eq 'x'" }, 'filter', 15, 3, 'needs a number as its 2nd argument'],
    ['service', { filter: "length(name) eq 'x'" }, 'filter', 0, 19, 'length(…) is a number'],
    ['service', { filter: 'name' }, 'filter', 0, 4, 'a filter must be a true/false condition'],
    ['service', { filter: "not name eq 'x'" }, 'filter', 4, 4, "'not' needs a true/false condition"],
    ['service', { filter: 'isTerminated and name' }, 'filter', 17, 4, "'and' joins true/false conditions"],
    ['service', { filter: 'isTerminated gt false' }, 'filter', 0, 21, "'gt' compares numbers, strings or date-times"],
    ['service', { filter: 'productId gt null' }, 'filter', 0, 17, 'always false', 'warning'],
    ['service', { filter: 'id eq null' }, 'filter', 0, 10, 'never null', 'warning'],
    ['service', { filter: 'id eq' }, 'filter', 3, 2, "expected a value after 'eq'"],
    [
      'product',
      { orderby: 'serialNumbr desc' },
      'orderby',
      0,
      11,
      "unknown field 'serialNumbr' on products — did you mean 'serialNumber'?",
    ],
    ['product', { orderby: 'id, foo' }, 'orderby', 4, 3, "unknown field 'foo'"],
    ['product', { orderby: 'id DESC' }, 'orderby', 3, 4, "did you mean 'desc'?"],
    ['product', { orderby: 'id sideways' }, 'orderby', 3, 8, "expected 'asc', 'desc' or ','"],
    ['product', { orderby: 'id,' }, 'orderby', 2, 1, "expected a field name after ','"],
    ['product', { orderby: 'tolower(id)' }, 'orderby', 0, 7, 'field names only'],
    ['car', { select: 'id,nmae' }, 'select', 3, 4, "unknown field 'nmae' on cars — did you mean 'name'?"],
    ['car', { select: 'id name' }, 'select', 3, 4, "expected ',' after 'id'"],
    ['car', { select: 'id,id' }, 'select', 3, 2, 'listed more than once', 'warning'],
    ['car', { top: -1 }, 'top', 0, 2, '$top must be a whole number ≥ 0'],
    ['car', { skip: 1.5 }, 'skip', 0, 3, '$skip must be a whole number ≥ 0'],
  ];
  for (const [entity, options, option, offset, length, fragment, severity] of problems) {
    it(`${entity} ${JSON.stringify(options)} → ${fragment}`, () => {
      const found = checkQuery(options, entity);
      assert.strictEqual(found.length, 1, JSON.stringify(found));
      const p = found[0];
      assert.ok(p.message.includes(fragment), `message was: ${p.message}`);
      assert.deepStrictEqual([p.option, p.offset, p.length, p.severity], [option, offset, length, severity ?? 'error'], p.message);
    });
  }

  const fine: [Entity, QueryOptions][] = [
    ['product', { filter: "type eq 'flinkey IQ'", orderby: 'serialNumber desc', top: 50, skip: 100, select: 'id,serialNumber' }],
    ['product', { filter: 'dongleTerminationTimeStamp ne null and dongleTerminationTimeStamp lt 2026-01-01T00:00:00Z' }],
    ['service', { filter: "isTerminated eq false and startswith(name,'Go')" }],
    ['service', { filter: 'isTerminated' }],
    ['service', { filter: 'not isTerminated' }],
    ['service', { filter: 'productId eq null or productId in (1, 2)' }],
    ['service', { filter: 'terminationDate ge 2025-06-01 and year(terminationDate) eq 2025' }],
    ['service', { filter: "contains(tolower(terminationCause), 'stolen')" }],
    ['car', { filter: "brand eq 'VW' and length(vin) eq 17", orderby: 'brand, model desc', select: '*' }],
    ['car', { filter: '', orderby: '  ', select: undefined }],
    ['product', {}],
  ];
  for (const [entity, options] of fine) {
    it(`accepts ${entity} ${JSON.stringify(options)}`, () => assert.deepStrictEqual(checkQuery(options, entity), []));
  }

  it('reports problems of several options at once', () => {
    const found = checkQuery({ filter: 'nope eq 1', orderby: 'nope', select: 'nope', top: -5 }, 'car');
    assert.deepStrictEqual(
      found.map((p) => p.option),
      ['filter', 'orderby', 'select', 'top'],
    );
  });

  it('reports every unknown field in one filter, once each', () => {
    const found = checkQuery({ filter: "foo eq 1 and bar in ('a','b')" }, 'car');
    assert.deepStrictEqual(
      found.map((p) => p.offset),
      [0, 13],
    );
  });

  it('SCHEMAS match the reference pages', () => {
    assert.deepStrictEqual(
      SCHEMAS.product.map((f) => f.name),
      ['id', 'uniqueId', 'serialNumber', 'sapNumber', 'dongleTerminationTimeStamp', 'type'],
    );
    assert.deepStrictEqual(
      SCHEMAS.service.map((f) => f.name),
      ['id', 'name', 'productId', 'isTerminated', 'terminationDate', 'terminationCause'],
    );
    assert.deepStrictEqual(
      SCHEMAS.car.map((f) => f.name),
      ['id', 'name', 'description', 'vin', 'licensePlate', 'brand', 'model'],
    );
    for (const list of Object.values(SCHEMAS)) {
      for (const f of list) {
        assert.ok(f.description.length > 5 && f.description.length < 80, f.name);
      }
    }
  });
});
