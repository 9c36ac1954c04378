// The lexer of OData expressions, shared by $filter, $orderby, $select, parameter aliases, completion and hover.
// One pass, no backtracking: every branch moves forward, so the time is linear in the length of the text.
import * as l10n from '@vscode/l10n';
import { DURATION_HELP, durationMs, scanSpecial } from './literals';

export type TokenKind =
  | 'identifier' // field names, function names, qualified type names (Edm.String)
  | 'keyword' // the operator words, in any case: eq ne gt ge lt le and or not in has add sub mul div divby mod
  | 'string'
  | 'number'
  | 'datetime'
  | 'date'
  | 'time'
  | 'duration'
  | 'guid'
  | 'boolean'
  | 'null'
  | 'alias' // @name
  | 'it' // $it
  | 'jsonString' // "…" inside a JSON array
  | 'openParen'
  | 'closeParen'
  | 'openBracket'
  | 'closeBracket'
  | 'comma'
  | 'colon'
  | 'slash'
  | 'minus'
  | 'star'
  | 'error';

export interface Token {
  kind: TokenKind;
  text: string;
  offset: number;
  length: number;
  /** string/jsonString: the unescaped text; number: the number; boolean: true/false; duration: the value text. */
  value?: string | number | boolean;
  /** numbers: whole number (int) or with '.'/exponent/INF/NaN (decimal). */
  numberType?: 'int' | 'decimal';
  /** error tokens only: what is wrong, in plain words. */
  message?: string;
}

export const COMPARISON = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'];
export const ARITHMETIC = ['add', 'sub', 'mul', 'div', 'divby', 'mod'];
export const KEYWORDS: readonly string[] = [...COMPARISON, 'and', 'or', 'not', 'in', 'has', ...ARITHMETIC];

// Operators from other languages, mapped to what OData spells them.
const FOREIGN: Record<string, string> = {
  '==': 'eq',
  '=': 'eq',
  '!=': 'ne',
  '<>': 'ne',
  '<=': 'le',
  '>=': 'ge',
  '<': 'lt',
  '>': 'gt',
  '&&': 'and',
  '&': 'and',
  '||': 'or',
  '|': 'or',
  '!': 'not',
  '+': 'add',
  '/': 'div',
  '%': 'mod',
};

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isIdentStart = (c: string | undefined): boolean => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_');
const isIdentPart = (c: string | undefined): boolean => isIdentStart(c) || isDigit(c);
/** The ABNF's whitespace: blanks and tabs only. */
export const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

const PUNCTUATION: Record<string, TokenKind> = {
  '(': 'openParen',
  ')': 'closeParen',
  '[': 'openBracket',
  ']': 'closeBracket',
  ',': 'comma',
  ':': 'colon',
  '*': 'star',
};

