import * as assert from 'assert';
import {
  applyQuery,
  checkQuery,
  type Entity,
  ODataError,
  parseFilter,
  parseExpand,
  parseOrderBy,
  parseQueryText,
  parseSelect,
  tokenize,
} from '../../../../src/core/odata';
import { PRODUCTS, SERVICES } from './fixtures';

/** mulberry32: small, seeded, so a failure reproduces. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY = [
  'id',
  'name',
  'type',
  'isTerminated',
  'productId',
  'terminationDate',
  'serialNumber',
  'dongleTerminationTimeStamp',
  'foo',
  'eq',
  'ne',
  'gt',
  'ge',
  'lt',
  'le',
  'and',
  'or',
  'not',
  'in',
  'EQ',
  'And',
  '==',
  '&&',
  '!',
  '=',
  '(',
  ')',
  '(',
  ')',
  ',',
  '*',
  "'",
  "''",
  '"x"',
  "'flinkey IQ'",
  "'O''Neil'",
  "'Go'",
  "'",
  '0',
  '1',
  '-5',
  '12.5',
  '99999999999999999999',
  'true',
  'false',
  'null',
  'TRUE',
  '2026-01-01',
  '2026-01-01T00:00:00Z',
  '2026-01-01T00:00:00.5+02:00',
  '2026-13-01',
  '2026-01-01T',
  '2026-',
  'contains(',
  'startswith(',
  'tolower(',
  'length(',
  'substring(',
  'year(',
  'contans(',
  'indexof(',
  'asc',
  'desc',
  '$',
  '&',
  '?',
  '§',
  '\u{1F600}',
  '\t',
  '',
  'add',
  'sub',
  'mul',
  'div',
  'divby',
  'mod',
  'has',
  'Add',
  '-',
  '+',
  'now()',
  "duration'P1D'",
  "duration'PT'",
  "'P30D'",
  '1e5',
  '2.5E-3',
  'INF',
  '-INF',
  'NaN',
  '[',
  ']',
  '"x"',
  '@a',
  '@b',
  '$it',
  '$it/name',
  'userData/firstName',
  '/',
  'concat(',
  'matchesPattern(',
  'case(',
  ':',
  'cast(',
  'isof(',
  'Edm.String',
  'Edm.Int32',
  'round(',
  'hour(',
  'date(',
  'totalseconds(',
  '07:30',
  '25:99',
  '01234567-89ab-cdef-0123-456789abcdef',
  '2026-01-01T00:00:00.1234567890123Z',
  "binary'AA'",
  '%20',
  '%',
  '\n',
];

const VALID = [
  "type eq 'flinkey IQ'",
  "isTerminated eq false and startswith(name,'Go')",
  'dongleTerminationTimeStamp ne null and dongleTerminationTimeStamp lt 2026-01-01T00:00:00Z',
  "not (contains(tolower(name),'golf') or productId in (1,2,3))",
  'year(terminationDate) eq 2025 and substring(name,1,2) ne length(name)',
  "$filter=type eq 'flinkey IQ'&$orderby=serialNumber desc&$top=50&$skip=100&$select=id,serialNumber",
  "terminationDate add duration'P30D' lt now() and id mod 2 eq 0",
  "case(id gt 5:'a',true:'b') eq 'a' or round(id divby 3) eq 2",
  "not id in (1,2) and concat(name,'x') ne 'y' and matchesPattern(name,'^G')",
  "$filter=name eq @n and id in @ids&@n='Golf'&@ids=[1,2]&$orderby=tolower(name) desc,id&$expand=keyForm($select=imageUrl)",
  '[name,terminationCause] in [["Polo","x"],["Golf",null]] and hour(terminationDate) ge 8 and time(terminationDate) lt 09:30',
];

const CHARS = '()\',= "&$?-:.TZ+0123456789abcdeqnotlgrAZ_*\u00e9\u{1F600}';
const ENTITIES: Entity[] = ['product', 'service', 'car'];

function soup(rand: () => number): string {
  const count = 1 + Math.floor(rand() * 12);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    parts.push(VOCABULARY[Math.floor(rand() * VOCABULARY.length)]);
  }
  return parts.join(rand() < 0.8 ? ' ' : '');
}

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)];
const FIELDS = ['id', 'name', 'type', 'isTerminated', 'productId', 'terminationDate', 'terminationCause', 'serialNumber', 'vin'];
const VALUES = ["'Golf'", "'flinkey IQ'", "''", '1', '-2', 'null', 'true', '2025-06-01', '2026-01-01T00:00:00Z'];

/** Grammar-shaped expressions: mostly well-formed, with random (often ill-typed) field/value pairs. */
function expression(rand: () => number, depth: number): string {
  const r = rand();
  if (depth > 3 || r < 0.35) {
    return `${pick(rand, FIELDS)} ${pick(rand, ['eq', 'ne', 'gt', 'ge', 'lt', 'le'])} ${pick(rand, VALUES)}`;
  }
  if (r < 0.45) {
    return `${pick(rand, FIELDS)} in (${pick(rand, VALUES)},${pick(rand, VALUES)})`;
  }
  if (r < 0.6) {
    const fn = pick(rand, ['contains', 'startswith', 'endswith']);
    return `${fn}(${pick(rand, ['tolower(name)', 'name', 'serialNumber', 'terminationCause', 'id'])},${pick(rand, VALUES)})`;
  }
  if (r < 0.7) {
    return `${pick(rand, ['year', 'month', 'day', 'length'])}(${pick(rand, FIELDS)}) ${pick(rand, ['eq', 'gt'])} ${pick(rand, VALUES)}`;
  }
  if (r < 0.75) {
    return `not (${expression(rand, depth + 1)})`;
  }
  if (r < 0.8) {
    const arith = pick(rand, ['add', 'sub', 'mul', 'div', 'divby', 'mod']);
    const operand = pick(rand, ['id', 'productId', '2', '0', '-1.5', "duration'P1D'", 'terminationDate', 'now()', 'null']);
    return `${pick(rand, FIELDS)} ${arith} ${operand} ${pick(rand, ['eq', 'lt', 'ge'])} ${pick(rand, VALUES)}`;
  }
  return `${expression(rand, depth + 1)} ${pick(rand, ['and', 'or'])} (${expression(rand, depth + 1)})`;
}

