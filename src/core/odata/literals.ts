// The date, date-time, time-of-day, duration and GUID literals of OData URLs: where each ends, and what is wrong
// with it in plain words. Scanning follows the ABNF's primitive literal rules, so the lexer stays linear.
import * as l10n from '@vscode/l10n';

export type TemporalKind = 'date' | 'datetime' | 'time';

export interface Scanned {
  kind: TemporalKind | 'guid';
  /** Where the literal ends (exclusive). */
  end: number;
  /** Set when the text is not a valid literal; then `end` covers the whole run of date-like characters. */
  message?: string;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isRunChar = (c: string | undefined): boolean => c !== undefined && /[0-9A-Za-z:.+\-_]/.test(c);
const GUID = /[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Za-z_-])/y;
const DATE_START = /-?\d{4,}-\d/y;
const TIME_START = /\d{2}:\d/y;
export const DATE_HELP = l10n.t('expected a date like 2026-01-01 or a date-time like 2026-01-01T00:00:00Z');

/** A GUID, a date or date-time, or a time of day starting at `i`; undefined when none starts there. */
export function scanSpecial(text: string, i: number): Scanned | undefined {
  GUID.lastIndex = i;
  if (GUID.test(text)) return { kind: 'guid', end: i + 36 };
  DATE_START.lastIndex = i;
  if (DATE_START.test(text)) return scanDate(text, i);
  TIME_START.lastIndex = i;
  if (!TIME_START.test(text)) return undefined;
  // '10:1' in case(x gt 10:1, …) is a number and a colon, not a broken time of day.
  const time = scanTime(text, i, 'time');
  return time.message ? undefined : time;
}

function runEnd(text: string, i: number): number {
  while (isRunChar(text[i])) i++;
  return i;
}

function digits(text: string, i: number): number {
  while (isDigit(text[i])) i++;
  return i;
}

function bad(text: string, start: number, kind: TemporalKind, message: string): Scanned {
  return { kind, end: runEnd(text, start), message };
}

function scanDate(text: string, start: number): Scanned {
  const yearStart = text[start] === '-' ? start + 1 : start;
  const yearEnd = digits(text, yearStart);
  const raw = () => text.slice(start, runEnd(text, start));
  if (yearEnd - yearStart > 4 && text[yearStart] === '0') {
    return bad(text, start, 'date', l10n.t("'{0}' is not a valid date — a year of more than 4 digits cannot start with 0", raw()));
  }
  const m = yearEnd;
  const monthEnd = digits(text, m + 1);
  const dayEnd = text[monthEnd] === '-' ? digits(text, monthEnd + 1) : -1;
  if (monthEnd - m - 1 !== 2 || dayEnd - monthEnd - 1 !== 2) {
    return bad(text, start, 'date', l10n.t("'{0}' is not a valid date — {1}", raw(), DATE_HELP));
  }
  const year = Number(text.slice(start, yearEnd));
  const month = Number(text.slice(m + 1, monthEnd));
  const day = Number(text.slice(monthEnd + 1, dayEnd));
  const days = new Date(Date.UTC(2000, month, 0)).getUTCDate();
  const leapOk = month !== 2 || day < 29 || isLeap(year);
  if (month < 1 || month > 12 || day < 1 || day > days || !leapOk) {
    return bad(text, start, 'date', l10n.t("'{0}' is not a real calendar date", text.slice(start, dayEnd)));
  }
  if (text[dayEnd] !== 'T' && text[dayEnd] !== 't') return { kind: 'date', end: dayEnd };
  return scanTime(text, dayEnd + 1, 'datetime', start);
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** hh:mm[:ss[.fraction]] from `i`; for a date-time also the zone. `start` is where the literal began. */
function scanTime(text: string, i: number, kind: TemporalKind, start = i): Scanned {
  const raw = () => text.slice(start, runEnd(text, start));
  const two = (at: number) => isDigit(text[at]) && isDigit(text[at + 1]) && !isDigit(text[at + 2]);
  if (!two(i) || text[i + 2] !== ':' || !two(i + 3)) {
    return bad(
      text,
      start,
      kind,
      l10n.t("'{0}' is not a valid {1} — {2}", raw(), kind === 'time' ? l10n.t('time of day') : 'date-time', TIME_HELP()),
    );
  }
  const hour = Number(text.slice(i, i + 2));
  const minute = Number(text.slice(i + 3, i + 5));
  let second = 0;
  let j = i + 5;
  if (text[j] === ':') {
    if (!two(j + 1)) return bad(text, start, kind, l10n.t("'{0}' has an incomplete seconds part — {1}", raw(), TIME_HELP()));
    second = Number(text.slice(j + 1, j + 3));
    j += 3;
    if (text[j] === '.') {
      const fracEnd = digits(text, j + 1);
      if (fracEnd === j + 1) return bad(text, start, kind, l10n.t("'{0}' has a '.' without fraction digits", raw()));
      if (fracEnd - j - 1 > 12) {
        return bad(text, start, kind, l10n.t("'{0}' has {1} fraction digits — at most 12 are allowed", raw(), fracEnd - j - 1));
      }
      j = fracEnd;
    }
  }
  if (hour > 23 || minute > 59 || second > 60) {
    return bad(text, start, kind, l10n.t("'{0}' has a time out of range (hours 00–23, minutes 00–59, seconds 00–60)", raw()));
  }
  if (kind === 'time') return { kind, end: j };
  return scanZone(text, j, start);
}

function TIME_HELP(): string {
  return l10n.t('expected hh:mm or hh:mm:ss, e.g. 2026-01-01T08:30:00Z');
}

function scanZone(text: string, j: number, start: number): Scanned {
  const c = text[j];
  if (c === 'Z' || c === 'z') return { kind: 'datetime', end: j + 1 };
  const raw = text.slice(start, runEnd(text, start));
  if (c === '+' || c === '-') {
    const ok = isDigit(text[j + 1]) && isDigit(text[j + 2]) && text[j + 3] === ':' && isDigit(text[j + 4]) && isDigit(text[j + 5]);
    if (!ok) return bad(text, start, 'datetime', l10n.t("'{0}' has an incomplete time-zone offset — write it like +02:00", raw));
    if (Number(text.slice(j + 1, j + 3)) > 23 || Number(text.slice(j + 4, j + 6)) > 59) {
      return bad(text, start, 'datetime', l10n.t("'{0}' is not a valid time-zone offset", text.slice(j, j + 6)));
    }
    return { kind: 'datetime', end: j + 6 };
  }
  return bad(text, start, 'datetime', l10n.t("the date-time '{0}' needs a time zone: add Z (UTC) or an offset like +02:00", raw));
}

const DURATION = /^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** Milliseconds of an OData duration value such as P12DT23H59M59.999S, or undefined when it is not one. */
export function durationMs(value: string): number | undefined {
  const m = DURATION.exec(value);
  if (!m || (m[2] ?? m[3] ?? m[4] ?? m[5]) === undefined || value.endsWith('T')) return undefined;
  const ms = (Number(m[2] ?? 0) * 86400 + Number(m[3] ?? 0) * 3600 + Number(m[4] ?? 0) * 60 + Number(m[5] ?? 0)) * 1000;
  return m[1] ? -ms : ms;
}

export const DURATION_HELP = l10n.t("expected a duration like 'P30D', 'PT12H' or 'P1DT2H30M' (days, hours, minutes, seconds)");
