// What each canonical function computes. Arguments are never null here: a null argument makes the call null
// before it gets here (§5.1.1.4). Values of the wrong kind give null too, never an exception.
import { cast } from './cast';
import { DateValue, dayOf, Duration, Instant, MAX_INSTANT, MIN_INSTANT, timeOf, TimeValue, type Value } from './values';

export interface CallContext {
  now: Instant;
  /** Compiles a pattern once per request; throws a plain Error for one that is no regular expression. */
  regex(pattern: string): RegExp;
  /** Fails the request with a reason (a negative substring length, say). */
  fail(message: string): never;
}

type Impl = (args: Value[], ctx: CallContext) => Value;

const str = (v: Value): string | null => (typeof v === 'string' ? v : null);
const num = (v: Value): number | null => (typeof v === 'number' ? v : null);
const text1 =
  (f: (a: string) => Value): Impl =>
  (v) =>
    str(v[0]) === null ? null : f(v[0] as string);
const text2 =
  (f: (a: string, b: string) => Value): Impl =>
  (v) =>
    str(v[0]) === null || str(v[1]) === null ? null : f(v[0] as string, v[1] as string);

/** The wall-clock parts of a date, date-time (in its own offset) or time of day. */
function clock(v: Value): Date | null {
  if (v instanceof Instant) return v.local();
  if (v instanceof DateValue || v instanceof TimeValue) return new Date(v.ms);
  return null;
}

/** `dates`: false for hour/minute/second, which a date alone does not have. */
function part(f: (d: Date) => number, dates = true): Impl {
  return (v) => {
    const d = !dates && v[0] instanceof DateValue ? null : clock(v[0]);
    return d === null ? null : f(d);
  };
}

function substring(v: Value[], ctx: CallContext): Value {
  const s = str(v[0]);
  const start = num(v[1]);
  const count = v.length > 2 ? num(v[2]) : undefined;
  if (s === null || start === null || count === null) return null;
  if (count !== undefined && count < 0) ctx.fail('a negative length makes substring a bad request');
  // A negative start counts from the end, where a server supports it.
  const from = start < 0 ? Math.max(0, s.length + start) : start;
  return count === undefined ? s.slice(from) : s.slice(from, from + count);
}

/** Half away from zero: 0.5 → 1, -0.5 → -1. */
const round = (x: number): number => Math.sign(x) * Math.round(Math.abs(x));

export const FUNCTION_IMPLS: Record<string, Impl> = {
  concat: text2((a, b) => a + b),
  contains: text2((a, b) => a.includes(b)),
  startswith: text2((a, b) => a.startsWith(b)),
  endswith: text2((a, b) => a.endsWith(b)),
  indexof: text2((a, b) => a.indexOf(b)),
  length: text1((a) => a.length),
  matchesPattern: (v, ctx) => (str(v[0]) === null || str(v[1]) === null ? null : ctx.regex(v[1] as string).test(v[0] as string)),
  substring,
  tolower: text1((a) => a.toLowerCase()),
  toupper: text1((a) => a.toUpperCase()),
  trim: text1((a) => a.trim()),
  year: part((d) => d.getUTCFullYear()),
  month: part((d) => d.getUTCMonth() + 1),
  day: part((d) => d.getUTCDate()),
  hour: part((d) => d.getUTCHours(), false),
  minute: part((d) => d.getUTCMinutes(), false),
  second: part((d) => d.getUTCSeconds(), false),
  fractionalseconds: (v) => {
    const x = v[0];
    if (x instanceof Instant) return (((x.ms % 1000) + 1000) % 1000) / 1000;
    return x instanceof TimeValue ? (x.ms % 1000) / 1000 : null;
  },
  totalseconds: (v) => (v[0] instanceof Duration ? v[0].ms / 1000 : null),
  date: (v) => (v[0] instanceof Instant ? dayOf(v[0]) : null),
  time: (v) => (v[0] instanceof Instant ? timeOf(v[0]) : null),
  totaloffsetminutes: (v) => (v[0] instanceof Instant ? v[0].offset : null),
  now: (_v, ctx) => ctx.now,
  mindatetime: () => MIN_INSTANT,
  maxdatetime: () => MAX_INSTANT,
  round: (v) => (num(v[0]) === null ? null : round(v[0] as number)),
  floor: (v) => (num(v[0]) === null ? null : Math.floor(v[0] as number)),
  ceiling: (v) => (num(v[0]) === null ? null : Math.ceil(v[0] as number)),
  cast: (v) => cast(v[0], v[1] as string),
  isof: (v) => v[0] !== null && cast(v[0], v[1] as string) !== null,
};