function mutate(rand: () => number, text: string): string {
  let out = text;
  const edits = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(rand() * (out.length + 1));
    const ch = [...CHARS][Math.floor(rand() * [...CHARS].length)];
    const op = rand();
    if (op < 0.34) {
      out = out.slice(0, at) + ch + out.slice(at);
    } else if (op < 0.67) {
      out = out.slice(0, at) + out.slice(at + 1);
    } else {
      out = out.slice(0, at) + ch + out.slice(at + 1);
    }
  }
  return out;
}

/** Either parses, or throws an ODataError whose position lies inside the text. Anything else fails. */
function parsesOrODataError(text: string, parse: (t: string) => unknown): boolean {
  try {
    parse(text);
    return true;
  } catch (e) {
    if (!(e instanceof ODataError)) {
      assert.fail(`${JSON.stringify(text)} threw ${e instanceof Error ? e.stack : String(e)}`);
    }
    const p = e.problem;
    assert.ok(p.offset >= 0 && p.length >= 0 && p.offset + p.length <= text.length, `${JSON.stringify(text)}: ${JSON.stringify(p)}`);
    assert.ok(p.message.length > 0);
    return false;
  }
}

/** Evaluation may only fail with an ODataError the server turns into a 400 (division by zero at run time). */
function evaluates<T>(run: () => T[]): T[] {
  try {
    return run();
  } catch (e) {
    if (!(e instanceof ODataError)) throw e;
    return [];
  }
}

describe('odata fuzz', function () {
  this.timeout(120_000);

  it('random token soups and mutations of valid queries: parse or ODataError, checkers never throw', () => {
    const rand = prng(20260101);
    let parsed = 0;
    let rejected = 0;
    let evaluated = 0;
    for (let i = 0; i < 5000; i++) {
      const kind = i % 4;
      const text =
        kind === 0
          ? soup(rand)
          : kind === 1
            ? mutate(rand, VALID[i % VALID.length])
            : kind === 2
              ? expression(rand, 0)
              : mutate(rand, expression(rand, 0));

      const tokens = tokenize(text);
      let last = -1;
      for (const t of tokens) {
        assert.strictEqual(text.slice(t.offset, t.offset + t.length), t.text);
        assert.ok(t.offset > last, 'tokens are in order');
        last = t.offset;
      }

      if (parsesOrODataError(text, parseFilter)) {
        parsed++;
      } else {
        rejected++;
      }
      parsesOrODataError(text, parseOrderBy);
      parsesOrODataError(text, parseSelect);
      parsesOrODataError(text, (t) => parseExpand(t));

      const entity = ENTITIES[i % ENTITIES.length];
      const aliases = i % 7 === 0 ? { a: text, b: '[1,2]' } : undefined;
      const options = { filter: text, orderby: i % 3 === 0 ? text : undefined, select: i % 5 === 0 ? text : undefined, aliases };
      const problems = checkQuery(options, entity);
      for (const p of problems) {
        const within = p.option.startsWith('@') ? options.aliases![p.option.slice(1) as 'a' | 'b'] : text;
        assert.ok(p.offset >= 0 && p.offset + p.length <= within.length, JSON.stringify(p));
      }
      // Whatever the checker passes, the evaluator must run without surprises.
      for (const [target, rows] of [
        ['product', PRODUCTS],
        ['service', SERVICES],
      ] as const) {
        if (!checkQuery({ filter: text }, target).some((p) => p.severity === 'error')) {
          const kept = evaluates(() => applyQuery<object>(rows, { filter: text, orderby: 'id desc' }, target));
          assert.ok(kept.length <= rows.length);
          evaluated++;
        }
        if (!checkQuery({ orderby: text }, target).some((p) => p.severity === 'error')) {
          assert.strictEqual(evaluates(() => applyQuery<object>(rows, { orderby: text }, target)).length, rows.length);
        }
      }

      for (const source of ['typed', 'url'] as const) {
        const input = parseQueryText(text, source);
        for (const p of input.problems) {
          const span = p.option === 'query' ? { start: 0, end: text.length } : input.spans[p.option];
          assert.ok(span, `problem for ${p.option} without a span`);
        }
      }
    }
    // The generator must exercise both outcomes, or the test proves little.
    assert.ok(parsed > 1000 && rejected > 1000 && evaluated > 100, `parsed ${parsed}, rejected ${rejected}, evaluated ${evaluated}`);
  });
});
