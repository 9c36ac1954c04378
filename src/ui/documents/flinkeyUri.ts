// What every read-only document URI on the `flinkey:` scheme shares (details and query results build on it):
// an address, optionally followed by one readable title segment that the editor tab shows. No vscode import.
import { URI_SCHEME } from '../../constants';

/** `flinkey:<base>.json`, or with a title (see readableTitle) `flinkey:<base>/<title>.json`. */
export function toFlinkeyUri(base: string, title?: string): string {
  return title ? `${URI_SCHEME}:${base}/${encodeURIComponent(`${title}.json`)}` : `${URI_SCHEME}:${base}.json`;
}

/** The decoded path of a `flinkey:` URI (a string or anything with `scheme` and `path`, e.g. a vscode.Uri). */
export function flinkeyPath(uri: string | { scheme: string; path: string }): string | undefined {
  const parsed = typeof uri === 'string' ? split(uri) : uri;
  return parsed?.scheme === URI_SCHEME ? parsed.path : undefined;
}

/** One readable path segment of at most `max` characters: no slashes, control characters or characters a URI treats specially. */
export function readableTitle(title: string, max: number): string {
  const cleaned = title
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\\/\u0000-\u001f\u007f?#%]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.length > max ? `${cleaned.slice(0, max - 1)}…` : cleaned;
}

/** What vscode.Uri.parse gives as scheme and (decoded) path. */
function split(uri: string): { scheme: string; path: string } | undefined {
  const match = /^([a-zA-Z][\w+.-]*):(\/[^?#]*)/.exec(uri);
  if (!match) return undefined;
  try {
    return { scheme: match[1].toLowerCase(), path: decodeURIComponent(match[2]) };
  } catch {
    return undefined;
  }
}
