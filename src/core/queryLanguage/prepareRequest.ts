// A request ready to send, from a path and the options as typed — or the first reason it cannot be sent.
import type { QueryOptions } from '../api/api';
import { OPTION_NAMES } from '../odata/queryString';
import { checkQueryText, type InputProblem } from './checkQueryText';
import { isRouteMatch, matchPath, type RouteMatch } from './routes';

export type Prepared =
  | {
      ok: true;
      match: RouteMatch;
      options: QueryOptions;
      warnings: InputProblem[];
      /**
       * The one form a query is shown and stored in, however it was written (a bare filter in the box, URL text in
       * a file): "$filter=…&$top=5" as typed OData ('%' is a '%'), to run again from the query box or history.
       */
      typedQuery: string;
    }
  | { ok: false; problem: InputProblem; where: 'path' | 'query' };

/** `bareFilter`: 'allowed' for the palette and stored queries, 'error' for URL text from a query file. */
export function prepareRequest(path: string, query: string, bareFilter: 'allowed' | 'error' = 'allowed'): Prepared {
  const m = matchPath(path.trim());
  if (!isRouteMatch(m)) {
    return { ok: false, where: 'path', problem: { ...m, severity: 'error' } };
  }
  const checked = checkQueryText(query, m.route.entity, {
    bareFilter,
    singleObject: !m.route.list,
    requireTop: m.route.requiresTop,
    accepts: m.route.options,
  });
  const error = checked.problems.find((p) => p.severity === 'error');
  if (error) {
    return { ok: false, where: 'query', problem: error };
  }
  return { ok: true, match: m, options: checked.options, warnings: checked.problems, typedQuery: typedQueryText(checked.options) };
}

/** "$filter=…&$top=5&@n=…" with every value as it is meant, nothing percent-encoded. */
export function typedQueryText(options: QueryOptions): string {
  const parts: string[] = [];
  for (const name of OPTION_NAMES) {
    const value = options[name];
    if (value !== undefined) parts.push(`$${name}=${oneLine(String(value))}`);
  }
  for (const [name, value] of Object.entries(options.aliases ?? {})) parts.push(`@${name}=${oneLine(value)}`);
  return parts.join('&');
}

/** Runs of blanks and line breaks outside string literals become one blank: they mean nothing there. */
function oneLine(value: string): string {
  return value
    .split(/('(?:[^']|'')*'?)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\s+/g, ' ')))
    .join('')
    .trim();
}

/** "column 14: unknown field 'x'…" — columns count from 1, as people do. */
export function describeProblem(p: InputProblem): string {
  return `column ${p.offset + 1}: ${p.message}`;
}
