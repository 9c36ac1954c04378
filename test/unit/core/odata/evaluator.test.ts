import * as assert from 'assert';
import { applyQuery, applyToOne, ODataError, type QueryOptions } from '../../../../src/core/odata';
import type { Product, Service } from '../../../../src/core/api/models';
import { PRODUCTS, SERVICES } from './fixtures';

const ms = (iso: string): number => Date.parse(iso);
const instant = (v: string | null): number | null => (v === null ? null : Date.parse(v));

const productCases: [string, (r: Product) => boolean][] = [
  ["type eq 'flinkey IQ'", (r) => r.type === 'flinkey IQ'],
  ["type ne 'flinkey IQ'", (r) => r.type !== 'flinkey IQ'],
  [
    'dongleTerminationTimeStamp ne null and dongleTerminationTimeStamp lt 2026-01-01T00:00:00Z',
    (r) => r.dongleTerminationTimeStamp !== null && ms(r.dongleTerminationTimeStamp) < ms('2026-01-01T00:00:00Z'),
  ],
  ['dongleTerminationTimeStamp eq null', (r) => r.dongleTerminationTimeStamp === null],
  ['dongleTerminationTimeStamp ge 2026-01-01', (r) => (instant(r.dongleTerminationTimeStamp) ?? -Infinity) >= Date.UTC(2026, 0, 1)],
  ['dongleTerminationTimeStamp eq 2026-01-01T01:00:00+01:00', (r) => instant(r.dongleTerminationTimeStamp) === Date.UTC(2026, 0, 1)],
  [
    'dongleTerminationTimeStamp gt 2026-01-01T01:00:00.000+01:00',
    (r) => (instant(r.dongleTerminationTimeStamp) ?? -Infinity) > Date.UTC(2026, 0, 1),
  ],
  ['id gt 5 and id le 12', (r) => r.id > 5 && r.id <= 12],
  ['id in (1, 3, 5, 99)', (r) => [1, 3, 5, 99].includes(r.id)],
  ["startswith(serialNumber,'SN-1')", (r) => r.serialNumber.startsWith('SN-1')],
  ["contains(sapNumber,'77') or endswith(uniqueId,'ff')", (r) => r.sapNumber.includes('77') || r.uniqueId.endsWith('ff')],
  ["not (type eq 'flinkey Box') and id lt 10", (r) => r.type !== 'flinkey Box' && r.id < 10],
  ['year(dongleTerminationTimeStamp) eq 2025', (r) => r.dongleTerminationTimeStamp?.slice(0, 4) === '2025'],
  ['length(serialNumber) eq 7', (r) => r.serialNumber.length === 7],
  ["tolower(serialNumber) eq 'sn-100a'", (r) => r.serialNumber.toLowerCase() === 'sn-100a'],
  ["serialNumber lt 'SN'", (r) => r.serialNumber < 'SN'],
];

const serviceCases: [string, (r: Service) => boolean][] = [
  ['isTerminated', (r) => r.isTerminated],
  ['not isTerminated', (r) => !r.isTerminated],
  ["isTerminated eq false and startswith(name,'Go')", (r) => !r.isTerminated && r.name.startsWith('Go')],
  ['productId eq null', (r) => r.productId === null || r.productId === undefined],
  ['productId ne null and productId lt 5', (r) => r.productId != null && r.productId < 5],
  [
    "terminationCause eq null or contains(terminationCause,'lost')",
    (r) => r.terminationCause === null || r.terminationCause.includes('lost'),
  ],
  ["contains(tolower(name),'golf')", (r) => r.name.toLowerCase().includes('golf')],
  ["indexof(name,'o') eq 1", (r) => r.name.indexOf('o') === 1],
  ["substring(name,1,3) eq 'olf'", (r) => r.name.slice(1, 4) === 'olf'],
  ["substring(name,2) eq 'lf'", (r) => r.name.slice(2) === 'lf'],
  ["name eq 'O''Neil Van'", (r) => r.name === "O'Neil Van"],
  ["name eq 'golf'", (r) => r.name === 'golf'],
  [
    'terminationDate lt 2025-06-01T00:00:00Z or terminationDate eq null',
    (r) => r.terminationDate === null || ms(r.terminationDate) < ms('2025-06-01T00:00:00Z'),
  ],
  ['month(terminationDate) ge 6', (r) => r.terminationDate !== null && Number(r.terminationDate.slice(5, 7)) >= 6],
  ["not contains(terminationCause,'lost')", (r) => r.terminationCause !== null && !r.terminationCause.includes('lost')],
  ['productId gt null', () => false],
  ['trim(name) ne name', (r) => r.name.trim() !== r.name],
  ["toupper(name) eq 'GOLF'", (r) => r.name.toUpperCase() === 'GOLF'],
  ["terminationCause eq ''", (r) => r.terminationCause === ''],
  ["name in ('Golf','Polo') and not isTerminated", (r) => ['Golf', 'Polo'].includes(r.name) && !r.isTerminated],
];

