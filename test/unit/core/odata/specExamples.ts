// The examples of OData 4.01 URL conventions §5.1.1 (operators, functions, literals, aliases), adapted to the
// flinkey fields, each with the result the specification states for it, written as an independent predicate.
// The same table runs through the parser/checker/evaluator, the query box's check and the sandbox over HTTP.
import * as assert from 'assert';
import type { Product, Service } from '../../../../src/core/api/models';
import { parseQueryText, type QueryOptions } from '../../../../src/core/odata';

type Row = Record<string, unknown>;

export interface ValidExample {
  /** Section of the specification, and in our words what the example shows. */
  section: string;
  what: string;
  entity: 'service' | 'product';
  /** As typed in the query box. */
  query: string;
  /** The rows the specification says match. */
  keep: (row: Row) => boolean;
  /** When the query sorts: the key, and whether it is descending. */
  sort?: { key: (row: Row) => string | number | boolean | null; desc?: boolean };
  /** Warnings the check must give (fragments), and nothing else. */
  warnings?: string[];
}

export interface InvalidExample {
  section: string;
  what: string;
  entity: 'service' | 'product';
  query: string;
  /** Where the error is, in the query text, and a fragment of its message. */
  at: string;
  message: string;
}

const svc = (r: Row) => r as unknown as Service;
const prd = (r: Row) => r as unknown as Product;
const ms = (v: string) => Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(v) ? v : `${v}Z`);
/** A clock field of a date-time as written (its own zone): hh at 11, mm at 14, ss at 17. */
const clock = (v: string | null, at: number): number | null => (v === null ? null : Number(v.slice(at, at + 2)));
const NOW = Date.now();

