// The building blocks of the validators: field rules, records, lists and the one error they raise.
// Unknown fields are dropped, so records only ever hold documented fields; with `partial` (a $select was sent)
// absent fields are allowed but present ones are checked.
import * as l10n from '@vscode/l10n';
import { FlinkeyError } from './errors';

export interface FieldRule {
  expected: string;
  test(value: unknown): boolean;
  /** May be absent even in a full record. */
  optional?: boolean;
  /** For an object-valued field: the rules of its own fields (checked, and unknown ones dropped, the same way). */
  nested?: Rules;
}

export type Rules = Record<string, FieldRule>;

const isDate = (v: unknown) => typeof v === 'string' && !Number.isNaN(Date.parse(v));

export const integer: FieldRule = { expected: 'an integer', test: (v) => Number.isSafeInteger(v) };
export const nullableInteger: FieldRule = { expected: 'an integer or null', test: (v) => v === null || Number.isSafeInteger(v) };
export const nullableNumber: FieldRule = {
  expected: 'a number or null',
  test: (v) => v === null || (typeof v === 'number' && Number.isFinite(v)),
};
export const string: FieldRule = { expected: 'a string', test: (v) => typeof v === 'string' };
export const boolean: FieldRule = { expected: 'true or false', test: (v) => typeof v === 'boolean' };
export const nullableString: FieldRule = { expected: 'a string or null', test: (v) => v === null || typeof v === 'string' };
export const date: FieldRule = { expected: 'an ISO date-time', test: isDate };
export const nullableDate: FieldRule = { expected: 'an ISO date-time or null', test: (v) => v === null || isDate(v) };

/** An object field whose own fields follow `rules`. */
export function nested(rules: Rules): FieldRule {
  return { expected: 'an object', test: isObject, nested: rules };
}

export function record(value: unknown, path: string, rules: Rules, partial: boolean): Record<string, unknown> {
  const obj = object(value, path);
  const out: Record<string, unknown> = {};
  for (const [name, rule] of Object.entries(rules)) {
    if (!(name in obj)) {
      if (!partial && !rule.optional) {
        fail(join(path, name), rule.expected, undefined);
      }
      continue;
    }
    if (!rule.test(obj[name])) {
      fail(join(path, name), rule.expected, obj[name]);
    }
    out[name] = rule.nested ? record(obj[name], join(path, name), rule.nested, partial) : obj[name];
  }
  return out;
}

export function list<T>(body: unknown, item: (value: unknown, path: string) => T): T[] {
  if (!Array.isArray(body)) {
    fail('', 'an array', body);
  }
  return body.map((value, index) => item(value, `[${index}]`));
}

export function object(value: unknown, path: string): Record<string, unknown> {
  if (!isObject(value)) {
    fail(path, 'an object', value);
  }
  return value;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}

/** Describes what arrived; long strings are not echoed (the message passes redaction anyway). */
function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length <= 40 ? JSON.stringify(value) : 'a long string';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `a ${typeof value}`;
}

export function fail(field: string, expected: string, got: unknown): never {
  const where = field ? l10n.t('field {0}', field) : l10n.t('the response body');
  throw new FlinkeyError(
    'invalidResponse',
    l10n.t('The flinkey API sent an unexpected response: {0} should be {1} but is {2}.', where, expected, describe(got)),
    { field: field || '(body)' },
  );
}
