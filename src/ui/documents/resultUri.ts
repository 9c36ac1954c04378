// Paired builder/parser for query result documents on the flinkey: scheme. No vscode import.
//
//   flinkey:/queries/3.json   or   flinkey:/queries/3/<summary>/<title>.json
//
// The title is what the editor tab shows: short. The summary (the whole request and its timing) is what the
// tab's tooltip adds, since VS Code shows a document's path there.
import { flinkeyPath, readableTitle, toFlinkeyUri } from './flinkeyUri';

const MAX_TITLE = 40;
const MAX_SUMMARY = 140;

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** "products · 20 rows · $filter=type eq 'fl…": the list and the count first, then as much of the query as fits. */
export function resultTitle(path: string, count: string, query: string): string {
  const list = path
    .replace(/^\/+|\/+$/g, '')
    .split('/')
    .join(' ');
  const q = oneLine(query);
  const title = q ? `${list} · ${count} · ${q}` : `${list} · ${count}`;
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title;
}

/** "GET /products?$filter=… · 20 rows · 35 ms": the whole request, for the tooltip. */
export function resultSummary(path: string, count: string, query: string, ms: number): string {
  const q = oneLine(query);
  return `GET ${path}${q ? `?${q}` : ''} · ${count} · ${Math.round(ms)} ms`;
}

export function toResultUri(n: number, title?: string, summary?: string): string {
  if (title === undefined) return toFlinkeyUri(`/queries/${n}`);
  const base = summary ? `/queries/${n}/${encodeURIComponent(readableTitle(summary, MAX_SUMMARY))}` : `/queries/${n}`;
  return toFlinkeyUri(base, readableTitle(title, MAX_TITLE + 10));
}

/** The result number of a result URI (decoded path), or undefined when it is not one. */
export function fromResultUri(uri: string | { scheme: string; path: string }): number | undefined {
  const path = flinkeyPath(uri);
  const m = path === undefined ? null : /^\/queries\/(\d{1,9})(?:\.json|(?:\/[^/]+)?\/[^/]+\.json)$/.exec(path);
  return m ? Number(m[1]) : undefined;
}