export const VALID: ValidExample[] = [
  // §5.1.1.1 logical operators
  { section: '5.1.1.1.12', what: 'eq on a string', entity: 'service', query: "name eq 'Golf'", keep: (r) => svc(r).name === 'Golf' },
  { section: '5.1.1.1.12', what: 'ne on a string', entity: 'service', query: "name ne 'Golf'", keep: (r) => svc(r).name !== 'Golf' },
  { section: '5.1.1.1.12', what: 'gt on a string', entity: 'service', query: "name gt 'Golf'", keep: (r) => svc(r).name > 'Golf' },
  { section: '5.1.1.1.12', what: 'ge on a string', entity: 'service', query: "name ge 'Golf'", keep: (r) => svc(r).name >= 'Golf' },
  { section: '5.1.1.1.12', what: 'lt on a string', entity: 'service', query: "name lt 'Golf'", keep: (r) => svc(r).name < 'Golf' },
  { section: '5.1.1.1.12', what: 'le on a string', entity: 'service', query: "name le 'Golf'", keep: (r) => svc(r).name <= 'Golf' },
  {
    section: '5.1.1.1.12',
    what: 'and',
    entity: 'service',
    query: "name eq 'Golf' and id lt 105",
    keep: (r) => svc(r).name === 'Golf' && svc(r).id < 105,
  },
  {
    section: '5.1.1.1.12',
    what: 'or',
    entity: 'service',
    query: "name eq 'Golf' or id lt 103",
    keep: (r) => svc(r).name === 'Golf' || svc(r).id < 103,
  },
  {
    section: '5.1.1.1.12',
    what: 'not with a function',
    entity: 'service',
    query: "not endswith(name,'olf')",
    keep: (r) => !svc(r).name.endsWith('olf'),
  },
  {
    section: '5.1.1.1.12',
    what: 'in with a list',
    entity: 'service',
    query: "name in ('Golf', 'Polo')",
    keep: (r) => ['Golf', 'Polo'].includes(svc(r).name),
  },
  {
    section: '5.1.1.1.12',
    what: 'in with a JSON array',
    entity: 'service',
    query: 'name in ["Golf", "Polo"]',
    keep: (r) => ['Golf', 'Polo'].includes(svc(r).name),
  },
  {
    section: '5.1.1.1.12',
    what: 'operators in upper and mixed case (4.01)',
    entity: 'service',
    query: "name EQ 'Golf' OR id Lt 103",
    keep: (r) => svc(r).name === 'Golf' || svc(r).id < 103,
    warnings: ["'EQ' works on OData 4.01", "'OR' works on OData 4.01", "'Lt' works on OData 4.01"],
  },
  {
    section: '5.1.1.1.10',
    what: 'in binds tighter than not',
    entity: 'service',
    query: 'not id in (101,102)',
    keep: (r) => ![101, 102].includes(svc(r).id),
  },
  {
    section: '5.1.1.1.1',
    what: 'true is greater than false',
    entity: 'service',
    query: 'isTerminated gt false',
    keep: (r) => svc(r).isTerminated,
  },
  {
    section: '5.1.1.1.3',
    what: 'null is never greater',
    entity: 'service',
    query: 'productId gt null',
    keep: () => false,
    warnings: ['always false'],
  },
  // §5.1.1.2 arithmetic operators
  { section: '5.1.1.2.7', what: 'add', entity: 'service', query: 'id add 2.5 eq 103.5', keep: (r) => svc(r).id === 101 },
  { section: '5.1.1.2.7', what: 'sub', entity: 'service', query: 'id sub 0.5 eq 101.5', keep: (r) => svc(r).id === 102 },
  { section: '5.1.1.2.7', what: 'mul', entity: 'service', query: 'id mul 2.0 eq 206', keep: (r) => svc(r).id === 103 },
  { section: '5.1.1.2.7', what: 'div with a decimal', entity: 'service', query: 'id div 103.0 eq 1', keep: (r) => svc(r).id === 103 },
  {
    section: '5.1.1.2.7',
    what: 'div of integers truncates',
    entity: 'service',
    query: 'id div 2 eq 52',
    keep: (r) => [104, 105].includes(svc(r).id),
  },
  { section: '5.1.1.2.7', what: 'divby gives a decimal', entity: 'service', query: 'id divby 2 eq 52.5', keep: (r) => svc(r).id === 105 },
  { section: '5.1.1.2.7', what: 'mod', entity: 'service', query: 'id mod 5 eq 0', keep: (r) => svc(r).id % 5 === 0 },
  {
    section: '5.1.1.2.6',
    what: 'mod keeps the sign of the left side',
    entity: 'service',
    query: '-id mod 5 eq -1',
    keep: (r) => svc(r).id % 5 === 1,
  },
  { section: '5.1.1.2.3', what: 'negation', entity: 'service', query: '-id lt -110', keep: (r) => svc(r).id > 110 },
  { section: '5.1.1.3', what: 'grouping', entity: 'service', query: '(4 add 5) mod (4 sub 1) eq 0', keep: () => true },
  { section: '5.1.1.15', what: 'mul before add', entity: 'service', query: 'id add 1 mul 2 eq 103', keep: (r) => svc(r).id === 101 },
  // §5.1.1.5–7 string functions
  {
    section: '5.1.1.5.1',
    what: 'concat',
    entity: 'service',
    query: "concat(concat(name,', '),terminationCause) eq 'Polo, contract ended'",
    keep: (r) => `${svc(r).name}, ${svc(r).terminationCause}` === 'Polo, contract ended',
  },
  { section: '5.1.1.5.2', what: 'contains', entity: 'service', query: "contains(name,'ol')", keep: (r) => svc(r).name.includes('ol') },
  { section: '5.1.1.5.3', what: 'endswith', entity: 'service', query: "endswith(name,'an')", keep: (r) => svc(r).name.endsWith('an') },
  {
    section: '5.1.1.5.4',
    what: 'indexof',
    entity: 'service',
    query: "indexof(name,'olf') eq 1",
    keep: (r) => svc(r).name.indexOf('olf') === 1,
  },
  { section: '5.1.1.5.5', what: 'length', entity: 'service', query: 'length(name) eq 4', keep: (r) => svc(r).name.length === 4 },
  {
    section: '5.1.1.5.6',
    what: 'startswith',
    entity: 'service',
    query: "startswith(name,'Go')",
    keep: (r) => svc(r).name.startsWith('Go'),
  },
  {
    section: '5.1.1.5.7',
    what: 'substring from',
    entity: 'service',
    query: "substring(name,1) eq 'olf'",
    keep: (r) => svc(r).name.slice(1) === 'olf',
  },
  {
    section: '5.1.1.5.7',
    what: 'substring with a length',
    entity: 'service',
    query: "substring(name,1,2) eq 'ol'",
    keep: (r) => svc(r).name.slice(1, 3) === 'ol',
  },
  {
    section: '5.1.1.7.1',
    what: 'matchesPattern',
    entity: 'service',
    query: "matchesPattern(name,'^G.*f$')",
    keep: (r) => /^G.*f$/.test(svc(r).name),
  },
  {
    section: '5.1.1.7.2',
    what: 'tolower',
    entity: 'service',
    query: "tolower(name) eq 'golf'",
    keep: (r) => svc(r).name.toLowerCase() === 'golf',
  },
  {
    section: '5.1.1.7.3',
    what: 'toupper',
    entity: 'service',
    query: "toupper(name) eq 'GOLF'",
    keep: (r) => svc(r).name.toUpperCase() === 'GOLF',
  },
  { section: '5.1.1.7.4', what: 'trim', entity: 'service', query: 'trim(name) eq name', keep: (r) => svc(r).name.trim() === svc(r).name },
  // §5.1.1.8 date and time functions (evaluated in the value's own time zone)
  {
    section: '5.1.1.8.2',
    what: 'day',
    entity: 'service',
    query: 'day(terminationDate) eq 1',
    keep: (r) => clock(svc(r).terminationDate, 8) === 1,
  },
  {
    section: '5.1.1.8.4',
    what: 'hour',
    entity: 'service',
    query: 'hour(terminationDate) eq 8',
    keep: (r) => clock(svc(r).terminationDate, 11) === 8,
  },
  {
    section: '5.1.1.8.7',
    what: 'minute',
    entity: 'service',
    query: 'minute(terminationDate) eq 0',
    keep: (r) => clock(svc(r).terminationDate, 14) === 0,
  },
  {
    section: '5.1.1.8.8',
    what: 'month',
    entity: 'service',
    query: 'month(terminationDate) eq 6',
    keep: (r) => clock(svc(r).terminationDate, 5) === 6,
  },
  {
    section: '5.1.1.8.10',
    what: 'second',
    entity: 'product',
    query: 'second(dongleTerminationTimeStamp) eq 59',
    keep: (r) => clock(prd(r).dongleTerminationTimeStamp, 17) === 59,
  },
  {
    section: '5.1.1.8.14',
    what: 'year',
    entity: 'service',
    query: 'year(terminationDate) eq 2025',
    keep: (r) => svc(r).terminationDate?.startsWith('2025') ?? false,
  },
  {
    section: '5.1.1.8.3',
    what: 'fractionalseconds',
    entity: 'product',
    query: 'fractionalseconds(dongleTerminationTimeStamp) gt 0.1',
    keep: (r) =>
      /\.(\d+)/.test(prd(r).dongleTerminationTimeStamp ?? '') &&
      Number(`0.${/\.(\d+)/.exec(prd(r).dongleTerminationTimeStamp!)![1]}`) > 0.1,
  },
  {
    section: '5.1.1.8.1',
    what: 'date',
    entity: 'service',
    query: 'date(terminationDate) eq 2025-06-01',
    keep: (r) => svc(r).terminationDate?.slice(0, 10) === '2025-06-01',
  },
  {
    section: '5.1.1.8.11',
    what: 'time',
    entity: 'service',
    query: 'time(terminationDate) lt 09:00',
    keep: (r) => svc(r).terminationDate !== null && Number(svc(r).terminationDate!.slice(11, 13)) < 9,
  },
  {
    section: '5.1.1.8.12',
    what: 'totaloffsetminutes',
    entity: 'service',
    query: 'totaloffsetminutes(terminationDate) eq 120',
    keep: (r) => svc(r).terminationDate?.endsWith('+02:00') ?? false,
  },
  {
    section: '5.1.1.8.9',
    what: 'now',
    entity: 'service',
    query: 'terminationDate lt now()',
    keep: (r) => svc(r).terminationDate !== null && ms(svc(r).terminationDate!) < NOW,
  },
  {
    section: '5.1.1.8.5',
    what: 'mindatetime and maxdatetime',
    entity: 'service',
    query: 'terminationDate gt mindatetime() and terminationDate lt maxdatetime()',
    keep: (r) => svc(r).terminationDate !== null,
  },
  {
    section: '5.1.1.2.1',
    what: 'date-time add duration',
    entity: 'service',
    query: "terminationDate add duration'P30D' lt 2025-07-01T00:00:00Z",
    keep: (r) => svc(r).terminationDate !== null && ms(svc(r).terminationDate!) + 30 * 86_400_000 < ms('2025-07-01T00:00:00Z'),
  },
  {
    section: '5.1.1.8.13',
    what: 'date-time minus date-time, totalseconds',
    entity: 'service',
    query: 'totalseconds(2026-01-01T00:00:00Z sub terminationDate) gt 15552000',
    keep: (r) => svc(r).terminationDate !== null && (ms('2026-01-01T00:00:00Z') - ms(svc(r).terminationDate!)) / 1000 > 15552000,
  },
  // §5.1.1.9 arithmetic functions
  {
    section: '5.1.1.9.1',
    what: 'ceiling',
    entity: 'service',
    query: 'ceiling(id divby 10) eq 11',
    keep: (r) => Math.ceil(svc(r).id / 10) === 11,
  },
  {
    section: '5.1.1.9.2',
    what: 'floor',
    entity: 'service',
    query: 'floor(id divby 10) eq 10',
    keep: (r) => Math.floor(svc(r).id / 10) === 10,
  },
  {
    section: '5.1.1.9.3',
    what: 'round, halves away from zero',
    entity: 'service',
    query: 'round(id divby 10) eq 11',
    keep: (r) => svc(r).id >= 105 && svc(r).id < 115,
  },
  {
    section: '5.1.1.9.3',
    what: 'round, a negative half away from zero',
    entity: 'service',
    query: 'round(-id divby 10) eq -11',
    keep: (r) => svc(r).id >= 105 && svc(r).id < 115,
  },
  // §5.1.1.10 type functions
  {
    section: '5.1.1.10.1',
    what: 'cast to a string',
    entity: 'service',
    query: "cast(id,Edm.String) eq '107'",
    keep: (r) => svc(r).id === 107,
  },
  {
    section: '5.1.1.10.2',
    what: 'isof',
    entity: 'service',
    query: 'isof(terminationCause,Edm.String)',
    keep: (r) => svc(r).terminationCause !== null,
  },
  // §5.1.1.12 case
  {
    section: '5.1.1.12',
    what: 'case',
    entity: 'service',
    query: 'case(id gt 110:1,id lt 105:-1,true:0) eq 0',
    keep: (r) => svc(r).id >= 105 && svc(r).id <= 110,
  },
  // §5.1.1.14 literals
  {
    section: '5.1.1.14.1',
    what: 'null',
    entity: 'service',
    query: 'terminationCause eq null',
    keep: (r) => svc(r).terminationCause === null,
  },
  { section: '5.1.1.14.1', what: 'true', entity: 'service', query: 'isTerminated eq true', keep: (r) => svc(r).isTerminated },
  { section: '5.1.1.14.1', what: 'false', entity: 'service', query: 'isTerminated eq false', keep: (r) => !svc(r).isTerminated },
  { section: '5.1.1.14.1', what: 'a negative integer', entity: 'service', query: 'id lt -128', keep: () => false },
  {
    section: '5.1.1.14.1',
    what: 'a double with an exponent',
    entity: 'service',
    query: 'id ge 0.31415926535897931e3',
    keep: (r) => svc(r).id > 314,
  },
  { section: '5.1.1.14.1', what: 'INF', entity: 'service', query: 'id lt INF and id gt -INF', keep: () => true },
  { section: '5.1.1.14.1', what: 'NaN equals nothing', entity: 'service', query: 'id divby 0 eq NaN', keep: () => false },
  { section: '5.1.1.14.1', what: 'a decimal', entity: 'service', query: 'id eq 101.0', keep: (r) => svc(r).id === 101 },
  {
    section: '5.1.1.14.1',
    what: 'a string with a doubled quote',
    entity: 'service',
    query: "name eq 'O''Neil Van'",
    keep: (r) => svc(r).name === "O'Neil Van",
  },
  {
    section: '5.1.1.14.1',
    what: 'a date-time with an offset',
    entity: 'service',
    query: 'terminationDate eq 2025-03-15T09:00:00+01:00',
    keep: (r) => svc(r).terminationDate !== null && ms(svc(r).terminationDate!) === ms('2025-03-15T08:00:00Z'),
  },
  {
    section: '5.1.1.14.1',
    what: 'a duration with and without its prefix',
    entity: 'service',
    query:
      "terminationDate add duration'P12DT23H59M59.999999999999S' gt 2025-12-30T00:00:00Z and terminationDate sub 'PT1H' lt 2026-03-01T00:00:00Z",
    keep: (r) =>
      svc(r).terminationDate !== null &&
      ms(svc(r).terminationDate!) + 13 * 86_400_000 > ms('2025-12-30T00:00:00Z') &&
      ms(svc(r).terminationDate!) - 3_600_000 < ms('2026-03-01T00:00:00Z'),
  },
  {
    section: '5.1.1.14.1',
    what: 'a time of day',
    entity: 'service',
    query: 'time(terminationDate) eq 08:00:00',
    keep: (r) => svc(r).terminationDate?.slice(11, 19) === '08:00:00',
  },
  {
    section: '5.1.1.14.1',
    what: 'a GUID',
    entity: 'service',
    query: "cast('01234567-89AB-cdef-0123-456789abcdef',Edm.Guid) eq 01234567-89ab-cdef-0123-456789abcdef",
    keep: () => true,
  },
  {
    section: '5.1.1.14.2',
    what: 'an array of fields in an array of arrays',
    entity: 'service',
    query: '[name,terminationCause] in [["Polo","contract ended"],["Golf","stolen"]]',
    keep: (r) =>
      (svc(r).name === 'Polo' && svc(r).terminationCause === 'contract ended') ||
      (svc(r).name === 'Golf' && svc(r).terminationCause === 'stolen'),
  },
  { section: '5.1.1.14.2', what: 'an empty array', entity: 'service', query: 'name in []', keep: () => false },
  { section: '5.1.1.14.4', what: '$it', entity: 'service', query: "endswith($it/name,'an')", keep: (r) => svc(r).name.endsWith('an') },
  // §5.1.1.13 operator precedence and numeric promotion
  {
    section: '5.1.1.15',
    what: 'a chained comparison',
    entity: 'service',
    query: 'id in (101,102) eq false',
    keep: (r) => ![101, 102].includes(svc(r).id),
  },
  { section: '5.1.1.16', what: 'int and decimal compare by value', entity: 'service', query: 'id divby 1 eq id', keep: () => true },
  // §5.1.4 orderby with expressions
  {
    section: '5.1.4',
    what: '$orderby by an expression',
    entity: 'service',
    query: '$orderby=tolower(name),id',
    keep: () => true,
    sort: { key: (r) => svc(r).name.toLowerCase() },
  },
  {
    section: '5.1.4',
    what: '$orderby by a computed number, descending',
    entity: 'service',
    query: '$orderby=id mod 4 desc,id',
    keep: () => true,
    sort: { key: (r) => svc(r).id % 4, desc: true },
  },
  // §5.2 parameter aliases
  {
    section: '5.2',
    what: 'an alias as a function argument',
    entity: 'service',
    query: "$filter=contains(@word,name)&@word='Golf Plus'",
    keep: (r) => 'Golf Plus'.includes(svc(r).name),
  },
  {
    section: '5.2',
    what: 'an alias as a value',
    entity: 'service',
    query: "$filter=name eq @title&@title='O''Neil Van'",
    keep: (r) => svc(r).name === "O'Neil Van",
  },
  {
    section: '5.2',
    what: 'an alias holding a JSON array',
    entity: 'service',
    query: '$filter=id in @ids&@ids=[101,103]',
    keep: (r) => [101, 103].includes(svc(r).id),
  },
];

