// A text value written without quotes (serialNumber eq IQ-4E00010001): the parser would see a field, a
// subtraction or a missing 'and'; people mean a string. Found before parsing, so the message says so.
import * as l10n from '@vscode/l10n';
import { type ODataProblem, problem } from './problem';
import { type FieldSchema, fieldsAt } from './schema';

const COMPARISON = /(?<![\w$/@.])([A-Za-z_]\w*(?:\/[A-Za-z_]\w*)*)[ \t]+(eq|ne|gt|ge|lt|le)[ \t]+([^\s'(),]+)/gi;
const IN_LIST = /(?<![\w$/@.])([A-Za-z_]\w*(?:\/[A-Za-z_]\w*)*)[ \t]+in[ \t]*\(([^()]*)\)/gi;
/** Literals and words a bare value may rightly be: numbers, dates, times, GUIDs, null/true/false, aliases, $it. */
const NOT_TEXT = [
  /^[+-]?(\d+(\.\d+)?([eE][+-]?\d+)?|INF|NaN)[mMdDfFlL]?$/,
  /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/i,
  /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/,
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  /^(null|true|false)$/i,
  /^[@$]/,
];

const OPERATORS = new Set('and or not eq ne gt ge lt le has in add sub mul div divby mod'.split(' '));

/** 'flinkey IQ' is one value: words that follow and are no operator belong to it (else the parse fails there anyway). */
function withFollowingWords(masked: string, at: number, word: string): string {
  let value = word;
  for (;;) {
    const next = /^[ \t]+([^\s'(),]+)/.exec(masked.slice(at + value.length));
    if (!next || OPERATORS.has(next[1].toLowerCase()) || masked[at + value.length + next[0].length] === '(') return value;
    value += next[0];
  }
}

/** Blanks out what is inside string literals (same length), so nothing in them is read as a value. */
function maskStrings(text: string): string {
  let inString = false;
  let out = '';
  // By UTF-16 unit, not by character: the offsets must stay those of the text.
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") inString = !inString;
    out += inString && c !== "'" ? '\u0000' : c;
  }
  return out;
}

/** Problems for string fields compared with a bare word (or listed after in); each comes with the quoted word as its replacement. */
export function findUnquotedValues(filter: string, fields: readonly FieldSchema[]): ODataProblem[] {
  const masked = maskStrings(filter);
  const found: ODataProblem[] = [];
  const isText = (path: string) => {
    const segments = path.split('/');
    return fieldsAt(fields, segments.slice(0, -1))?.find((f) => f.name === segments[segments.length - 1])?.type === 'string';
  };
  const check = (path: string, at: number, value: string) => {
    if (value.includes("'") || masked[at + value.length] === '(' || NOT_TEXT.some((re) => re.test(value))) return;
    // Another field is a comparison people do mean (name eq brand).
    const first = value.split('/')[0];
    if (/^[A-Za-z_]\w*(\/[A-Za-z_]\w*)*$/.test(value) && fieldsAt(fields, [])?.some((f) => f.name === first)) return;
    const quoted = `'${value}'`;
    const message = l10n.t("'{0}' is text, so its value needs single quotes: write {1}", path, quoted);
    found.push(problem('filter', at, value.length, message, 'error', quoted));
  };
  for (const m of masked.matchAll(COMPARISON)) {
    const [whole, path, , word] = m;
    const at = m.index + whole.length - word.length;
    if (isText(path)) check(path, at, withFollowingWords(masked, at, word));
  }
  for (const m of masked.matchAll(IN_LIST)) {
    const [whole, path, items] = m;
    if (!isText(path)) continue;
    let at = m.index + whole.length - items.length - 1;
    for (const item of items.split(',')) {
      const lead = item.length - item.trimStart().length;
      const value = item.trim();
      if (value) check(path, at + lead, value);
      at += item.length + 1;
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}
