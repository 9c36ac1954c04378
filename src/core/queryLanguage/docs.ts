// The words completion and hover show: what each option, operator, function, field and path means.
import * as l10n from '@vscode/l10n';
import type { OptionName } from '../odata/problem';
import { childFields, ENTITY_PLURAL, resolveSchema, SCHEMAS, type FieldSchema, type SchemaRef } from '../odata/schema';
import type { Doc } from './doc';
import type { RouteInfo, RouteOptions } from './routeTable';

export type { Doc } from './doc';

/** What each query option does (a function, so the words are looked up when shown). */
export const OPTION_DOCS = (): Record<OptionName, Doc> => ({
  filter: {
    detail: l10n.t('keep rows matching a condition'),
    text: l10n.t(
      "Keeps the rows for which the condition is true.\n\n`$filter=type eq 'flinkey IQ' and dongleTerminationTimeStamp eq null`",
    ),
  },
  orderby: {
    detail: l10n.t('sort by fields'),
    text: l10n.t('Sorts by one or more fields, each `asc` (default) or `desc`.\n\n`$orderby=serialNumber desc, id`'),
  },
  select: {
    detail: l10n.t('return only some fields'),
    text: l10n.t('Returns only the listed fields of each row (`*` for all).\n\n`$select=id,serialNumber`'),
  },
  expand: {
    detail: l10n.t('include nested objects'),
    text: l10n.t('Includes a nested object, optionally with its own `$select`.\n\n`$expand=keyForm($select=imageUrl)`'),
  },
  top: { detail: l10n.t('at most n rows'), text: l10n.t('Returns at most this many rows. Whole number ≥ 0.\n\n`$top=50`') },
  skip: {
    detail: l10n.t('leave out the first n rows'),
    text: l10n.t('Leaves out this many rows first; with `$top` it pages through a list.\n\n`$skip=100&$top=50`'),
  },
});

export { operatorDoc } from './operatorDocs';

/** The literal forms, for completion and hover. */
export const LITERAL_DOCS = (): Record<string, Doc> => ({
  boolean: { detail: l10n.t('true/false'), text: l10n.t('A true/false literal, written without quotes.') },
  null: { detail: l10n.t('no value'), text: l10n.t('`null` — no value. `field eq null` finds rows where the field is empty.') },
  string: { detail: l10n.t('string'), text: l10n.t("A string in single quotes; write a quote inside as two: `'O''Neil'`.") },
  number: { detail: l10n.t('number'), text: l10n.t('A number: `42`, `-7`, `2.5`, `1e5`, or `INF`, `-INF`, `NaN`.') },
  datetime: {
    detail: l10n.t('date-time, no quotes'),
    text: l10n.t('A date-time with a zone: `2026-01-01T08:30:00Z` or `2026-01-01T08:30:00.123+02:00` (up to 12 fraction digits).'),
  },
  date: { detail: l10n.t('date, no quotes'), text: l10n.t('A date: `2026-01-01`.') },
  time: { detail: l10n.t('time of day, no quotes'), text: l10n.t('A time of day: `08:30` or `08:30:15.5`.') },
  duration: {
    detail: l10n.t('duration'),
    text: l10n.t("A duration: `duration'P30D'`, `duration'PT12H'` or `duration'P1DT2H30M'` (days, hours, minutes, seconds)."),
  },
  guid: { detail: l10n.t('GUID, no quotes'), text: l10n.t('A GUID: `01234567-89ab-cdef-0123-456789abcdef`.') },
  alias: {
    detail: l10n.t('parameter alias'),
    text: l10n.t("A parameter alias: its value follows as an option, e.g. `name eq @n&@n='Golf'`."),
  },
  it: { detail: l10n.t('the record itself'), text: l10n.t('`$it` — the record being tested; `$it/name` is the same as `name`.') },
  list: { detail: l10n.t('list of values'), text: l10n.t("A list after `in`: `(1,2,3)`, `('a','b')`, or a JSON array `[1,2]`.") },
});

export { functionDoc } from './functionDocs';

const TYPE_NAMES = (): Record<FieldSchema['type'], string> => ({
  int32: l10n.t('number'),
  double: l10n.t('number'),
  string: l10n.t('string'),
  boolean: l10n.t('true/false'),
  datetime: l10n.t('date-time'),
  object: l10n.t('nested object'),
});

/** `path`: the field's path when it sits in a nested object, e.g. 'userData/firstName'. */
export function fieldDoc(entity: SchemaRef, f: FieldSchema, path = f.name): Doc {
  const type = f.nullable ? l10n.t('{0} or null', TYPE_NAMES()[f.type]) : TYPE_NAMES()[f.type];
  const values = f.enum ? `\n\n${l10n.t('Values: {0}', f.enum.map((v) => `\`'${v}'\``).join(', '))}` : '';
  const example = f.type === 'datetime' ? `\n\n${l10n.t('Write date-times without quotes: `2026-01-01T00:00:00Z`')}` : '';
  const children = f.type === 'object' ? childFields(resolveSchema(entity).fields, f, path) : [];
  const inner = children.length ? `\n\n${l10n.t('Fields: {0}', children.map((x) => `\`${path}/${x.name}\``).join(', '))}` : '';
  return {
    detail: type,
    text: `**${path}** · ${type} · ${resolveSchema(entity).plural}\n\n${f.description}${values}${example}${inner}`,
  };
}

/** What an endpoint takes, in words (a function, so the words are looked up when shown). */
function routeOptions(options: RouteOptions): string {
  switch (options) {
    case 'all':
      return l10n.t('Useful options: $filter, $orderby, $select, $expand, $top, $skip.');
    case 'select':
      return l10n.t('Useful options: $select, $expand.');
    case 'paging':
      return l10n.t('Options: $top and $skip only (the rows are plain names).');
    case 'none':
      return l10n.t('No query options are documented here: the whole list is fetched, and options are applied locally.');
  }
}

export function routeDoc(route: RouteInfo): Doc {
  const what = route.list ? l10n.t('a list of {0}', ENTITY_PLURAL[route.entity]) : l10n.t('one {0}', route.entity);
  const fields = SCHEMAS[route.entity].map((f) => `\`${f.name}\``).join(', ');
  const shape = fields ? ` ${l10n.t('Fields: {0}.', fields)}` : '';
  const top = route.requiresTop ? ` ${l10n.t('Always send $top: the documentation asks that events are never listed without it.')}` : '';
  const header = route.noCustomer ? `\n\n${l10n.t('Sent without the Customer-ID header.')}` : '';
  return {
    detail: what,
    text: l10n.t(
      '**GET {0}** — {1}\n\nReturns {2}.{3}\n\n{4}{5}{6}',
      route.template,
      route.description,
      what,
      shape,
      routeOptions(route.options),
      top,
      header,
    ),
  };
}
