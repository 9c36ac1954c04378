// The words completion and hover show: what each option, operator, function, field and path means.
import * as l10n from '@vscode/l10n';
import { FUNCTIONS, type FunctionName } from '../odata/ast';
import type { OptionName } from '../odata/problem';
import { ENTITY_PLURAL, SCHEMAS, type Entity, type FieldSchema } from '../odata/schema';
import type { RouteInfo, RouteOptions } from './routeTable';

export interface Doc {
  /** One line, shown next to a completion. */
  detail: string;
  /** Markdown. */
  text: string;
}

export const OPTION_DOCS: Record<OptionName, Doc> = {
  filter: {
    detail: 'keep rows matching a condition',
    text: "Keeps the rows for which the condition is true.\n\n`$filter=type eq 'flinkey IQ' and dongleTerminationTimeStamp eq null`",
  },
  orderby: {
    detail: 'sort by fields',
    text: 'Sorts by one or more fields, each `asc` (default) or `desc`.\n\n`$orderby=serialNumber desc, id`',
  },
  select: {
    detail: 'return only some fields',
    text: 'Returns only the listed fields of each row (`*` for all).\n\n`$select=id,serialNumber`',
  },
  top: { detail: 'at most n rows', text: 'Returns at most this many rows. Whole number ≥ 0.\n\n`$top=50`' },
  skip: {
    detail: 'leave out the first n rows',
    text: 'Leaves out this many rows first; with `$top` it pages through a list.\n\n`$skip=100&$top=50`',
  },
};

export const OPERATOR_DOCS: Record<string, Doc> = {
  eq: { detail: 'equals', text: "`eq` — equal to. Also `field eq null` for missing values.\n\n`type eq 'flinkey IQ'`" },
  ne: { detail: 'not equal', text: '`ne` — not equal to.\n\n`dongleTerminationTimeStamp ne null`' },
  gt: { detail: 'greater than', text: '`gt` — greater than (numbers, strings, date-times).\n\n`id gt 100`' },
  ge: { detail: 'greater than or equal', text: '`ge` — greater than or equal to.\n\n`id ge 100`' },
  lt: { detail: 'less than', text: '`lt` — less than.\n\n`terminationDate lt 2026-01-01T00:00:00Z`' },
  le: { detail: 'less than or equal', text: '`le` — less than or equal to.\n\n`id le 100`' },
  in: { detail: 'one of a list', text: "`in` — equals one of the listed values.\n\n`type in ('flinkey Box', 'flinkey IQ')`" },
  and: { detail: 'both conditions', text: '`and` — true when both conditions are true. Binds tighter than `or`.' },
  or: { detail: 'either condition', text: '`or` — true when at least one condition is true.' },
  not: {
    detail: 'negates a condition',
    text: "`not` — negates a condition; wrap comparisons in parentheses.\n\n`not (type eq 'flinkey Box')`",
  },
};

const FUNCTION_MEANING: Record<FunctionName, string> = {
  contains: 'true when the text contains the search text (case-sensitive)',
  startswith: 'true when the text starts with the prefix',
  endswith: 'true when the text ends with the suffix',
  tolower: 'the text in lower case — for case-insensitive comparisons',
  toupper: 'the text in upper case',
  trim: 'the text without leading and trailing blanks',
  length: 'the number of characters in the text',
  indexof: 'the 0-based position of the search text, or -1',
  substring: 'part of the text from a 0-based start, optionally count characters long',
  year: 'the year of a date-time',
  month: 'the month (1–12) of a date-time',
  day: 'the day of the month (1–31) of a date-time',
};

const FUNCTION_EXAMPLES: Record<FunctionName, string> = {
  contains: "contains(serialNumber,'SN-1')",
  startswith: "startswith(name,'Go')",
  endswith: "endswith(serialNumber,'7')",
  tolower: "tolower(name) eq 'pool'",
  toupper: "toupper(vin) eq 'WVW123'",
  trim: "trim(name) eq 'Pool'",
  length: 'length(name) gt 10',
  indexof: "indexof(name,'Pool') ge 0",
  substring: "substring(serialNumber,0,2) eq 'SN'",
  year: 'year(terminationDate) eq 2025',
  month: 'month(terminationDate) eq 12',
  day: 'day(terminationDate) eq 1',
};

export function functionDoc(name: FunctionName): Doc {
  const sig = FUNCTIONS[name];
  return {
    detail: `${sig.usage} → ${sig.returns === 'boolean' ? 'true/false' : sig.returns}`,
    text: `\`${sig.usage}\` — ${FUNCTION_MEANING[name]}.\n\n\`${FUNCTION_EXAMPLES[name]}\``,
  };
}

const TYPE_NAMES: Record<FieldSchema['type'], string> = {
  int32: 'number',
  double: 'number',
  string: 'string',
  boolean: 'true/false',
  datetime: 'date-time',
  object: 'object',
};

export function fieldDoc(entity: Entity, f: FieldSchema): Doc {
  const type = `${TYPE_NAMES[f.type]}${f.nullable ? ' or null' : ''}`;
  const values = f.enum ? `\n\nValues: ${f.enum.map((v) => `\`'${v}'\``).join(', ')}` : '';
  const example = f.type === 'datetime' ? '\n\nWrite date-times without quotes: `2026-01-01T00:00:00Z`' : '';
  return {
    detail: type,
    text: `**${f.name}** · ${type} · ${ENTITY_PLURAL[entity]}\n\n${f.description}${values}${example}`,
  };
}

/** What an endpoint takes, in words (a function, so the words are looked up when shown). */
function routeOptions(options: RouteOptions): string {
  switch (options) {
    case 'all':
      return l10n.t('Useful options: $filter, $orderby, $select, $top, $skip.');
    case 'select':
      return l10n.t('Useful options: $select.');
    case 'paging':
      return l10n.t('Options: $top and $skip only (the rows are plain names).');
    case 'none':
      return l10n.t('No query options are documented here: the whole list is fetched, and options are applied locally.');
  }
}

export function routeDoc(route: RouteInfo): Doc {
  const what = route.list ? `a list of ${ENTITY_PLURAL[route.entity]}` : `one ${route.entity}`;
  const fields = SCHEMAS[route.entity].map((f) => `\`${f.name}\``).join(', ');
  const shape = fields ? ` Fields: ${fields}.` : '';
  const top = route.requiresTop ? ` ${l10n.t('Always send $top: the documentation asks that events are never listed without it.')}` : '';
  const header = route.noCustomer ? `\n\n${l10n.t('Sent without the Customer-ID header.')}` : '';
  return {
    detail: what,
    text: `**GET ${route.template}** — ${route.description}\n\nReturns ${what}.${shape}\n\n${routeOptions(route.options)}${top}${header}`,
  };
}
