// A small hand-written lexer shared by $filter, $orderby and $select (and later completion/highlighting).

export type TokenKind =
  | 'identifier'
  | 'keyword' // eq ne gt ge lt le and or not in
  | 'string'
  | 'number'
  | 'datetime'
  | 'date'
  | 'boolean'
  | 'null'
  | 'openParen'
  | 'closeParen'
  | 'comma'
  | 'star'
  | 'error';

export interface Token {
  kind: TokenKind;
  text: string;
  offset: number;
  length: number;
  /** string: the unescaped text; number: the number; boolean: true/false. */
  value?: string | number | boolean;
  /** error tokens only: what is wrong, in plain words. */
  message?: string;
}

export const KEYWORDS: readonly string[] = ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'and', 'or', 'not', 'in'];

// Operators from other languages, mapped to what OData spells them.
const FOREIGN_OPERATORS: Record<string, string> = {
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
};

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isIdentStart = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
const isIdentPart = (c: string): boolean => isIdentStart(c) || isDigit(c);
const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** Never throws: characters it cannot use become 'error' tokens with a message. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: TokenKind, start: number, end: number, extra: Partial<Token> = {}): void => {
    tokens.push({ kind, text: text.slice(start, end), offset: start, length: end - start, ...extra });
    i = end;
  };
  while (i < text.length) {
    const c = text[i];
    if (isSpace(c)) {
      i++;
    } else if (c === "'") {
      lexString(text, i, push);
    } else if (isDigit(c) || (c === '-' && isDigit(text[i + 1] ?? ''))) {
      lexNumberOrDate(text, i, push);
    } else if (isIdentStart(c)) {
      let end = i + 1;
      // A member path such as userData/firstName is one identifier.
      while (end < text.length && (isIdentPart(text[end]) || (text[end] === '/' && isIdentStart(text[end + 1] ?? '')))) {
        end++;
      }
      const word = text.slice(i, end);
      if (KEYWORDS.includes(word)) {
        push('keyword', i, end);
      } else if (word === 'true' || word === 'false') {
        push('boolean', i, end, { value: word === 'true' });
      } else if (word === 'null') {
        push('null', i, end);
      } else {
        push('identifier', i, end);
      }
    } else if (c === '(') {
      push('openParen', i, i + 1);
    } else if (c === ')') {
      push('closeParen', i, i + 1);
    } else if (c === ',') {
      push('comma', i, i + 1);
    } else if (c === '*') {
      push('star', i, i + 1);
    } else if (c === '"') {
      const close = text.indexOf('"', i + 1);
      const end = close < 0 ? text.length : close + 1;
      push('error', i, end, { message: "strings use single quotes, e.g. 'flinkey IQ'" });
    } else {
      const two = text.slice(i, i + 2);
      const op = FOREIGN_OPERATORS[two] !== undefined ? two : FOREIGN_OPERATORS[c] !== undefined ? c : undefined;
      if (op !== undefined) {
        const message = `'${op}' is not an OData operator — did you mean '${FOREIGN_OPERATORS[op]}'?`;
        push('error', i, i + op.length, { message });
      } else {
        // Keep surrogate pairs together so the underline covers the whole character.
        const width = c.codePointAt(0)! > 0xffff ? 2 : 1;
        push('error', i, i + width, { message: `unexpected character '${text.slice(i, i + width)}'` });
      }
    }
  }
  return tokens;
}

type Push = (kind: TokenKind, start: number, end: number, extra?: Partial<Token>) => void;

function lexString(text: string, start: number, push: Push): void {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === "'") {
      if (text[i + 1] === "'") {
        value += "'";
        i += 2;
        continue;
      }
      push('string', start, i + 1, { value });
      return;
    }
    value += text[i];
    i++;
  }
  push('error', start, text.length, { message: "unterminated string starting here — add a closing '" });
}

