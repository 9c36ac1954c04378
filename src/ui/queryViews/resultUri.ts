// Paired builder/parser for query result documents on the flinkey: scheme. No vscode import.
//
//   flinkey:/queries/3.json   or   flinkey:/queries/3/<title>.json  (the title is what the editor tab shows)
import { URI_SCHEME } from '../../constants';

/** "/products · 20 rows · 35 ms · $filter=type eq 'flinkey IQ'" — the tab title; the counts come first so a narrow tab still shows them. */
export function resultTitle(path: string, query: string, rows: number, ms: number): string {
  let q = query.replace(/\s+/g, ' ').trim();
  // Long queries are shortened, never the row count and time at the end.
  if (q.length > MAX_QUERY_IN_TITLE) q = `${q.slice(0, MAX_QUERY_IN_TITLE - 1)}…`;
  const count = `${rows} ${rows === 1 ? 'row' : 'rows'}`;
  return `${path} · ${count} · ${Math.round(ms)} ms${q ? ` · ${q}` : ''}`;
}

const MAX_QUERY_IN_TITLE = 70;

export function toResultUri(n: number, title?: string): string {
  const clean = title === undefined ? '' : sanitize(title);
  return clean ? `${URI_SCHEME}:/queries/${n}/${encodeURIComponent(`${clean}.json`)}` : `${URI_SCHEME}:/queries/${n}.json`;
}

/** The result number of a result URI (decoded path), or undefined when it is not one. */
export function fromResultUri(uri: string | { scheme: string; path: string }): number | undefined {
  const parsed = typeof uri === 'string' ? split(uri) : uri;
  if (!parsed || parsed.scheme !== URI_SCHEME) return undefined;
  const m = /^\/queries\/(\d{1,9})(?:\.json|\/[^/]+\.json)$/.exec(parsed.path);
  return m ? Number(m[1]) : undefined;
}

/** One readable path segment: no slashes, control characters or characters a URI treats specially. */
function sanitize(title: string): string {
  const cleaned = title
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\\/\u0000-\u001f\u007f?#%]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.length > 140 ? `${cleaned.slice(0, 139)}…` : cleaned;
}

function split(uri: string): { scheme: string; path: string } | undefined {
  const m = /^([a-zA-Z][\w+.-]*):(\/[^?#]*)/.exec(uri);
  if (!m) return undefined;
  try {
    return { scheme: m[1].toLowerCase(), path: decodeURIComponent(m[2]) };
  } catch {
    return undefined;
  }
}
