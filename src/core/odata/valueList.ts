// The text forms of several records' values (ids, serial numbers, VINs …) for the clipboard: one per line, a
// JSON array, or an OData `in` filter that finds the same records again.
import * as l10n from '@vscode/l10n';
import { quoteString } from './queryString';

/** Ids are numbers; serial numbers, VINs, plates and e-mail addresses are strings. */
export type ListValue = string | number;

export type ListForm = 'lines' | 'json' | 'filter';

const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * One value a line. A value that holds a line break is written as a JSON string (quoted, the break as \n), so
 * each line still stands for one value.
 */
export function linesOf(values: readonly ListValue[]): string {
  return values.map((v) => (typeof v === 'string' && /[\r\n\u2028\u2029]/.test(v) ? JSON.stringify(v) : String(checked(v)))).join('\n');
}

/** `[1,2,3]` or `["A","B"]`: numbers stay numbers, strings are JSON-quoted and escaped. */
export function jsonArrayOf(values: readonly ListValue[]): string {
  return JSON.stringify(values.map(checked));
}

/**
 * `id in (1,2,3)` or `serialNumber in ('A','O''Neil')`: strings as OData literals (a quote doubled), each
 * value once, in the order given.
 */
export function inFilterOf(field: string, values: readonly ListValue[]): string {
  if (!FIELD_NAME.test(field)) throw new Error(l10n.t("'{0}' is not a field name", field));
  if (values.length === 0) throw new Error(l10n.t('An OData filter needs at least one value.'));
  const literals = [...new Set(values.map((v) => (typeof v === 'number' ? String(checked(v)) : quoteString(v))))];
  return `${field} in (${literals.join(',')})`;
}

/** The list in one of the forms; `field` names the values in a filter. */
export function listText(form: ListForm, field: string, values: readonly ListValue[]): string {
  switch (form) {
    case 'lines':
      return linesOf(values);
    case 'json':
      return jsonArrayOf(values);
    case 'filter':
      return inFilterOf(field, values);
  }
}

/** NaN and Infinity are no ids: JSON would write null, a filter a word. */
function checked(value: ListValue): ListValue {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(l10n.t('{0} is not a number a list can hold', String(value)));
  return value;
}
