// The canonical functions of OData 4.01 (URL conventions §5.1.1) that fit the flinkey records: string, date and
// time, arithmetic, type and conditional functions. Collection and geo overloads are left out: no field needs them.
import type { ValueType } from './types';

/**
 * What an argument may be. temporal: a date or date-time; clock: a date-time or time of day; integer: a whole
 * number; type: a type name (cast, isof).
 */
export type ParamKind = 'string' | 'number' | 'integer' | 'temporal' | 'clock' | 'datetime' | 'duration' | 'any' | 'type';

export interface FunctionSignature {
  /** Required then optional argument kinds. */
  params: ParamKind[];
  optional: number;
  /** cast returns the type it names; the checker works that out. */
  returns: ValueType;
  /** How the call reads in messages and signature help, e.g. "substring(text, start[, count])". */
  usage: string;
  /** The names of the parameters, for signature help. */
  names: string[];
  group: 'string' | 'date' | 'arithmetic' | 'type' | 'conditional';
}

const fn = (
  group: FunctionSignature['group'],
  params: ParamKind[],
  names: string[],
  returns: ValueType,
  usage: string,
  optional = 0,
): FunctionSignature => ({ group, params, names, returns, usage, optional });

const text = (p: ParamKind[], n: string[], r: ValueType, u: string, o = 0) => fn('string', p, n, r, u, o);
const time = (p: ParamKind[], n: string[], r: ValueType, u: string) => fn('date', p, n, r, u);

export const FUNCTIONS = {
  concat: text(['string', 'string'], ['text', 'more'], 'string', 'concat(text, more)'),
  contains: text(['string', 'string'], ['text', 'search'], 'boolean', 'contains(text, search)'),
  endswith: text(['string', 'string'], ['text', 'suffix'], 'boolean', 'endswith(text, suffix)'),
  indexof: text(['string', 'string'], ['text', 'search'], 'int', 'indexof(text, search)'),
  length: text(['string'], ['text'], 'int', 'length(text)'),
  matchesPattern: text(['string', 'string'], ['text', 'pattern'], 'boolean', 'matchesPattern(text, pattern)'),
  startswith: text(['string', 'string'], ['text', 'prefix'], 'boolean', 'startswith(text, prefix)'),
  substring: text(['string', 'integer', 'integer'], ['text', 'start', 'count'], 'string', 'substring(text, start[, count])', 1),
  tolower: text(['string'], ['text'], 'string', 'tolower(text)'),
  toupper: text(['string'], ['text'], 'string', 'toupper(text)'),
  trim: text(['string'], ['text'], 'string', 'trim(text)'),
  year: time(['temporal'], ['date'], 'int', 'year(date)'),
  month: time(['temporal'], ['date'], 'int', 'month(date)'),
  day: time(['temporal'], ['date'], 'int', 'day(date)'),
  hour: time(['clock'], ['dateTime'], 'int', 'hour(dateTime)'),
  minute: time(['clock'], ['dateTime'], 'int', 'minute(dateTime)'),
  second: time(['clock'], ['dateTime'], 'int', 'second(dateTime)'),
  fractionalseconds: time(['clock'], ['dateTime'], 'decimal', 'fractionalseconds(dateTime)'),
  totalseconds: time(['duration'], ['duration'], 'decimal', 'totalseconds(duration)'),
  date: time(['datetime'], ['dateTime'], 'date', 'date(dateTime)'),
  time: time(['datetime'], ['dateTime'], 'time', 'time(dateTime)'),
  totaloffsetminutes: time(['datetime'], ['dateTime'], 'int', 'totaloffsetminutes(dateTime)'),
  now: time([], [], 'datetime', 'now()'),
  mindatetime: time([], [], 'datetime', 'mindatetime()'),
  maxdatetime: time([], [], 'datetime', 'maxdatetime()'),
  round: fn('arithmetic', ['number'], ['number'], 'decimal', 'round(number)'),
  floor: fn('arithmetic', ['number'], ['number'], 'decimal', 'floor(number)'),
  ceiling: fn('arithmetic', ['number'], ['number'], 'decimal', 'ceiling(number)'),
  cast: fn('type', ['any', 'type'], ['value', 'type'], 'unknown', 'cast([value, ]type)', 1),
  isof: fn('type', ['any', 'type'], ['value', 'type'], 'boolean', 'isof([value, ]type)', 1),
  case: fn('conditional', ['any'], ['condition:value'], 'unknown', 'case(condition:value, …)'),
} satisfies Record<string, FunctionSignature>;

export type FunctionName = keyof typeof FUNCTIONS;
export const FUNCTION_NAMES = Object.keys(FUNCTIONS) as FunctionName[];

const BY_LOWER = new Map(FUNCTION_NAMES.map((n) => [n.toLowerCase(), n]));

/** OData 4.01 function names are case-insensitive: the canonical name for any spelling, or undefined. */
export function findFunction(name: string): FunctionName | undefined {
  return BY_LOWER.get(name.toLowerCase());
}

/** Exactly the canonical spelling. */
export function isFunctionName(name: string): name is FunctionName {
  return Object.prototype.hasOwnProperty.call(FUNCTIONS, name);
}

/** cast and isof take their optional argument first: cast(type) or cast(value, type). */
export function leadingOptional(name: FunctionName): boolean {
  return name === 'cast' || name === 'isof';
}
