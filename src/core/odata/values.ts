// Runtime values of the evaluator besides strings, numbers, booleans, arrays and null: points in time keep their
// offset (hour() and day() read the clock of the value's own zone), dates, times of day and durations.
import { durationMs } from './literals';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Edm.DateTimeOffset: the instant (UTC ms, with sub-ms fraction) and the offset it was written in (minutes). */
export class Instant {
  constructor(
    readonly ms: number,
    readonly offset: number,
  ) {}
  /** The wall clock of the value's own zone, as a UTC Date. */
  local(): Date {
    return new Date(Math.floor(this.ms + this.offset * MINUTE));
  }
  /** Sub-millisecond part of the fraction (0 ≤ x < 1 ms). */
  subMs(): number {
    return this.ms - Math.floor(this.ms);
  }
}

/** Edm.Date, held as UTC midnight. */
export class DateValue {
  constructor(readonly ms: number) {}
}

/** Edm.TimeOfDay: ms since midnight. */
export class TimeValue {
  constructor(readonly ms: number) {}
}

/** Edm.Duration in ms (days, hours, minutes, seconds; may be negative). */
export class Duration {
  constructor(readonly ms: number) {}
}

export type Value = string | number | boolean | null | Instant | DateValue | TimeValue | Duration | Value[] | object;

const DATE_TIME = /^(-?\d{4,})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(Z|z|[+-]\d{2}:\d{2})?$/;

/** A date-time as written in a literal or a record; without a zone it is read as UTC, as the API means. */
export function toInstant(text: string): Instant | null {
  const m = DATE_TIME.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const offset =
    !zone || zone === 'Z' || zone === 'z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4)));
  const wall = utc(Number(y), Number(mo), Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0));
  const fraction = frac ? Number(`0.${frac}`) * 1000 : 0;
  return Number.isNaN(wall) ? null : new Instant(wall - offset * MINUTE + fraction, offset);
}

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number): number {
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s, 0);
  return date.getTime();
}

export function toDate(text: string): DateValue | null {
  const i = toInstant(text.slice(0, 10));
  return i && text.length === 10 ? new DateValue(i.ms) : null;
}

export function toTime(text: string): TimeValue | null {
  const m = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?$/.exec(text);
  if (!m) return null;
  return new TimeValue(((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3] ?? 0)) * 1000 + (m[4] ? Number(`0.${m[4]}`) * 1000 : 0));
}

export function toDuration(text: string): Duration | null {
  const ms = durationMs(text);
  return ms === undefined ? null : new Duration(ms);
}

export const dayOf = (i: Instant): DateValue => {
  const local = i.local();
  return new DateValue(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
};

export const timeOf = (i: Instant): TimeValue => new TimeValue((((i.ms + i.offset * MINUTE) % DAY) + DAY) % DAY);

/** The earliest and latest instants OData knows (mindatetime(), maxdatetime()). */
export const MIN_INSTANT = new Instant(utc(1, 1, 1, 0, 0, 0), 0);
export const MAX_INSTANT = new Instant(utc(9999, 12, 31, 23, 59, 59) + 999.999999999, 0);

/** The number a comparison uses for a temporal value (dates compare as UTC midnight). */
export function temporalMs(v: unknown): number | undefined {
  if (v instanceof Instant || v instanceof DateValue || v instanceof TimeValue || v instanceof Duration) return v.ms;
  return undefined;
}

/** The literal form of a value, as cast(…, Edm.String) and messages show it. */
export function literalText(v: Value): string {
  if (v instanceof Instant) {
    const local = new Date(Math.floor(v.ms + v.offset * MINUTE)).toISOString().slice(0, 23);
    if (v.offset === 0) return `${local}Z`;
    const abs = Math.abs(v.offset);
    return `${local}${v.offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  }
  if (v instanceof DateValue) return new Date(v.ms).toISOString().slice(0, 10);
  if (v instanceof TimeValue) return new Date(v.ms).toISOString().slice(11, 23);
  if (v instanceof Duration) return durationText(v.ms);
  if (typeof v === 'number') return v === Infinity ? 'INF' : v === -Infinity ? '-INF' : String(v);
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function durationText(ms: number): string {
  const abs = Math.abs(ms);
  const days = Math.floor(abs / DAY);
  const rest = (abs % DAY) / 1000;
  return `${ms < 0 ? '-' : ''}P${days}DT${Math.floor(rest / 3600)}H${Math.floor((rest % 3600) / 60)}M${+(rest % 60).toFixed(9)}S`;
}
