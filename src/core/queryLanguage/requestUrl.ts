// A request as the snippet generators and the runner see it: base URL, path and OData options.
import type { QueryOptions } from '../api/api';
import { OPTION_NAMES, toQueryString } from '../odata/queryString';
import { checkEncodable } from './snippetText';

export interface QueryRequest {
  /** e.g. https://api.flinkey.de/v3 */
  baseUrl: string;
  /** e.g. /products or /products/42/cars */
  path: string;
  query?: QueryOptions;
}

/** The environment variables the snippets read the three headers from. Never real values. */
export const ENV = {
  apiKey: 'FLINKEY_API_KEY',
  token: 'FLINKEY_TOKEN',
  customerId: 'FLINKEY_CUSTOMER_ID',
} as const;

/** The full, percent-encoded URL; a readable error for text that cannot be encoded. */
export function requestUrl(r: QueryRequest): string {
  checkEncodable(r.query);
  const base = r.baseUrl.replace(/\/+$/, '');
  const path = r.path.startsWith('/') ? r.path : `/${r.path}`;
  const qs = r.query ? toQueryString(r.query) : '';
  return qs ? `${base}${path}?${qs}` : `${base}${path}`;
}

/** "$filter=type eq 'flinkey IQ'  $top=20" — the options as people write them, for comments and titles. */
export function describeQuery(query: QueryOptions | undefined): string {
  if (!query) return '';
  const parts: string[] = [];
  for (const name of OPTION_NAMES) {
    const v = query[name];
    if (v !== undefined && String(v).trim() !== '') parts.push(`$${name}=${String(v).replace(/\s+/g, ' ').trim()}`);
  }
  for (const [name, v] of Object.entries(query.aliases ?? {})) parts.push(`@${name}=${v.replace(/\s+/g, ' ').trim()}`);
  return parts.join('&');
}
