// Turns a checked $filter tree into a closure once, so rows are tested without re-walking the tree's text.
import { type FilterNode } from './ast';
import { fieldType, type ValueType } from './checkFilter';
import { readPath } from './fieldPath';
import { type Entity, findField } from './schema';

type Row = Record<string, unknown>;
type Fn = (row: Row) => unknown;

interface Compiled {
  fn: Fn;
  type: ValueType;
}

/** Keeps a row only when the filter is exactly true (null and false both drop it, as in OData). */
export function compileFilter(node: FilterNode, entity: Entity): (row: object) => boolean {
  const { fn } = compile(node, entity);
  return (row) => fn(row as Row) === true;
}

/** Date-time values flow as their text; comparisons turn them into instants (ms). */
export function toInstant(v: unknown): number | null {
  if (typeof v === 'number') {
    return v;
  }
  if (typeof v !== 'string') {
    return null;
  }
  // A date-time without a zone would be read as local time; the API means UTC.
  const zoned = v.length <= 10 || hasZone(v) ? v : v + 'Z';
  const ms = Date.parse(zoned);
  return Number.isNaN(ms) ? null : ms;
}

function compile(node: FilterNode, entity: Entity): Compiled {
  switch (node.kind) {
    case 'field': {
      const f = findField(entity, node.name);
      const name = node.name;
      return { fn: (row) => readPath(row, name) ?? null, type: f ? fieldType(f) : 'unknown' };
    }
    case 'literal': {
      const value = node.value;
      return { fn: () => value, type: node.type === 'date' ? 'datetime' : node.type };
    }
    case 'not': {
      const inner = compile(node.operand, entity).fn;
      return { fn: (row) => not(inner(row)), type: 'boolean' };
    }
    case 'and':
    case 'or': {
      const fns = node.operands.map((o) => compile(o, entity).fn);
      return { fn: node.kind === 'and' ? (row) => all(fns, row) : (row) => any(fns, row), type: 'boolean' };
    }
    case 'compare': {
      const left = compile(node.left, entity);
      const right = compile(node.right, entity);
      const asInstants = left.type === 'datetime' || right.type === 'datetime';
      const l = asInstants ? instantOf(left.fn) : left.fn;
      const r = asInstants ? instantOf(right.fn) : right.fn;
      const test = COMPARE[node.op];
      return { fn: (row) => test(l(row), r(row)), type: 'boolean' };
    }
    case 'in': {
      const left = compile(node.left, entity);
      const asInstants = left.type === 'datetime';
      const l = asInstants ? instantOf(left.fn) : left.fn;
      const values = node.items.map((i) => (asInstants ? toInstant(i.value) : i.value));
      return { fn: (row) => in_(l(row), values), type: 'boolean' };
    }
    case 'call': {
      const args = node.args.map((a) => compile(a, entity).fn);
      const impl = FUNCTION_IMPLS[node.name];
      return {
        fn: (row) => {
          const values = args.map((a) => a(row));
          // Functions on null give null, so the surrounding comparison is false.
          return values.some((v) => v === null) ? null : impl(values);
        },
        type: 'unknown',
      };
    }
  }
}

function hasZone(v: string): boolean {
  for (let i = 11; i < v.length; i++) {
    if (v[i] === 'Z' || v[i] === 'z' || v[i] === '+' || v[i] === '-') {
      return true;
    }
  }
  return false;
}

function instantOf(fn: Fn): Fn {
  return (row) => toInstant(fn(row));
}

function not(v: unknown): boolean | null {
  return v === true ? false : v === false ? true : null;
}

// Three-valued logic: null means "unknown", which a filter treats as not matching.
function all(fns: Fn[], row: Row): boolean | null {
  let result: boolean | null = true;
  for (const fn of fns) {
    const v = fn(row);
    if (v === false) {
      return false;
    }
    if (v !== true) {
      result = null;
    }
  }
  return result;
}

function any(fns: Fn[], row: Row): boolean | null {
  let result: boolean | null = false;
  for (const fn of fns) {
    const v = fn(row);
    if (v === true) {
      return true;
    }
    if (v !== false) {
      result = null;
    }
  }
  return result;
}

function equal(a: unknown, b: unknown): boolean {
  return a === b; // null eq null is true, null eq anything else false
}

function ordered(test: (a: never, b: never) => boolean): (a: unknown, b: unknown) => boolean {
  return (a, b) => a !== null && b !== null && typeof a === typeof b && test(a as never, b as never);
}

const COMPARE: Record<string, (a: unknown, b: unknown) => boolean> = {
  eq: equal,
  ne: (a, b) => !equal(a, b),
  gt: ordered((a, b) => a > b),
  ge: ordered((a, b) => a >= b),
  lt: ordered((a, b) => a < b),
  le: ordered((a, b) => a <= b),
};

function in_(v: unknown, values: unknown[]): boolean {
  for (const item of values) {
    if (equal(v, item)) {
      return true;
    }
  }
  return false;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

function datePart(v: unknown, start: number, end: number): number | null {
  const s = str(v);
  if (s === null || s.length < 10 || s[4] !== '-' || s[7] !== '-') {
    return null;
  }
  // The text's own calendar fields, as OData's year()/month()/day() read them (not converted to UTC).
  const n = Number(s.slice(start, end));
  return Number.isInteger(n) ? n : null;
}

/** Inputs are never null here (the caller short-circuits); wrong runtime types give null. */
function text2(values: unknown[], f: (a: string, b: string) => unknown): unknown {
  const a = str(values[0]);
  const b = str(values[1]);
  return a === null || b === null ? null : f(a, b);
}

function text1(values: unknown[], f: (a: string) => unknown): unknown {
  const a = str(values[0]);
  return a === null ? null : f(a);
}

const FUNCTION_IMPLS: Record<string, (values: unknown[]) => unknown> = {
  contains: (v) => text2(v, (a, b) => a.includes(b)),
  startswith: (v) => text2(v, (a, b) => a.startsWith(b)),
  endswith: (v) => text2(v, (a, b) => a.endsWith(b)),
  indexof: (v) => text2(v, (a, b) => a.indexOf(b)),
  tolower: (v) => text1(v, (a) => a.toLowerCase()),
  toupper: (v) => text1(v, (a) => a.toUpperCase()),
  trim: (v) => text1(v, (a) => a.trim()),
  length: (v) => text1(v, (a) => a.length),
  substring: (v) => {
    const s = str(v[0]);
    const start = num(v[1]);
    const count = v.length > 2 ? num(v[2]) : undefined;
    if (s === null || start === null || count === null) {
      return null;
    }
    const from = Math.max(0, start);
    return count === undefined ? s.slice(from) : s.slice(from, from + Math.max(0, count));
  },
  year: (v) => datePart(v[0], 0, 4),
  month: (v) => datePart(v[0], 5, 7),
  day: (v) => datePart(v[0], 8, 10),
};