const ids = (rows: Partial<{ id: number }>[]): number[] => rows.map((r) => r.id!);

describe('odata applyQuery: $filter against independent predicates', () => {
  for (const [filter, predicate] of productCases) {
    it(`products: ${filter}`, () => {
      const expected = PRODUCTS.filter(predicate).map((r) => r.id);
      assert.deepStrictEqual(ids(applyQuery(PRODUCTS, { filter }, 'product')), expected);
    });
  }
  for (const [filter, predicate] of serviceCases) {
    it(`services: ${filter}`, () => {
      const expected = SERVICES.filter(predicate).map((r) => r.id);
      assert.deepStrictEqual(ids(applyQuery(SERVICES, { filter }, 'service')), expected);
    });
  }

  it('the cases are not trivial: most select some rows but not all', () => {
    const counts = [
      ...productCases.map(([f]) => applyQuery(PRODUCTS, { filter: f }, 'product').length / PRODUCTS.length),
      ...serviceCases.map(([f]) => applyQuery(SERVICES, { filter: f }, 'service').length / SERVICES.length),
    ];
    assert.ok(counts.filter((c) => c > 0 && c < 1).length >= counts.length - 2, JSON.stringify(counts));
  });
});

describe('odata applyQuery: orderby, skip, top, select', () => {
  it('sorts by several keys, stable, nulls first ascending and last descending', () => {
    const byCause = ids(applyQuery(SERVICES, { orderby: 'terminationCause' }, 'service'));
    const nullIds = SERVICES.filter((r) => r.terminationCause === null).map((r) => r.id);
    assert.deepStrictEqual(byCause.slice(0, nullIds.length), nullIds); // nulls first, in input order (stable)
    const desc = ids(applyQuery(SERVICES, { orderby: 'terminationCause desc' }, 'service'));
    assert.deepStrictEqual(desc.slice(-nullIds.length), nullIds);

    const expected = [...SERVICES]
      .sort((a, b) => Number(b.isTerminated) - Number(a.isTerminated) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map((r) => r.id);
    assert.deepStrictEqual(ids(applyQuery(SERVICES, { orderby: 'isTerminated desc, name asc' }, 'service')), expected);
  });

  it('orders date-times as instants, not as text', () => {
    const got = ids(
      applyQuery(PRODUCTS, { filter: 'dongleTerminationTimeStamp ne null', orderby: 'dongleTerminationTimeStamp' }, 'product'),
    );
    const expected = PRODUCTS.filter((r) => r.dongleTerminationTimeStamp !== null)
      .sort((a, b) => ms(a.dongleTerminationTimeStamp!) - ms(b.dongleTerminationTimeStamp!))
      .map((r) => r.id);
    assert.deepStrictEqual(got, expected);
    assert.ok(got.indexOf(7) < got.indexOf(13) && got.indexOf(13) < got.indexOf(4) && got.indexOf(4) < got.indexOf(3));
  });

  it('applies $skip before $top, after filter and order', () => {
    const all = ids(applyQuery(PRODUCTS, { orderby: 'serialNumber desc' }, 'product'));
    assert.deepStrictEqual(ids(applyQuery(PRODUCTS, { orderby: 'serialNumber desc', skip: 3, top: 4 }, 'product')), all.slice(3, 7));
    assert.deepStrictEqual(ids(applyQuery(PRODUCTS, { top: 0 }, 'product')), []);
    assert.deepStrictEqual(ids(applyQuery(PRODUCTS, { skip: 100 }, 'product')), []);
    const iq = PRODUCTS.filter((r) => r.type === 'flinkey IQ').map((r) => r.id);
    assert.deepStrictEqual(ids(applyQuery(PRODUCTS, { filter: "type eq 'flinkey IQ'", skip: 1, top: 2 }, 'product')), iq.slice(1, 3));
  });

  it('without $orderby, stops reading rows once the page is full', () => {
    let read = 0;
    // Rows that count how often the filter looks at them.
    const counted = PRODUCTS.map((p) => ({
      ...p,
      get type() {
        read++;
        return p.type;
      },
    }));
    const iq = PRODUCTS.filter((r) => r.type === 'flinkey IQ').map((r) => r.id);
    assert.deepStrictEqual(ids(applyQuery(counted, { filter: "type eq 'flinkey IQ'", skip: 1, top: 2 }, 'product')), iq.slice(1, 3));
    assert.strictEqual(read, PRODUCTS.findIndex((r) => r.id === iq[2]) + 1);
    read = 0;
    assert.deepStrictEqual(ids(applyQuery(counted, { filter: "type eq 'flinkey IQ'", skip: 2 }, 'product')), iq.slice(2));
    assert.strictEqual(read, PRODUCTS.length);
    assert.deepStrictEqual(ids(applyQuery(counted, { filter: "type eq 'flinkey IQ'", top: 0 }, 'product')), []);
  });

  it('$select keeps the listed fields in the listed order', () => {
    const rows = applyQuery(PRODUCTS, { select: 'serialNumber,id', top: 2 }, 'product');
    assert.deepStrictEqual(rows, [
      { serialNumber: 'SN-100A', id: 1 },
      { serialNumber: 'SN-100B', id: 2 },
    ]);
    assert.deepStrictEqual(Object.keys(rows[0]), ['serialNumber', 'id']);
    assert.deepStrictEqual(applyQuery(PRODUCTS, { select: '*', top: 1 }, 'product'), [PRODUCTS[0]]);
    assert.deepStrictEqual(applyQuery(SERVICES, { select: 'id,productId', filter: 'id eq 107' }, 'service'), [{ id: 107 }]);
  });

  it('does not change the input array', () => {
    const before = JSON.stringify(PRODUCTS);
    applyQuery(PRODUCTS, { orderby: 'id desc', select: 'id' }, 'product');
    assert.strictEqual(JSON.stringify(PRODUCTS), before);
  });

  it('throws ODataError on syntax and schema problems, not on warnings', () => {
    const bad: QueryOptions[] = [
      { filter: 'id eq' },
      { filter: "serialNumbr eq 'x'" },
      { orderby: 'nope' },
      { select: 'id,nope' },
      { top: -1 },
    ];
    for (const options of bad) {
      assert.throws(() => applyQuery(PRODUCTS, options, 'product'), ODataError, JSON.stringify(options));
    }
    assert.throws(
      () => applyQuery(PRODUCTS, { filter: "id add 'x' eq 1" }, 'product'),
      (e: unknown) => e instanceof ODataError && e.problem.message.includes("'add' cannot work on a whole number and a string"),
    );
    // Warnings never block: an undocumented enum value, null compared, upper-case operators.
    assert.deepStrictEqual(applyQuery(PRODUCTS, { filter: "type eq 'flinkey Bx'" }, 'product'), []);
    assert.deepStrictEqual(applyQuery(PRODUCTS, { filter: 'id eq null' }, 'product'), []);
    assert.deepStrictEqual(ids(applyQuery(PRODUCTS, { filter: 'id EQ 3 OR id Eq 4' }, 'product')), [3, 4]);
  });

  it('what fails at run time fails the request with a positioned reason, never a crash', () => {
    const reason = (options: QueryOptions) => {
      try {
        applyQuery(SERVICES, options, 'service');
      } catch (e) {
        assert.ok(e instanceof ODataError, String(e));
        return [e.problem.option, e.problem.offset, e.problem.message];
      }
      return undefined;
    };
    // A divisor that is zero only for some rows: the check cannot know, the evaluation stops with the reason.
    assert.deepStrictEqual(reason({ filter: 'id mod (id sub 101) eq 0' }), ['filter', 3, "'mod' by zero fails the request"]);
    assert.deepStrictEqual(reason({ orderby: 'id div (id sub 101)' }), ['orderby', 3, "'div' by zero fails the request"]);
    assert.deepStrictEqual(reason({ filter: "substring(name,0,id sub 102) eq 'G'" }), [
      'filter',
      0,
      'a negative length makes substring a bad request',
    ]);
    assert.match(String(reason({ filter: "matchesPattern(name,concat('(',name))" })?.[2]), /^not a valid ECMAScript regular expression/);
    // Decimal division by zero is INF, not a failure.
    assert.deepStrictEqual(ids(applyQuery(SERVICES, { filter: 'id divby (id sub 101) eq INF' }, 'service')), [101]);
  });

  it('now() is the clock of the request, taken once', () => {
    const now = new Date('2025-06-01T00:00:00Z');
    const got = ids(applyQuery(SERVICES, { filter: 'terminationDate lt now()' }, 'service', { now }));
    assert.deepStrictEqual(
      got,
      SERVICES.filter((r) => r.terminationDate !== null && ms(r.terminationDate) < now.getTime()).map((r) => r.id),
    );
    assert.ok(got.length > 0 && got.length < SERVICES.filter((r) => r.terminationDate).length);
  });

  it('applyToOne validates everything and applies only $select', () => {
    const row = SERVICES[0];
    assert.deepStrictEqual(applyToOne(row, { select: 'name,id' }, 'service'), { name: 'Golf', id: 101 });
    assert.strictEqual(applyToOne(row, { top: 0, filter: 'id eq 999' }, 'service'), row);
    assert.throws(() => applyToOne(row, { filter: 'nme eq 1' }, 'service'), ODataError);
    assert.throws(() => applyToOne(row, { top: 1.5 }, 'service'), ODataError);
  });
});

describe('odata applyQuery: speed on 200,000 rows', function () {
  this.timeout(60_000);
  it('filters, sorts and pages a large fleet', () => {
    let seed = 42;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const rows: Service[] = [];
    for (let i = 0; i < 200_000; i++) {
      const terminated = next() < 0.3;
      const day = 1 + Math.floor(next() * 28);
      rows.push({
        id: i + 1,
        name: `${['Golf', 'Polo', 'Caddy'][Math.floor(next() * 3)]} ${i}`,
        productId: next() < 0.1 ? null : i + 1,
        isTerminated: terminated,
        terminationDate: terminated ? `2025-0${1 + Math.floor(next() * 9)}-${String(day).padStart(2, '0')}T00:00:00Z` : null,
        terminationCause: terminated ? 'ended' : null,
      });
    }
    const filter = "isTerminated and startswith(name,'Go') and terminationDate ge 2025-05-01T00:00:00Z and productId ne null";
    const expected = rows.filter(
      (r) => r.isTerminated && r.name.startsWith('Go') && ms(r.terminationDate!) >= ms('2025-05-01T00:00:00Z') && r.productId !== null,
    );
    const got = applyQuery(rows, { filter, orderby: 'terminationDate desc,id', skip: 10, top: 100 }, 'service');
    assert.strictEqual(got.length, 100);
    const sorted = [...expected].sort((a, b) => ms(b.terminationDate!) - ms(a.terminationDate!) || a.id - b.id);
    assert.deepStrictEqual(
      ids(got),
      sorted.slice(10, 110).map((r) => r.id),
    );
  });
});
