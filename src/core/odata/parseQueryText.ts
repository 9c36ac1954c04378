// Reads a line of query options: "$filter=type eq 'flinkey IQ'&$top=5", "?top=5", a bare filter, or alias values
// (&@n='Golf'). Typed text keeps every '%'; URL text (a query file's request, a pasted http URL or GET line) is
// decoded once.
import * as l10n from '@vscode/l10n';
import type { QueryOptions } from './queryOptions';
import { type ODataProblem, type OptionName, problem } from './problem';
import { ALIAS_NAME, OPTION_NAMES, readOption } from './queryString';
import { didYouMean } from './suggest';
import { decodeUrlText } from './urlText';

export type SpanKey = OptionName | `@${string}`;
export type OptionSpans = Partial<Record<SpanKey, { start: number; end: number }>>;

/** 'typed': OData as a person types it; 'url': the query part of a URL. */
export type QueryTextSource = 'typed' | 'url';

export interface ParsedQueryText {
  options: QueryOptions;
  problems: ODataProblem[];
  spans: OptionSpans;
  /** The values were read as URL text (decoded once). */
  url: boolean;
}

const isLetter = (c: string | undefined): boolean => c !== undefined && /^[A-Za-z]$/.test(c);
const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

function skipBlanks(s: string, i: number, end = s.length): number {
  while (i < end && isBlank(s[i])) i++;
  return i;
}

function trimEnd(s: string, start: number, end: number): number {
  while (end > start && isBlank(s[end - 1])) end--;
  return end;
}

/** If `name =` (with '$' or '@', or a known option without '$') starts at i: the name's end and the '=' position. */
function optionAt(s: string, i: number): { nameEnd: number; equals: number } | undefined {
  let j = s[i] === '$' || s[i] === '@' ? i + 1 : i;
  const letters = j;
  while (isLetter(s[j]) || (s[i] === '@' && /^[0-9_]$/.test(s[j] ?? ''))) j++;
  if (j === letters) return undefined;
  const name = s.slice(letters, j).toLowerCase();
  const equals = skipBlanks(s, j);
  if (s[equals] !== '=' || (s[i] !== '$' && s[i] !== '@' && !OPTION_NAMES.includes(name as OptionName))) return undefined;
  return { nameEnd: j, equals };
}

/** Never throws. Problems are about the query's shape and $top/$skip; run checkQuery for the rest. */
export function parseQueryText(raw: string, source: QueryTextSource = 'typed'): ParsedQueryText {
  // A query file joins its lines with line breaks; they stand for blanks (same length, so offsets hold).
  const input = raw.replace(/[\r\n]/g, ' ');
  const options: QueryOptions = {};
  const problems: ODataProblem[] = [];
  const spans: OptionSpans = {};
  let start = skipBlanks(input, 0);
  let url = source === 'url';
  if (/^https?:\/\//i.test(input.slice(start))) {
    // A whole URL pasted where options are typed: its query part is URL text.
    url = true;
    const question = input.indexOf('?', start);
    if (question < 0) {
      problems.push(problem('query', start, input.length - start, l10n.t("this URL has no query options — they follow a '?'")));
      return { options, problems, spans, url };
    }
    start = question;
  }
  // A request line copied from a query file: what follows its '?' is URL text, as it is there.
  const requestLine = /^GET[ \t]+\/[^?\s]*[ \t]*\?/i.exec(input.slice(start));
  if (requestLine) {
    url = true;
    start += requestLine[0].length - 1;
  }
  if (input[start] === '?') start = skipBlanks(input, start + 1);

  const read = (name: SpanKey, valueStart: number, end: number): void => {
    spans[name] = { start: valueStart, end };
    let value = input.slice(valueStart, end);
    if (url) {
      const decoded = decodeUrlText(value);
      if (!decoded.ok) {
        problems.push(problem(name.startsWith('@') ? name : name, decoded.offset, decoded.length, decoded.message));
        return;
      }
      value = decoded.value;
    }
    if (name.startsWith('@')) (options.aliases ??= {})[name.slice(1)] = value;
    else readOption(options, name as OptionName, value, problems);
  };

  const segment = (from: number, to: number, first: boolean): void => {
    const a = skipBlanks(input, from, to);
    const b = trimEnd(input, a, to);
    if (a === b) return;
    const opt = optionAt(input, a);
    if (!opt) {
      if (first) {
        read('filter', a, b);
      } // a bare filter expression
      else {
        problems.push(
          problem('query', a, b - a, l10n.t("expected an option such as $top=5, found '{0}'", input.slice(a, Math.min(b, a + 30)))),
        );
      }
      return;
    }
    const nameText = input.slice(a, opt.nameEnd);
    const valueStart = skipBlanks(input, opt.equals + 1, b);
    if (input[a] === '@') {
      const key = nameText as `@${string}`;
      if (!ALIAS_NAME.test(nameText.slice(1))) {
        problems.push(problem('query', a, nameText.length, l10n.t("'{0}' is not a valid alias name", nameText)));
      } else if (spans[key]) problems.push(problem('query', a, nameText.length, l10n.t('{0} is given more than once', nameText)));
      else read(key, valueStart, b);
      return;
    }
    const name = input.slice(input[a] === '$' ? a + 1 : a, opt.nameEnd).toLowerCase() as OptionName;
    if (!OPTION_NAMES.includes(name)) {
      const supported = OPTION_NAMES.map((n) => `$${n}`);
      const message = l10n.t("unknown option '{0}'{1} (supported: {2})", nameText, didYouMean(nameText, supported), supported.join(', '));
      problems.push(problem('query', a, nameText.length, message));
      return;
    }
    if (spans[name]) {
      problems.push(problem('query', a, nameText.length, l10n.t('${0} is given more than once', name)));
      return;
    }
    read(name, valueStart, b);
  };

  // Split at '&' outside string literals, but only where an option follows, so "a && b" stays in the filter.
  let segStart = start;
  let inString = false;
  let first = true;
  for (let i = start; i < input.length; i++) {
    const c = input[i];
    if (c === "'") {
      inString = !inString;
    } else if (c === '&' && !inString) {
      const next = skipBlanks(input, i + 1);
      if (next === input.length || optionAt(input, next)) {
        segment(segStart, i, first);
        first = false;
        segStart = i + 1;
      }
    }
  }
  segment(segStart, input.length, first);
  return { options, problems, spans, url };
}
