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
    ['car', { filter: 'brand eq Audi' }, 'filter', 9, 4, "'brand' is text, so its value needs single quotes: write 'Audi'"],
    ['product', { filter: 'id eq abc' }, 'filter', 6, 3, "unknown field 'abc' on products — if you meant text, write 'abc'"],
    ['product', { filter: "id eq 'x'" }, 'filter', 0, 9, "'id' is a whole number, 'x' is a string"],
    ['service', { filter: "isTerminated eq 'false'" }, 'filter', 0, 23, "'isTerminated' is true/false, 'false' is a string"],
    ['service', { filter: "terminationDate lt '2026-01-01'" }, 'filter', 0, 31, 'write date-times without quotes'],
    ['product', { filter: 'serialNumber gt 5' }, 'filter', 0, 17, "'serialNumber' is a string, 5 is a whole number"],
    [
      'product',
      { filter: "type eq 'flinkey Bx'" },
      'filter',
      8,
      12,
      "not a documented value of type — did you mean 'flinkey Box'?",
      'warning',
    ],
    ['product', { filter: "type in ('flinkey IQ','zz')" }, 'filter', 22, 4, "expected 'flinkey Box' or 'flinkey IQ'", 'warning'],
    ['product', { filter: "contains(id,'1')" }, 'filter', 9, 2, 'contains needs a string as its 1st argument'],
    ['product', { filter: 'startswith(serialNumber,1)' }, 'filter', 24, 1, 'needs a string as its 2nd argument'],
    ['service', { filter: 'year(name) eq 2025' }, 'filter', 5, 4, 'year needs a date or date-time'],
    ['service', { filter: "substring(name,'1') eq 'x'" }, 'filter', 15, 3, 'needs a whole number as its 2nd argument'],
    ['service', { filter: "length(name) eq 'x'" }, 'filter', 0, 19, "'length(name)' is a whole number"],
    ['service', { filter: 'name' }, 'filter', 0, 4, 'a filter must be a true/false condition'],
    ['service', { filter: "not name eq 'x'" }, 'filter', 4, 4, "'not' needs a true/false condition"],
    ['service', { filter: 'isTerminated and name' }, 'filter', 17, 4, "'and' joins true/false conditions"],
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
    ['product', { orderby: 'id DESC' }, 'orderby', 3, 4, "4.0 servers need 'desc'", 'warning'],
    ['product', { orderby: 'id descending' }, 'orderby', 3, 10, "did you mean 'desc'?"],
    ['product', { orderby: 'id sideways' }, 'orderby', 3, 8, "expected 'asc', 'desc' or ','"],
    ['product', { orderby: 'id,' }, 'orderby', 2, 1, "expected a field name after ','"],
    ['product', { orderby: 'tolower(id)' }, 'orderby', 8, 2, 'tolower needs a string as its 1st argument'],
    ['car', { select: 'id,nmae' }, 'select', 3, 4, "unknown field 'nmae' on cars — did you mean 'name'?"],
    ['car', { select: 'id name' }, 'select', 3, 4, "expected ',' after 'id'"],
    ['car', { select: 'id,id' }, 'select', 3, 2, 'listed more than once', 'warning'],
    ['car', { top: -1 }, 'top', 0, 2, '$top must be a whole number ≥ 0'],
    // Errors: what cannot work.
    ['service', { filter: "id add 'x' eq 1" }, 'filter', 0, 10, "'add' cannot work on a whole number and a string"],
    ['service', { filter: 'name add 1 eq 2' }, 'filter', 0, 10, 'to join texts use concat(a, b)'],
    ['service', { filter: "substring(name,1,-1) eq 'x'" }, 'filter', 17, 2, 'a negative length makes substring a bad request'],
    ['service', { filter: 'id mod 0 eq 1' }, 'filter', 7, 1, "'mod' by zero fails the request"],
    ['service', { filter: 'id div 0 eq 1' }, 'filter', 7, 1, "'div' by zero fails the request"],
    [
      'service',
      { filter: 'id eq 1 eq 2' },
      'filter',
      0,
      12,
      "'id eq 1' is true/false, 2 is a whole number — comparisons cannot be chained",
    ],
    ['service', { filter: "matchesPattern(name,'(a')" }, 'filter', 20, 4, 'not a valid ECMAScript regular expression'],
    ['service', { filter: 'hour(id) eq 1' }, 'filter', 5, 2, 'hour needs a date-time or time of day'],
    ['service', { filter: "terminationDate add 'x' lt now()" }, 'filter', 0, 23, "'add' cannot work on a date-time and a string"],
    [
      'service',
      { filter: 'terminationDate add 5 lt now()' },
      'filter',
      0,
      21,
      "add a duration to a date-time, e.g. terminationDate add duration'P30D'",
    ],
    ['service', { filter: 'id in (name)' }, 'filter', 7, 4, "'in' needs a list on its right"],
    ['service', { filter: "name in ('a', 1)" }, 'filter', 14, 1, "'name' is a string, 1 is a whole number"],
    ['service', { filter: 'substring(name,1.5) eq name' }, 'filter', 15, 3, 'needs a whole number as its 2nd argument'],
    ['service', { filter: "cast(name,Edm.Strin) eq 'x'" }, 'filter', 10, 9, "unknown type 'Edm.Strin' — did you mean 'Edm.String'?"],
    ['service', { filter: 'now' }, 'filter', 0, 3, "unknown field 'now' on services — did you mean now()?"],
    ['service', { filter: 'id/x eq 1' }, 'filter', 3, 1, "'id' is a whole number; it has no field 'x'"],
    ['service', { filter: "-name eq 'x'" }, 'filter', 1, 4, "'-' changes the sign of numbers and durations"],
    ['service', { filter: 'terminationDate eq 1' }, 'filter', 0, 20, "'terminationDate' is a date-time, 1 is a whole number"],
    ['service', { filter: 'case(id:1) eq 1' }, 'filter', 5, 2, 'each case condition must be true/false'],
    ['service', { filter: '$it eq 1' }, 'filter', 0, 8, '$it is the whole record, 1 is a whole number'],
    ['service', { filter: 'name eq @x', aliases: { x: 'nme' } }, '@x', 0, 3, "unknown field 'nme' on services — did you mean 'name'?"],
    ['product', { filter: 'uniqueId ne 01234567-89ab-cdef-0123-456789abcdef' }, 'filter', 0, 48, 'is a GUID — write text in single quotes'],
    // Warnings: legal, probably unintended; never block sending.
    ['service', { filter: 'id EQ 1' }, 'filter', 3, 2, "'EQ' works on OData 4.01 servers, but 4.0 servers need 'eq'", 'warning'],
    ['service', { filter: 'name eq @n' }, 'filter', 8, 2, '@n has no value, so it is null', 'warning'],
    ['service', { filter: 'id eq 1', aliases: { n: '1' } }, '@n', 0, 1, '@n is given but not used', 'warning'],
    ['service', { filter: "substring(name,-2) eq 'lf'" }, 'filter', 15, 2, 'a negative start counts from the end', 'warning'],
    [
      'service',
      { filter: "case(isTerminated:1,true:'x') eq 1" },
      'filter',
      25,
      3,
      'servers may refuse results of different types',
      'warning',
    ],
    ['service', { filter: 'isof(name,Model.Thing)' }, 'filter', 10, 11, 'not an Edm type this extension knows', 'warning'],
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
    // Valid OData the server answers; the check must not block any of it.
    ['service', { filter: 'terminationDate lt now()' }],
    ['service', { filter: 'id mod 2 eq 0' }],
    ['car', { filter: "concat(brand,model) eq 'AudiA4'" }],
    ['service', { filter: 'round(id divby 3) eq 4 and floor(id div 2) eq ceiling(1.5)' }],
    ['service', { filter: 'hour(terminationDate) eq 8 and minute(terminationDate) ge 30 and second(terminationDate) lt 1' }],
    ['service', { filter: 'date(terminationDate) eq 2026-01-01' }],
    ['service', { filter: "terminationDate add duration'P30D' lt now()" }],
    ['service', { filter: "terminationDate add 'P30D' lt now() and now() sub terminationDate gt duration'PT12H'" }],
    ['service', { filter: 'id eq 1e5 or id eq -INF or id eq 2.5' }],
    ['service', { filter: 'id in [1,2]' }],
    ['service', { filter: 'not id in (1,2)' }],
    ['service', { filter: 'isTerminated gt false' }],
    ['service', { filter: 'id in (1,2) eq false' }],
    ['service', { filter: 'id in ()' }],
    ['service', { filter: 'id eq 1 eq true' }],
    ['service', { filter: "$it/name eq 'Golf' and isof($it/name,Edm.String)" }],
    ['service', { filter: "cast(id,Edm.String) eq '101' and cast('5',Edm.Int32) eq 5" }],
    ['service', { filter: "case(isTerminated:'ended',true:'active') eq 'ended'" }],
    ['service', { filter: 'time(terminationDate) lt 08:00 and totaloffsetminutes(terminationDate) eq 60' }],
    ['service', { filter: "fractionalseconds(terminationDate) lt 0.5 and totalseconds(duration'PT1M') eq 60" }],
    ['service', { filter: "matchesPattern(name,'^G.*f$')" }],
    ['service', { filter: 'terminationDate gt mindatetime() and terminationDate lt maxdatetime()' }],
    ['service', { filter: 'name eq @n and id in @ids', aliases: { n: "'Golf'", ids: '[101,102]' } }],
    ['service', { filter: 'terminationCause eq null or length(trim(terminationCause)) ge 0' }],
    ['service', { orderby: "tolower(name) desc, id mod 10, terminationDate add duration'P1D'" }],
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
