// Turns a checked expression into a closure once, so rows are tested without re-walking the tree.
// Semantics of §5.1.1: null propagates through operators and functions, and/or/not use three-valued logic,
// integer div truncates while divby gives decimals, mod keeps the sign of the left operand.
import * as l10n from '@vscode/l10n';
import type { ArithNode, FilterNode, LiteralNode } from './ast';
import type { Checker } from './checker';
import { compareValues, equalValues } from './compare';
import { type CallContext, FUNCTION_IMPLS } from './functionImpls';
import { fail, type ProblemOption } from './problem';
import { DateValue, Duration, Instant, toDate, toDuration, toInstant, toTime, type Value } from './values';

type Row = Record<string, unknown>;
export type Fn = (row: Row) => Value;

export interface EvalOptions {
  /** The server's clock for now(); taken once per request. */
  now?: Date;
}

const DAY = 86_400_000;

export class Compiler {
  private readonly regexes = new Map<string, RegExp>();
  private readonly aliasFns = new Map<string, Fn>();
  private readonly now: Instant;

  /** `option`: where runtime failures (division by zero) are reported. */
  constructor(
    private readonly checker: Checker,
    private readonly option: ProblemOption,
    opts: EvalOptions = {},
  ) {
    this.now = new Instant((opts.now ?? new Date()).getTime(), 0);
  }

  /** What a call needs at run time; failures point at the call. */
  private callContext(at: { offset: number; length: number }): CallContext {
    const failHere = (message: string): never => fail(this.option, at.offset, at.length, message);
    return {
      now: this.now,
      fail: failHere,
      regex: (pattern) => {
        let re = this.regexes.get(pattern);
        if (!re) {
          try {
            re = new RegExp(pattern);
          } catch (e) {
            return failHere(l10n.t('not a valid ECMAScript regular expression: {0}', e instanceof Error ? e.message : String(e)));
          }
          this.regexes.set(pattern, re);
        }
        return re;
      },
    };
  }

  compile(node: FilterNode): Fn {
    switch (node.kind) {
      case 'literal': {
        const value = this.literal(node);
        return () => value;
      }
      case 'field':
        return this.field(
          node.segments.map((s) => s.name),
          this.checker.types.get(node),
        );
      case 'it':
        return (row) => row;
      case 'alias':
        return this.alias(node.name);
      case 'list': {
        const items = node.items.map((i) => this.compile(i));
        return (row) => items.map((f) => f(row));
      }
      case 'and':
      case 'or': {
        const fns = node.operands.map((o) => this.compile(o));
        return node.kind === 'and' ? (row) => all(fns, row) : (row) => any(fns, row);
      }
      case 'not': {
        const inner = this.compile(node.operand);
        return (row) => {
          const v = inner(row);
          return v === true ? false : v === false ? true : null;
        };
      }
      case 'negate': {
        const inner = this.compile(node.operand);
        return (row) => {
          const v = inner(row);
          return typeof v === 'number' ? -v : v instanceof Duration ? new Duration(-v.ms) : null;
        };
      }
      case 'compare': {
        const l = this.compile(node.left);
        const r = this.compile(node.right);
        const op = node.op;
        if (op === 'eq') return (row) => equalValues(l(row), r(row));
        if (op === 'ne') return (row) => !equalValues(l(row), r(row));
        const test = ORDER[op];
        return (row) => {
          const c = compareValues(l(row), r(row));
          return c !== undefined && test(c);
        };
      }
      case 'in': {
        const l = this.compile(node.left);
        const r = this.compile(node.right);
        return (row) => {
          const list = r(row);
          if (!Array.isArray(list)) return null;
          const v = l(row);
          return list.some((item) => equalValues(v, item as Value));
        };
      }
      case 'arith':
        return this.arith(node);
      case 'call': {
        const args = node.args.map((a) => (a.kind === 'type' ? () => a.name : this.compile(a)));
        const impl = FUNCTION_IMPLS[node.name];
        const ctx = this.callContext(node);
        return (row) => {
          const values = args.map((a) => a(row));
          return values.some((v) => v === null) ? null : impl(values, ctx);
        };
      }
      case 'case': {
        const pairs = node.pairs.map((p) => ({ when: this.compile(p.when), then: this.compile(p.then) }));
        return (row) => {
          for (const p of pairs) if (p.when(row) === true) return p.then(row);
          return null;
        };
      }
      case 'type':
        return () => node.name;
    }
  }

