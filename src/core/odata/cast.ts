// cast(value, Edm.X) by the assignment rules of §5.1.1.10: null casts to anything, primitives to Edm.String by
// their literal form, strings to a type when they hold its literal, numbers to each other with rounding.
// A cast that fails gives null.
import { DateValue, Duration, Instant, literalText, TimeValue, toDate, toDuration, toInstant, toTime, type Value } from './values';

const INT_RANGES: Record<string, [number, number]> = {
  'Edm.Byte': [0, 255],
  'Edm.SByte': [-128, 127],
  'Edm.Int16': [-32768, 32767],
  'Edm.Int32': [-2147483648, 2147483647],
  'Edm.Int64': [-(2 ** 63), 2 ** 63],
};
const DECIMALS = ['Edm.Decimal', 'Edm.Double', 'Edm.Single'];
const NUMBER = /^[+-]?(\d+(\.\d+)?([eE][+-]?\d+)?|INF)$|^NaN$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function cast(v: Value, type: string): Value {
  if (v === null) return null;
  if (type === 'Edm.String') return typeof v === 'object' && !isTemporal(v) ? null : literalText(v);
  if (typeof v === 'string') return fromString(v, type);
  if (typeof v === 'number') return toNumber(v, type);
  if (typeof v === 'boolean') return type === 'Edm.Boolean' ? v : null;
  if (v instanceof Instant) return type === 'Edm.DateTimeOffset' ? v : null;
  if (v instanceof DateValue) return type === 'Edm.Date' ? v : null;
  if (v instanceof TimeValue) return type === 'Edm.TimeOfDay' ? v : null;
  if (v instanceof Duration) return type === 'Edm.Duration' ? v : null;
  return null;
}

const isTemporal = (v: object): boolean =>
  v instanceof Instant || v instanceof DateValue || v instanceof TimeValue || v instanceof Duration;

function toNumber(n: number, type: string): Value {
  if (DECIMALS.includes(type)) return n;
  const range = INT_RANGES[type];
  if (!range || !Number.isFinite(n)) return null;
  const r = Math.sign(n) * Math.round(Math.abs(n));
  return r < range[0] || r > range[1] ? null : r;
}

function fromString(s: string, type: string): Value {
  if (INT_RANGES[type] || DECIMALS.includes(type)) {
    if (!NUMBER.test(s)) return null;
    const n = s.endsWith('INF') ? (s.startsWith('-') ? -Infinity : Infinity) : Number(s);
    return INT_RANGES[type] && !/^[+-]?\d+$/.test(s) ? null : toNumber(n, type);
  }
  switch (type) {
    case 'Edm.Boolean':
      return s === 'true' ? true : s === 'false' ? false : null;
    case 'Edm.DateTimeOffset':
      // A date-time without an offset is read as UTC (rule 11).
      return s.length > 10 ? toInstant(s) : null;
    case 'Edm.Date':
      return toDate(s);
    case 'Edm.TimeOfDay':
      return toTime(s);
    case 'Edm.Duration':
      return toDuration(s);
    case 'Edm.Guid':
      return GUID.test(s) ? s.toLowerCase() : null;
    default:
      return null;
  }
}
