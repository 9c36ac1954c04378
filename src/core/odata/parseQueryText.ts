// Reads what a person types into a query box: "$filter=type eq 'flinkey IQ'&$top=5", "?top=5", or a bare filter.
import type { QueryOptions } from '../api/api';
import { type ODataProblem, type OptionName, problem } from './problem';
import { OPTION_NAMES, readOption } from './queryString';
import { didYouMean } from './suggest';

export type OptionSpans = Partial<Record<OptionName, { start: number; end: number }>>;

const isLetter = (c: string | undefined): boolean => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const isHex = (c: string): boolean => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

function skipBlanks(s: string, i: number, end = s.length): number {
  while (i < end && isBlank(s[i])) {
    i++;
  }
  return i;
}

function trimEnd(s: string, start: number, end: number): number {
  while (end > start && isBlank(s[end - 1])) {
    end--;
  }
  return end;
}

/** If `name =` (name with '$', or a known option without it) starts at i: the name's end and the '=' position. */
function optionAt(s: string, i: number): { nameEnd: number; equals: number } | undefined {
  let j = s[i] === '$' ? i + 1 : i;
  const letters = j;
  while (isLetter(s[j])) {
    j++;
  }
  if (j === letters) {
    return undefined;
  }
  const name = s.slice(letters, j).toLowerCase();
  const equals = skipBlanks(s, j);
  if (s[equals] !== '=' || (s[i] !== '$' && !OPTION_NAMES.includes(name as OptionName))) {
    return undefined;
  }
  return { nameEnd: j, equals };
}

/** Pasted URL text like type%20eq%201 is decoded; spans then still cover the encoded text. */
function decodeIfEncoded(value: string): string {
  if (value.includes(' ')) {
    return value;
  }
  for (let i = 0; i + 2 < value.length; i++) {
    if (value[i] === '%' && isHex(value[i + 1]) && isHex(value[i + 2])) {
      try {
        return decodeURIComponent(value);
      } catch {
        return value;
      }
    }
  }
  return value;
}

/** Never throws. Problems are about the query's shape and $top/$skip; run checkQuery for the rest. */
export function parseQueryText(input: string): { options: QueryOptions; problems: ODataProblem[]; spans: OptionSpans } {
  const options: QueryOptions = {};
  const problems: ODataProblem[] = [];
  const spans: OptionSpans = {};
  let start = skipBlanks(input, 0);
  if (input[start] === '?') {
    start = skipBlanks(input, start + 1);
  }

  const segment = (from: number, to: number, first: boolean): void => {
    const a = skipBlanks(input, from, to);
    const b = trimEnd(input, a, to);
    if (a === b) {
      return;
    }
    const opt = optionAt(input, a);
    if (!opt) {
      if (first) {
        // A bare filter expression.
        spans.filter = { start: a, end: b };
        readOption(options, 'filter', decodeIfEncoded(input.slice(a, b)), problems);
      } else {
        problems.push(problem('query', a, b - a, `expected an option such as $top=5, found '${input.slice(a, Math.min(b, a + 30))}'`));
      }
      return;
    }
    const nameText = input.slice(a, opt.nameEnd);
    const name = input.slice(input[a] === '$' ? a + 1 : a, opt.nameEnd).toLowerCase() as OptionName;
    if (!OPTION_NAMES.includes(name)) {
      const supported = OPTION_NAMES.map((n) => `$${n}`);
      const message = `unknown option '${nameText}'${didYouMean(nameText, supported)} (supported: ${supported.join(', ')})`;
      problems.push(problem('query', a, nameText.length, message));
      return;
    }
    if (spans[name]) {
      problems.push(problem('query', a, nameText.length, `$${name} is given more than once`));
      return;
    }
    const valueStart = skipBlanks(input, opt.equals + 1, b);
    spans[name] = { start: valueStart, end: b };
    readOption(options, name, decodeIfEncoded(input.slice(valueStart, b)), problems);
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
  return { options, problems, spans };
}
