// The one form a query is shown and stored in: "$filter=…&$top=5" as typed OData ('%' is a '%'), nothing
// percent-encoded, however it was written (a bare condition, options in another order, URL text).
import type { QueryOptions } from './queryOptions';
import { parseQueryText } from './parseQueryText';
import { OPTION_NAMES } from './queryString';

/** "$filter=…&$top=5&@n=…" with every value as it is meant; blanks outside strings collapsed. */
export function typedQueryText(options: QueryOptions): string {
  const parts: string[] = [];
  for (const name of OPTION_NAMES) {
    const value = options[name];
    if (value !== undefined) parts.push(`$${name}=${oneLine(String(value))}`);
  }
  for (const [name, value] of Object.entries(options.aliases ?? {})) parts.push(`@${name}=${oneLine(value)}`);
  return parts.join('&');
}

/** Typed query text in that one form; text that does not read as options stays as written (trimmed). */
export function oneTypedForm(query: string): string {
  const parsed = parseQueryText(query);
  return parsed.problems.length === 0 ? typedQueryText(parsed.options) : query.trim();
}

/** Runs of blanks and line breaks outside string literals become one blank: they mean nothing there. */
function oneLine(value: string): string {
  return value
    .split(/('(?:[^']|'')*'?)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\s+/g, ' ')))
    .join('')
    .trim();
}
