// Parsers for $orderby, $select, $top and $skip.
import { type Token, tokenize } from './lexer';
import { fail, type OptionName } from './problem';

export interface OrderByItem {
  field: string;
  direction: 'asc' | 'desc';
  /** Position of the field name in the $orderby text. */
  offset: number;
  length: number;
}

export interface SelectItem {
  /** A field name, or '*' for all fields. */
  name: string;
  offset: number;
  length: number;
}

const shown = (t: Token): string => `'${t.text.length > 30 ? t.text.slice(0, 30) + '…' : t.text}'`;

/** "serialNumber desc, id" → [{field:'serialNumber',direction:'desc'}, {field:'id',direction:'asc'}]. */
export function parseOrderBy(text: string): OrderByItem[] {
  const items: OrderByItem[] = [];
  parseList('orderby', text, (tokens, i) => {
    const name = tokens[i];
    if (tokens[i + 1]?.kind === 'openParen') {
      fail('orderby', name.offset, name.length, `$orderby takes field names only, not functions like '${name.text}(…)'`);
    }
    let direction: 'asc' | 'desc' = 'asc';
    const dir = tokens[i + 1];
    if (dir && dir.kind !== 'comma') {
      const lower = dir.text.toLowerCase();
      if (dir.kind === 'identifier' && (dir.text === 'asc' || dir.text === 'desc')) {
        direction = dir.text;
      } else if (lower === 'asc' || lower === 'desc' || lower === 'ascending' || lower === 'descending') {
        fail('orderby', dir.offset, dir.length, `'${dir.text}' — did you mean '${lower.slice(0, lower.startsWith('a') ? 3 : 4)}'?`);
      } else {
        fail('orderby', dir.offset, dir.length, `expected 'asc', 'desc' or ',' after '${name.text}', found ${shown(dir)}`);
      }
    }
    items.push({ field: name.text, direction, offset: name.offset, length: name.length });
    return dir && dir.kind !== 'comma' ? 2 : 1;
  });
  return items;
}

export function parseSelect(text: string): string[] {
  return parseSelectItems(text).map((i) => i.name);
}

/** Like parseSelect, keeping positions for the schema checker. */
export function parseSelectItems(text: string): SelectItem[] {
  const items: SelectItem[] = [];
  parseList('select', text, (tokens, i) => {
    const tok = tokens[i];
    items.push({ name: tok.text, offset: tok.offset, length: tok.length });
    return 1;
  });
  return items;
}

/**
 * Comma-separated items. `item` gets the index of the item's first token (a field name, or '*' for $select)
 * and returns how many tokens it used.
 */
function parseList(option: 'orderby' | 'select', text: string, item: (tokens: Token[], i: number) => number): void {
  const tokens = tokenize(text);
  if (tokens.length === 0) {
    fail(option, 0, text.length, `$${option} is empty — expected field names separated by ','`);
  }
  let i = 0;
  for (;;) {
    const tok = tokens[i];
    if (!tok) {
      const comma = tokens[i - 1];
      fail(option, comma.offset, comma.length, `expected a field name after ','`);
    }
    if (tok.kind === 'error') {
      fail(option, tok.offset, tok.length, tok.message ?? `unexpected ${shown(tok)}`);
    }
    const ok = tok.kind === 'identifier' || (tok.kind === 'star' && option === 'select');
    if (!ok) {
      fail(option, tok.offset, tok.length, `expected a field name, found ${shown(tok)}`);
    }
    for (let k = i + 1; k < i + 3 && k < tokens.length; k++) {
      if (tokens[k].kind === 'error') {
        fail(option, tokens[k].offset, tokens[k].length, tokens[k].message ?? `unexpected ${shown(tokens[k])}`);
      }
    }
    i += item(tokens, i);
    const sep = tokens[i];
    if (!sep) {
      return;
    }
    if (sep.kind !== 'comma') {
      const after = tokens[i - 1].text;
      fail(option, sep.offset, sep.length, `expected ',' after '${after}', found ${shown(sep)}`);
    }
    i++;
  }
}

export function parseTop(text: string): number {
  return parseCount('top', text);
}

export function parseSkip(text: string): number {
  return parseCount('skip', text);
}

function parseCount(option: OptionName, text: string): number {
  let start = 0;
  let stop = text.length;
  while (start < stop && text[start] === ' ') {
    start++;
  }
  while (stop > start && text[stop - 1] === ' ') {
    stop--;
  }
  const raw = text.slice(start, stop);
  if (raw === '') {
    fail(option, 0, text.length, `$${option} has no value — expected a whole number ≥ 0`);
  }
  for (const c of raw) {
    if (c < '0' || c > '9') {
      fail(option, start, raw.length, `$${option} must be a whole number ≥ 0, found '${raw.slice(0, 30)}'`);
    }
  }
  const n = Number(raw);
  if (!Number.isSafeInteger(n)) {
    fail(option, start, raw.length, `$${option} is too large`);
  }
  return n;
}
