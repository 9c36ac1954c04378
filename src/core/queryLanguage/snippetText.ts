// What the snippet generators need to keep generated code harmless: text free of control characters, and
// a clear error for text no URL can carry.
import * as l10n from '@vscode/l10n';
import type { QueryOptions } from '../api/api';

/** A lone UTF-16 surrogate: half of a character, which percent-encoding cannot express. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Throws a readable error when an option holds half a character (encodeURIComponent would throw URIError). */
export function checkEncodable(query: QueryOptions | undefined): void {
  for (const name of ['filter', 'orderby', 'select'] as const) {
    const text = query?.[name];
    const at = text === undefined ? -1 : text.search(LONE_SURROGATE);
    if (at >= 0) {
      throw new Error(
        l10n.t(
          '${0} holds a broken character at column {1} (half of a surrogate pair, e.g. from a bad paste), which no URL can carry. Retype the text around it.',
          name,
          at + 1,
        ),
      );
    }
  }
}

/** Control characters and line separators as visible \u escapes, so a comment stays one harmless line. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this replaces
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
