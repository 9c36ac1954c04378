// All problems of one line of query options ("$filter=…&$top=5"), with offsets into that line.
// Shared by the palette input box (bare filters allowed) and the query file (options after '?').
import * as l10n from '@vscode/l10n';
import { EVENTS_PAGE_SIZE, type QueryOptions } from '../api/api';
import { parseAliases } from '../odata/aliases';
import { checkQuery } from '../odata/checkQuery';
import { parseExpand } from '../odata/expand';
import { parseOrderBy, parseSelectItems } from '../odata/options';
import { parseFilter } from '../odata/parser';
import { ODataError, type ODataProblem } from '../odata/problem';
import { parseQueryText, type OptionSpans, type QueryTextSource } from '../odata/parseQueryText';
import type { SchemaRef } from '../odata/schema';
import { decodedToRawOffsets, toRawSpan } from './decodedOffsets';
import type { RouteOptions } from './routeTable';

/** An edit that resolves a problem: replace `length` characters at `offset` (of the same text) by `newText`. */
export interface QuickFix {
  title: string;
  offset: number;
  length: number;
  newText: string;
}

export interface InputProblem {
  /** 0-based offset into the input. */
  offset: number;
  length: number;
  message: string;
  severity: 'error' | 'warning' | 'information';
  /** An edit that resolves the problem (the span's own replacement, or a missing option added): a quick fix. */
  fix?: QuickFix;
}

export interface CheckedInput {
  options: QueryOptions;
  spans: OptionSpans;
  problems: InputProblem[];
}

export interface CheckInputOptions {
  /** In a URL a bare condition is not an option; in the input box it means $filter. */
  bareFilter: 'allowed' | 'error';
  /** Single-object endpoints only apply $select. */
  singleObject?: boolean;
  /** The list must always be limited with $top (events): a warning with a fix when it is missing. */
  requireTop?: boolean;
  /** What the endpoint takes (see RouteInfo.options); 'paging' and 'none' get notes on the other options. */
  accepts?: RouteOptions;
  /** 'url' decodes percent-escapes once (query files); 'typed' keeps '%' (the query box). Default: from bareFilter. */
  source?: QueryTextSource;
}

/** entity undefined (unknown path): only the syntax is checked. Problems come sorted by offset. */
export function checkQueryText(input: string, entity: SchemaRef | undefined, how: CheckInputOptions): CheckedInput {
  const parsed = parseQueryText(input, how.source ?? (how.bareFilter === 'error' ? 'url' : 'typed'));
  const raw: ODataProblem[] = [...parsed.problems, ...(entity ? checkQuery(parsed.options, entity) : syntaxOnly(parsed.options))];
  const problems = raw.map((p) => place(input, parsed.spans, p, parsed.url));

  const filter = parsed.spans.filter;
  if (filter && how.bareFilter === 'error' && !input.slice(0, filter.start).trimEnd().endsWith('=')) {
    problems.push({
      offset: filter.start,
      length: filter.end - filter.start,
      message: l10n.t('write $filter= before the condition, e.g. ?$filter={0}', input.slice(filter.start, filter.end).slice(0, 40)),
      severity: 'error',
    });
  }
  if (how.singleObject) {
    for (const name of ['filter', 'orderby', 'top', 'skip'] as const) {
      const span = parsed.spans[name];
      if (span && span.end > span.start) {
        problems.push({
          offset: span.start,
          length: span.end - span.start,
          message: l10n.t('{0} has no effect on a single object — only $select changes what comes back', `$${name}`),
          severity: 'information',
        });
      }
    }
  }
  if (how.requireTop && parsed.options.top === undefined && !parsed.spans.top) {
    problems.push(missingTop(input));
  }
  if (how.accepts === 'paging' || how.accepts === 'none') {
    problems.push(...unsupported(parsed.spans, how.accepts));
  }
  problems.sort((a, b) => a.offset - b.offset);
  return { options: parsed.options, spans: parsed.spans, problems };
}

/** Events without $top: the documentation asks for it on every request; the fix adds a page size. */
function missingTop(input: string): InputProblem {
  const end = input.trimEnd().length;
  const joiner = end === 0 || input.slice(0, end).endsWith('&') ? '' : '&';
  return {
    offset: 0,
    length: end,
    message: l10n.t(
      'events are always requested a page at a time: add $top (the flinkey documentation asks for it); without it the first {0} are fetched',
      EVENTS_PAGE_SIZE,
    ),
    severity: 'warning',
    fix: { title: l10n.t('Add $top={0}', EVENTS_PAGE_SIZE), offset: end, length: 0, newText: `${joiner}$top=${EVENTS_PAGE_SIZE}` },
  };
}

/** Options an endpoint does not take: an error where the server refuses them, a note where they are applied here. */
function unsupported(spans: OptionSpans, accepts: 'paging' | 'none'): InputProblem[] {
  const names =
    accepts === 'paging'
      ? (['filter', 'orderby', 'select', 'expand'] as const)
      : (['filter', 'orderby', 'select', 'expand', 'top', 'skip'] as const);
  return names.flatMap((name) => {
    const span = spans[name];
    if (!span) return [];
    const message =
      accepts === 'paging'
        ? l10n.t('only $top and $skip apply to this list of names; ${0} is refused', name)
        : l10n.t('this endpoint does not state OData support: ${0} is not sent; the whole list is fetched and ${0} is applied here', name);
    return [{ offset: span.start, length: span.end - span.start, message, severity: accepts === 'paging' ? 'error' : 'information' }];
  });
}

/** ODataProblem offsets are relative to the option's (decoded) value; 'query' ones to the whole input. */
function place(input: string, spans: OptionSpans, p: ODataProblem, url: boolean): InputProblem {
  const severity = p.severity;
  if (p.option === 'query') {
    return { offset: p.offset, length: p.length, message: p.message, severity };
  }
  const span = spans[p.option];
  if (!span) {
    const where = p.option.startsWith('@') ? p.option : `$${p.option}`;
    return { offset: 0, length: input.length, message: `${where}: ${p.message}`, severity };
  }
  const rawValue = input.slice(span.start, span.end);
  const at = toRawSpan(url ? decodedToRawOffsets(rawValue) : undefined, p.offset, p.length);
  const offset = Math.min(span.start + at.offset, span.end);
  const placed: InputProblem = { offset, length: Math.min(at.length, span.end - offset), message: p.message, severity };
  if (p.replacement !== undefined) {
    placed.fix = { title: l10n.t('Write {0}', p.replacement), offset: placed.offset, length: placed.length, newText: p.replacement };
  }
  return placed;
}

/** Syntax problems without a schema (the path is unknown, so the fields are too). */
function syntaxOnly(options: QueryOptions): ODataProblem[] {
  const problems: ODataProblem[] = [];
  parseAliases(options.aliases, problems);
  const run: [string | undefined, (t: string) => unknown][] = [
    [options.filter, parseFilter],
    [options.orderby, parseOrderBy],
    [options.select, parseSelectItems],
    [options.expand, parseExpand],
  ];
  for (const [text, parse] of run) {
    if (text === undefined || text.trim() === '') continue;
    try {
      parse(text);
    } catch (e) {
      if (!(e instanceof ODataError)) throw e;
      problems.push(e.problem);
    }
  }
  return problems;
}