/** Never throws: characters it cannot use become 'error' tokens with a message. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: TokenKind, start: number, end: number, extra: Partial<Token> = {}): void => {
    tokens.push({ kind, text: text.slice(start, end), offset: start, length: end - start, ...extra });
    i = end;
  };
  const prevSlash = () => tokens[tokens.length - 1]?.kind === 'slash';
  while (i < text.length) {
    const c = text[i];
    if (isBlank(c)) {
      i++;
    } else if (c === "'") {
      lexString(text, i, push);
    } else if (isDigit(c) || (isIdentStart(c) && /[a-fA-F]/.test(c) && !prevSlash())) {
      const special = scanSpecial(text, i);
      if (special) {
        push(special.message ? 'error' : special.kind, i, special.end, special.message ? { message: special.message } : {});
      } else if (isDigit(c)) {
        lexNumber(text, i, push);
      } else {
        lexWord(text, i, push);
      }
    } else if ((c === '-' || c === '+') && (isDigit(text[i + 1]) || (text.startsWith('INF', i + 1) && !isIdentPart(text[i + 4])))) {
      lexNumber(text, i, push);
    } else if (c === '-') {
      push('minus', i, i + 1);
    } else if (isIdentStart(c)) {
      lexWord(text, i, push);
    } else if (PUNCTUATION[c] !== undefined) {
      push(PUNCTUATION[c], i, i + 1);
    } else if (c === '/' && (isIdentStart(text[i + 1]) || text[i + 1] === '$') && tokens.length > 0) {
      push('slash', i, i + 1);
    } else if (c === '@' && isIdentStart(text[i + 1])) {
      let end = i + 2;
      while (isIdentPart(text[end])) end++;
      push('alias', i, end);
    } else if (c === '$') {
      lexDollar(text, i, push);
    } else if (c === '"') {
      lexJsonString(text, i, push);
    } else if (c === '\n' || c === '\r') {
      push('error', i, i + 1, { message: l10n.t('a line break cannot be sent inside a query — use a blank') });
    } else {
      lexOther(text, i, push);
    }
  }
  return tokens;
}

type Push = (kind: TokenKind, start: number, end: number, extra?: Partial<Token>) => void;

function lexWord(text: string, start: number, push: Push): void {
  let end = start + 1;
  // Qualified names (Edm.String, geo.distance) keep their dots.
  while (isIdentPart(text[end]) || (text[end] === '.' && isIdentStart(text[end + 1]))) end++;
  const word = text.slice(start, end);
  const lower = word.toLowerCase();
  if (text[end] === "'" && !word.includes('.') && lower === 'duration') {
    lexDuration(text, start, end, push);
  } else if (text[end] === "'" && !KEYWORDS.includes(lower)) {
    const close = text.indexOf("'", end + 1);
    const stop = close < 0 ? text.length : close + 1;
    push('error', start, stop, {
      message: l10n.t("{0}'…' literals have no use here: flinkey records hold no binary, geography or enumeration values", word),
    });
  } else if (word === 'INF' || word === 'NaN') {
    push('number', start, end, { value: word === 'INF' ? Infinity : NaN, numberType: 'decimal' });
  } else if (KEYWORDS.includes(lower)) {
    push('keyword', start, end);
  } else if (lower === 'true' || lower === 'false') {
    push('boolean', start, end, { value: lower === 'true' });
  } else if (word === 'null') {
    push('null', start, end);
  } else {
    push('identifier', start, end);
  }
}

function lexDuration(text: string, start: number, quote: number, push: Push): void {
  const close = text.indexOf("'", quote + 1);
  if (close < 0) {
    push('error', start, text.length, { message: l10n.t("unterminated duration starting here — add a closing '") });
    return;
  }
  const value = text.slice(quote + 1, close);
  if (durationMs(value) === undefined) {
    push('error', start, close + 1, { message: l10n.t("'{0}' is not a valid duration — {1}", value, DURATION_HELP) });
  } else {
    push('duration', start, close + 1, { value });
  }
}

function lexString(text: string, start: number, push: Push): void {
  const parts: string[] = [];
  let from = start + 1;
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] !== "'") continue;
    if (text[i + 1] === "'") {
      parts.push(text.slice(from, i + 1));
      from = ++i + 1;
      continue;
    }
    parts.push(text.slice(from, i));
    push('string', start, i + 1, { value: parts.join('') });
    return;
  }
  push('error', start, text.length, { message: l10n.t("unterminated string starting here — add a closing '") });
}

function lexJsonString(text: string, start: number, push: Push): void {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  const end = Math.min(i + 1, text.length);
  let value: unknown;
  try {
    value = i < text.length ? JSON.parse(text.slice(start, end)) : undefined;
  } catch {
    value = undefined;
  }
  if (typeof value === 'string') {
    push('jsonString', start, end, { value });
  } else {
    push('error', start, end, { message: l10n.t("strings use single quotes, e.g. 'flinkey IQ'") });
  }
}

function lexNumber(text: string, start: number, push: Push): void {
  let i = start;
  if (text[i] === '-' || text[i] === '+') i++;
  if (text.startsWith('INF', i) && !isIdentPart(text[i + 3])) {
    push('number', start, i + 3, { value: text[start] === '-' ? -Infinity : Infinity, numberType: 'decimal' });
    return;
  }
  while (isDigit(text[i])) i++;
  let decimal = false;
  if (text[i] === '.') {
    if (!isDigit(text[i + 1])) {
      push('error', start, i + 1, { message: l10n.t("a number cannot end with '.' — write {0}.0 or {0}", text.slice(start, i)) });
      return;
    }
    decimal = true;
    i++;
    while (isDigit(text[i])) i++;
  }
  if (
    (text[i] === 'e' || text[i] === 'E') &&
    (isDigit(text[i + 1]) || ((text[i + 1] === '+' || text[i + 1] === '-') && isDigit(text[i + 2])))
  ) {
    decimal = true;
    i += 2;
    while (isDigit(text[i])) i++;
  }
  const raw = text.slice(start, i);
  const value = Number(raw);
  // Integers beyond Edm.Int64 are still valid decimals.
  const int = !decimal && raw.replace(/^[+-]/, '').length <= 19 && BigInt(raw.replace(/^\+/, '')) <= 9223372036854775807n;
  push('number', start, i, { value, numberType: int ? 'int' : 'decimal' });
}

function lexDollar(text: string, start: number, push: Push): void {
  let end = start + 1;
  while (isIdentPart(text[end])) end++;
  const word = text.slice(start, end);
  if (word === '$it') {
    push('it', start, end);
  } else if (word === '$this' || word === '$root') {
    push('error', start, end, { message: l10n.t("'{0}' has no use in a flinkey query — write the field name, or $it/field", word) });
  } else if (end > start + 1) {
    push('error', start, end, { message: l10n.t("'{0}' looks like an option — separate options with &, e.g. …&{0}=…", word) });
  } else {
    push('error', start, end, { message: l10n.t("unexpected character '$'") });
  }
}

function lexOther(text: string, i: number, push: Push): void {
  const c = text[i];
  const two = text.slice(i, i + 2);
  const op = FOREIGN[two] !== undefined ? two : FOREIGN[c] !== undefined ? c : undefined;
  if (c === '%' && /^%[0-9A-Fa-f]{2}$/.test(text.slice(i, i + 3))) {
    const code = parseInt(text.slice(i + 1, i + 3), 16);
    const shown =
      code === 0x20
        ? l10n.t('a blank')
        : code > 0x20 && code < 0x7f
          ? `'${String.fromCharCode(code)}'`
          : l10n.t('the character it stands for');
    push('error', i, i + 3, {
      message: l10n.t("'{0}' is a URL escape — here, type the character itself ({1})", text.slice(i, i + 3), shown),
    });
  } else if (op !== undefined) {
    push('error', i, i + op.length, { message: l10n.t("'{0}' is not an OData operator — did you mean '{1}'?", op, FOREIGN[op]) });
  } else if (c === '{') {
    push('error', i, i + 1, {
      message: l10n.t('JSON objects have no use in a flinkey query: the records hold no values to compare them with'),
    });
  } else if (c === '.') {
    push('error', i, i + 1, { message: l10n.t("unexpected '.' — numbers start with a digit, e.g. 0.5") });
  } else {
    // Keep surrogate pairs together so the underline covers the whole character.
    const width = c.codePointAt(0)! > 0xffff ? 2 : 1;
    push('error', i, i + width, { message: l10n.t("unexpected character '{0}'", text.slice(i, i + width)) });
  }
}
