// The one length rule for request URLs, checked as people type (query box, query files), before sending.
import * as l10n from '@vscode/l10n';
import type { QueryOptions } from '../api/api';
import { toQueryString } from '../odata/queryString';

/**
 * Path and query once percent-encoded. Gateways commonly refuse request lines over 8 KB (431 or 414), well
 * before a shell refuses one long argument (128 KB on Linux: "Argument list too long").
 */
export const MAX_PATH_AND_QUERY = 8000;

/** Why a request's URL is too long to send safely, or undefined when it is not. */
export function urlLengthWarning(path: string, options: QueryOptions): string | undefined {
  let length: number;
  try {
    length = path.length + 1 + toQueryString(options).length;
  } catch {
    return undefined; // text that cannot be encoded has its own error
  }
  if (length <= MAX_PATH_AND_QUERY) return undefined;
  return l10n.t(
    'Once encoded, the path and query are {0} characters long, over {1}: gateways often refuse such requests (431 or 414) and a shell may refuse the cURL command. Shorten the query, e.g. split a long list into several queries.',
    length.toLocaleString('en-US'),
    MAX_PATH_AND_QUERY.toLocaleString('en-US'),
  );
}
