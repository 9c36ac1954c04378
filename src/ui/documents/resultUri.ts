// Paired builder/parser for query result documents on the flinkey: scheme. No vscode import.
//
//   flinkey:/queries/3.json   or   flinkey:/queries/3/<title>.json  (the title is what the editor tab shows)
import { flinkeyPath, readableTitle, toFlinkeyUri } from './flinkeyUri';

const MAX_QUERY_IN_TITLE = 70;

/** "/products · 20 rows · 35 ms · $filter=type eq 'flinkey IQ'" — the tab title; the counts come first so a narrow tab still shows them. */
export function resultTitle(path: string, query: string, rows: number, ms: number): string {
  let q = query.replace(/\s+/g, ' ').trim();
  // Long queries are shortened, never the row count and time at the end.
  if (q.length > MAX_QUERY_IN_TITLE) q = `${q.slice(0, MAX_QUERY_IN_TITLE - 1)}…`;
  const count = `${rows} ${rows === 1 ? 'row' : 'rows'}`;
  return `${path} · ${count} · ${Math.round(ms)} ms${q ? ` · ${q}` : ''}`;
}

export function toResultUri(n: number, title?: string): string {
  return toFlinkeyUri(`/queries/${n}`, title === undefined ? undefined : readableTitle(title, 140));
}

/** The result number of a result URI (decoded path), or undefined when it is not one. */
export function fromResultUri(uri: string | { scheme: string; path: string }): number | undefined {
  const path = flinkeyPath(uri);
  const m = path === undefined ? null : /^\/queries\/(\d{1,9})(?:\.json|\/[^/]+\.json)$/.exec(path);
  return m ? Number(m[1]) : undefined;
}