export const INVALID: InvalidExample[] = [
  {
    section: 'ABNF',
    what: 'a blank between a function and (',
    entity: 'product',
    query: "contains (serialNumber,'x')",
    at: 'contains',
    message: "no blank between a function name and '('",
  },
  {
    section: 'ABNF',
    what: 'no blank before and',
    entity: 'service',
    query: 'id eq 1and id eq 2',
    at: 'and',
    message: "put a blank before 'and'",
  },
  {
    section: 'ABNF',
    what: '13 fraction digits',
    entity: 'service',
    query: 'terminationDate eq 2026-01-01T00:00:00.1234567890123Z',
    at: '2026-01-01T00:00:00.1234567890123Z',
    message: 'at most 12',
  },
  {
    section: '5.1.1.5.7',
    what: 'a negative substring length',
    entity: 'product',
    query: "substring(serialNumber,1,-1) eq 'x'",
    at: '-1',
    message: 'negative length',
  },
  {
    section: '5.1.1.1.11',
    what: 'has on a field without flags',
    entity: 'product',
    query: "type has 'flinkey IQ'",
    at: 'has',
    message: "'has' tests the flags",
  },
  {
    section: '5.1.1.2.1',
    what: 'a number plus a string',
    entity: 'service',
    query: "id add 'x' eq 1",
    at: "id add 'x'",
    message: "'add' cannot work",
  },
  { section: '5.1.1.2.6', what: 'mod by zero', entity: 'service', query: 'id mod 0 eq 1', at: '0', message: "'mod' by zero" },
  {
    section: '5.1.1.7.1',
    what: 'a pattern that is no regular expression',
    entity: 'service',
    query: "matchesPattern(name,'(')",
    at: "'('",
    message: 'not a valid ECMAScript regular expression',
  },
  {
    section: '5.1.1.14.2',
    what: 'a list of fields after in',
    entity: 'service',
    query: 'name in (name,terminationCause)',
    at: 'name,',
    message: 'holds values only',
  },
  {
    section: '5.1.1.14.2',
    what: 'a list not after in',
    entity: 'service',
    query: "name eq ('a','b')",
    at: ',',
    message: "can only follow 'in'",
  },
  {
    section: '5.1.1.8',
    what: 'a date-time without a zone',
    entity: 'service',
    query: 'terminationDate lt 2026-01-01T00:00:00',
    at: '2026-01-01T00:00:00',
    message: 'needs a time zone',
  },
  {
    section: 'ABNF',
    what: 'not without a blank',
    entity: 'service',
    query: 'not(isTerminated)',
    at: 'not',
    message: "put a blank after 'not'",
  },
];

/** The options of a query as typed in the box (a bare filter or $-options). */
export function optionsOf(query: string): QueryOptions {
  const parsed = parseQueryText(query);
  assert.deepStrictEqual(parsed.problems, [], query);
  return parsed.options;
}

/** The ids the specification's result says, in the order it says. */
export function expectedIds(rows: Record<string, unknown>[], example: (typeof VALID)[number]): number[] {
  const kept = rows.filter(example.keep);
  if (example.sort) {
    const { key, desc } = example.sort;
    const cmp = (a: Record<string, unknown>, b: Record<string, unknown>) => {
      const x = key(a);
      const y = key(b);
      const c = x === y ? 0 : x === null ? -1 : y === null ? 1 : x < y ? -1 : 1;
      return desc ? -c : c;
    };
    kept.sort((a, b) => cmp(a, b) || (a.id as number) - (b.id as number));
  }
  return kept.map((r) => r.id as number);
}