  private literal(node: LiteralNode): Value {
    const v = node.value;
    switch (node.type) {
      case 'datetime':
        return toInstant(v as string);
      case 'date':
        return toDate(v as string);
      case 'time':
        return toTime(v as string);
      case 'duration':
        return toDuration(v as string);
      case 'guid':
        return (v as string).toLowerCase();
      case 'string':
        return this.checker.durations.has(node) ? toDuration(v as string) : v;
      default:
        return v;
    }
  }

  /** Reads a path; date-time fields arrive as text and become instants. */
  private field(path: string[], type: string | undefined): Fn {
    const read = (row: Row): unknown => {
      let v: unknown = row;
      for (const name of path) {
        if (v === null || typeof v !== 'object') return null;
        v = (v as Row)[name];
      }
      return v ?? null;
    };
    if (type === 'datetime') return (row) => asInstant(read(row));
    return read as Fn;
  }

  private alias(name: string): Fn {
    let fn = this.aliasFns.get(name);
    if (!fn) {
      const node = this.checker.aliases.get(name)?.node;
      fn = node ? this.compile(node) : () => null;
      this.aliasFns.set(name, fn);
    }
    return fn;
  }

  private arith(node: ArithNode): Fn {
    const l = this.compile(node.left);
    const r = this.compile(node.right);
    const ints = this.checker.types.get(node.left) === 'int' && this.checker.types.get(node.right) === 'int';
    const op = node.op;
    const divisionByZero = () => fail(this.option, node.opOffset, op.length, l10n.t("'{0}' by zero fails the request", op));
    return (row) => {
      const a = l(row);
      const b = r(row);
      if (a === null || b === null) return null;
      if (typeof a === 'number' && typeof b === 'number') {
        if ((op === 'mod' || (op === 'div' && ints)) && b === 0) divisionByZero();
        return numeric(op, a, b, ints);
      }
      return temporal(op, a, b);
    };
  }
}

const ORDER: Record<string, (c: number) => boolean> = { gt: (c) => c > 0, ge: (c) => c >= 0, lt: (c) => c < 0, le: (c) => c <= 0 };

function asInstant(v: unknown): Value {
  if (typeof v !== 'string') return v ?? null;
  return toInstant(v);
}

function numeric(op: string, a: number, b: number, ints: boolean): number {
  switch (op) {
    case 'add':
      return a + b;
    case 'sub':
      return a - b;
    case 'mul':
      return a * b;
    case 'div':
      return ints ? Math.trunc(a / b) : a / b;
    case 'divby':
      return a / b;
    default:
      return a % b; // the sign of the left operand, as OData's mod
  }
}

/** Date-time ± duration, date ± duration, duration arithmetic and differences of instants. */
function temporal(op: string, a: Value, b: Value): Value {
  if (b instanceof Duration && (op === 'add' || op === 'sub')) {
    const d = op === 'add' ? b.ms : -b.ms;
    if (a instanceof Instant) return new Instant(a.ms + d, a.offset);
    // A date plus a duration: midnight plus the duration, cut back to its day (XML Schema E.3.3).
    if (a instanceof DateValue) return new DateValue(Math.floor((a.ms + d) / DAY) * DAY);
    if (a instanceof Duration) return new Duration(a.ms + d);
  }
  if (op === 'add' && a instanceof Duration && (b instanceof Instant || b instanceof DateValue)) return temporal('add', b, a);
  if (op === 'sub' && ((a instanceof Instant && b instanceof Instant) || (a instanceof DateValue && b instanceof DateValue))) {
    return new Duration(a.ms - b.ms);
  }
  if (a instanceof Duration && typeof b === 'number') return new Duration(op === 'mul' ? a.ms * b : a.ms / b);
  if (typeof a === 'number' && b instanceof Duration && op === 'mul') return new Duration(a * b.ms);
  return null;
}

// Three-valued logic: null means "unknown", which a filter treats as not matching.
function all(fns: Fn[], row: Row): boolean | null {
  let result: boolean | null = true;
  for (const fn of fns) {
    const v = fn(row);
    if (v === false) return false;
    if (v !== true) result = null;
  }
  return result;
}

function any(fns: Fn[], row: Row): boolean | null {
  let result: boolean | null = false;
  for (const fn of fns) {
    const v = fn(row);
    if (v === true) return true;
    if (v !== false) result = null;
  }
  return result;
}
