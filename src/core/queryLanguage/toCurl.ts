// "Copy as cURL": the request for a POSIX shell, headers read from environment variables.
import { describeQuery, ENV, requestUrl, type QueryRequest } from './requestUrl';

/** 'it'\''s' — safe inside a POSIX shell whatever the text holds. */
export function shellQuote(s: string): string {
  return `'${s.split("'").join(`'\\''`)}'`;
}

export function toCurl(r: QueryRequest): string {
  const readable = describeQuery(r.query);
  const lines = [
    `# GET ${r.path}${readable ? `?${readable}` : ''}`.replace(/\n/g, ' '),
    `# Needs ${ENV.apiKey}, ${ENV.token} (an access token from POST /oauth2/token) and ${ENV.customerId} in the environment.`,
    'curl --silent --show-error \\',
    `  -H "flinkey-API-Key: $${ENV.apiKey}" \\`,
    `  -H "Authorization: Bearer $${ENV.token}" \\`,
    `  -H "Customer-ID: $${ENV.customerId}" \\`,
    `  -H 'Accept: application/json' \\`,
    `  ${shellQuote(requestUrl(r))}`,
  ];
  return lines.join('\n') + '\n';
}
