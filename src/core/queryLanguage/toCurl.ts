// "Copy as cURL": the request for bash, zsh or fish, headers read from environment variables. It holds
// no comment lines (an interactive zsh runs '#' lines as commands) and no control characters.
import { ENV, requestUrl, type QueryRequest } from './requestUrl';

/**
 * One word for bash, zsh and fish alike: single-quoted runs, with ' and \ written outside the quotes as \'
 * and \\ (inside single quotes fish gives \ a meaning and POSIX shells do not; outside, all three agree).
 */
export function shellQuote(s: string): string {
  const parts = s.split(/(['\\])/).filter((p) => p !== '');
  return parts.length === 0 ? "''" : parts.map((p) => (p === "'" || p === '\\' ? `\\${p}` : `'${p}'`)).join('');
}

export function toCurl(r: QueryRequest): string {
  const lines = [
    // --globoff: [ ] { } in the URL are sent, not expanded by curl.
    'curl --silent --show-error --globoff \\',
    `  -H "flinkey-API-Key: $${ENV.apiKey}" \\`,
    `  -H "Authorization: Bearer $${ENV.token}" \\`,
    `  -H "Customer-ID: $${ENV.customerId}" \\`,
    `  -H 'Accept: application/json' \\`,
    `  ${shellQuote(requestUrl(r))}`,
  ];
  return lines.join('\n') + '\n';
}
