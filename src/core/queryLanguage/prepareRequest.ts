// A request ready to send, from a path and the options as typed — or the first reason it cannot be sent.
import type { QueryOptions } from '../api/api';
import { typedQueryText } from '../odata/typedQuery';
import { checkQueryText, type InputProblem } from './checkQueryText';
import { isRouteMatch, matchPath, type RouteMatch } from './routes';

export { typedQueryText };

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

/** "column 14: unknown field 'x'…" — columns count from 1, as people do. */
export function describeProblem(p: InputProblem): string {
  return `column ${p.offset + 1}: ${p.message}`;
}