function digitsAt(text: string, i: number, count: number): boolean {
  for (let k = 0; k < count; k++) {
    if (!isDigit(text[i + k] ?? '')) {
      return false;
    }
  }
  return true;
}

function lexNumberOrDate(text: string, start: number, push: Push): void {
  let i = start;
  if (text[i] === '-') {
    i++;
  }
  const digitsStart = i;
  while (i < text.length && isDigit(text[i])) {
    i++;
  }
  // 4 digits then '-digit' starts a date: 2026-01-01 or 2026-01-01T00:00:00Z.
  if (start === digitsStart && i - start === 4 && text[i] === '-' && isDigit(text[i + 1] ?? '')) {
    lexDate(text, start, push);
    return;
  }
  if (text[i] === '.' && isDigit(text[i + 1] ?? '')) {
    i++;
    while (i < text.length && isDigit(text[i])) {
      i++;
    }
  }
  push('number', start, i, { value: Number(text.slice(start, i)) });
}

function lexDate(text: string, start: number, push: Push): void {
  let end = start;
  // Take the whole run of date-ish characters, then validate it as one piece.
  while (end < text.length && (isIdentPart(text[end]) || ':.+-'.includes(text[end]))) {
    end++;
  }
  const raw = text.slice(start, end);
  const message = dateProblem(raw);
  if (message !== undefined) {
    push('error', start, end, { message });
  } else {
    push(raw.length === 10 ? 'date' : 'datetime', start, end, { value: raw });
  }
}

const DATE_HELP = 'expected a date like 2026-01-01 or a date-time like 2026-01-01T00:00:00Z';

/** undefined when `raw` is a valid OData date or date-time-offset literal. */
export function dateProblem(raw: string): string | undefined {
  if (!(digitsAt(raw, 0, 4) && raw[4] === '-' && digitsAt(raw, 5, 2) && raw[7] === '-' && digitsAt(raw, 8, 2))) {
    return `'${raw}' is not a valid date — ${DATE_HELP}`;
  }
  const year = Number(raw.slice(0, 4));
  const month = Number(raw.slice(5, 7));
  const day = Number(raw.slice(8, 10));
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) {
    return `'${raw.slice(0, 10)}' is not a real calendar date`;
  }
  if (raw.length === 10) {
    return undefined;
  }
  if (raw[10] !== 'T' || !(digitsAt(raw, 11, 2) && raw[13] === ':' && digitsAt(raw, 14, 2))) {
    return `'${raw}' is not a valid date-time — ${DATE_HELP}`;
  }
  let i = 16;
  let second = 0;
  if (raw[i] === ':') {
    if (!digitsAt(raw, i + 1, 2)) {
      return `'${raw}' has an incomplete seconds part — ${DATE_HELP}`;
    }
    second = Number(raw.slice(i + 1, i + 3));
    i += 3;
    if (raw[i] === '.') {
      const fracStart = i + 1;
      i++;
      while (isDigit(raw[i] ?? '')) {
        i++;
      }
      if (i === fracStart) {
        return `'${raw}' has a '.' without fraction digits`;
      }
    }
  }
  if (Number(raw.slice(11, 13)) > 23 || Number(raw.slice(14, 16)) > 59 || second > 59) {
    return `'${raw}' has a time out of range (hours 00–23, minutes and seconds 00–59)`;
  }
  const zone = raw.slice(i);
  if (zone === 'Z') {
    return undefined;
  }
  if (zone.length === 6 && (zone[0] === '+' || zone[0] === '-') && digitsAt(zone, 1, 2) && zone[3] === ':' && digitsAt(zone, 4, 2)) {
    return Number(zone.slice(1, 3)) > 23 || Number(zone.slice(4, 6)) > 59 ? `'${zone}' is not a valid time-zone offset` : undefined;
  }
  if (zone === '') {
    return `the date-time '${raw}' needs a time zone: add Z (UTC) or an offset like +02:00`;
  }
  return `'${raw}' is not a valid date-time — ${DATE_HELP}`;
}
