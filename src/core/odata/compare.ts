// Equality and order of runtime values as §5.1.1.1 defines them: null equals only null, NaN equals nothing,
// -INF < numbers < INF, false < true, date-times compare as instants whatever their offsets.
import { DateValue, Duration, Instant, temporalMs, TimeValue } from './values';

export function equalValues(a: unknown, b: unknown): boolean {
  if (a === null || b === null) return a === b;
  const ta = temporalMs(a);
  const tb = temporalMs(b);
  if (ta !== undefined || tb !== undefined) return ta !== undefined && ta === tb && sameKind(a, b);
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => equalValues(x, b[i]));
  }
  if (typeof a === 'object' && typeof b === 'object') return sameObject(a as Record<string, unknown>, b as Record<string, unknown>);
  return a === b;
}

/** Dates and date-times compare with each other (as UTC midnight); durations only with durations. */
function sameKind(a: unknown, b: unknown): boolean {
  const kind = (v: unknown) =>
    v instanceof Instant || v instanceof DateValue ? 0 : v instanceof TimeValue ? 1 : v instanceof Duration ? 2 : 3;
  return kind(a) === kind(b);
}

function sameObject(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => equalValues(a[k] ?? null, b[k] ?? null));
}

/** <0, 0, >0, or undefined when the two cannot be ordered (null, NaN, different kinds). */
export function compareValues(a: unknown, b: unknown): number | undefined {
  if (a === null || b === null) return undefined;
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a) || Number.isNaN(b)) return undefined;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const ta = temporalMs(a);
  const tb = temporalMs(b);
  if (ta !== undefined && tb !== undefined && sameKind(a, b)) return ta < tb ? -1 : ta > tb ? 1 : 0;
  return undefined;
}

/** For $orderby: a total order with nulls (and NaN) first, so sorting never sees an undefined answer. */
export function sortCompare(a: unknown, b: unknown): number {
  const rank = (v: unknown) => (v === null || v === undefined ? 0 : typeof v === 'number' && Number.isNaN(v) ? 1 : 2);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== 2 || rb !== 2) return ra - rb;
  return compareValues(a, b) ?? 0;
}
