// Query strings in and out: toQueryString for the client, fromSearchParams for the server, quoteString for literals.
import * as l10n from '@vscode/l10n';
import type { QueryOptions } from './queryOptions';
import { hasText } from './checkQuery';
import { parseSkip, parseTop } from './options';
import { ODataError, type ODataProblem, type OptionName, problem } from './problem';
import { didYouMean } from './suggest';

export const OPTION_NAMES: readonly OptionName[] = ['filter', 'orderby', 'select', 'expand', 'top', 'skip'];
const SUPPORTED = OPTION_NAMES.map((n) => `$${n}`);
export const ALIAS_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** O'Neil -> 'O''Neil' */
export function quoteString(s: string): string {
  return `'${s.split("'").join("''")}'`;
}

/** '$filter=…&$orderby=…&…&@x=…', each value percent-encoded exactly once, '' when empty. No leading '?'. */
export function toQueryString(options: QueryOptions): string {
  const parts: string[] = [];
  for (const name of OPTION_NAMES) {
    const value = options[name];
    const text = typeof value === 'number' ? String(value) : value;
    if (hasText(text)) parts.push(`$${name}=${encodeURIComponent(text)}`);
  }
  for (const [name, value] of Object.entries(options.aliases ?? {})) {
    parts.push(`@${name}=${encodeURIComponent(value)}`);
  }
  return parts.join('&');
}

/**
 * Reads the options and parameter aliases from URL parameters. Unknown $-options and repeated options are
 * 'query' problems (offset = position of the key in params.toString()); other parameters are ignored. The texts
 * of $filter/$orderby/$select/$expand are not checked here — checkQuery/applyQuery do that with the schema.
 */
export function fromSearchParams(params: URLSearchParams): { options: QueryOptions; problems: ODataProblem[] } {
  const options: QueryOptions = {};
  const problems: ODataProblem[] = [];
  const seen = new Set<string>();
  let offset = 0;
  for (const [key, value] of params) {
    const here = offset;
    const encodedKey = new URLSearchParams([[key, '']]).toString().length - 1;
    offset += new URLSearchParams([[key, value]]).toString().length + 1;
    if (key.startsWith('@') && ALIAS_NAME.test(key.slice(1))) {
      if (seen.has(key)) problems.push(problem('query', here, encodedKey, l10n.t('{0} is given more than once', key)));
      else (options.aliases ??= {})[key.slice(1)] = value;
      seen.add(key);
      continue;
    }
    if (!key.startsWith('$')) continue;
    const name = key.slice(1).toLowerCase() as OptionName;
    if (!OPTION_NAMES.includes(name)) {
      const message = l10n.t("unsupported query option '{0}'{1} (supported: {2})", key, didYouMean(key, SUPPORTED), SUPPORTED.join(', '));
      problems.push(problem('query', here, encodedKey, message));
      continue;
    }
    if (seen.has(name)) {
      problems.push(problem('query', here, encodedKey, l10n.t('${0} is given more than once', name)));
      continue;
    }
    seen.add(name);
    readOption(options, name, value, problems);
  }
  return { options, problems };
}

/** Stores one option's raw value; shared with parseQueryText. */
export function readOption(options: QueryOptions, name: OptionName, value: string, problems: ODataProblem[]): void {
  if (name === 'top' || name === 'skip') {
    try {
      options[name] = name === 'top' ? parseTop(value) : parseSkip(value);
    } catch (e) {
      if (!(e instanceof ODataError)) throw e;
      problems.push(e.problem);
    }
  } else if (value.trim() === '') {
    problems.push(problem(name, 0, value.length, l10n.t('${0} has no value', name)));
  } else {
    options[name] = value;
  }
}
