// Parsers for $orderby (expressions with asc/desc), $select (paths), $top and $skip.
import * as l10n from '@vscode/l10n';
import type { FilterNode, ParseNote, PathSegment } from './ast';
import { isBlank, type Token, tokenize } from './lexer';
import { end, ExpressionParser, quoteText } from './parser';
import { fail, type OptionName } from './problem';

export interface OrderByItem {
  expr: FilterNode;
  /** The path when the item is a plain field (or path), e.g. 'serialNumber' or 'userData/lastName'. */
  field?: string;
  direction: 'asc' | 'desc';
  /** Position of the expression in the $orderby text. */
  offset: number;
  length: number;
}

export interface SelectItem {
  /** A field name or path ('userData/firstName'), or '*' for all fields. */
  name: string;
  segments: PathSegment[];
  offset: number;
  length: number;
}

/** "serialNumber desc, tolower(name)" → two items; notes are the case warnings. Throws ODataError. */
export function parseOrderByWithNotes(text: string): { items: OrderByItem[]; notes: ParseNote[] } {
  const p = new ExpressionParser(text, 'orderby');
  if (p.done()) fail('orderby', 0, text.length, l10n.t("$orderby is empty — expected field names separated by ','"));
  const items: OrderByItem[] = [];
  let comma: Token | undefined;
  for (;;) {
    if (p.done()) fail('orderby', comma!.offset, comma!.length, l10n.t("expected a field name after ','"));
    const expr = p.expression();
    let direction: 'asc' | 'desc' = 'asc';
    const dir = p.peek();
    if (dir && dir.kind !== 'comma') {
      const lower = dir.text.toLowerCase();
      if (dir.kind === 'identifier' && (lower === 'asc' || lower === 'desc')) {
        // A blank before asc/desc, as before any keyword; a ',' may follow right away.
        if (!isBlank(text[dir.offset - 1])) fail('orderby', dir.offset, dir.length, l10n.t("put a blank before '{0}'", dir.text));
        p.noteCase(dir, lower);
        direction = lower;
        p.next();
      } else if (lower === 'ascending' || lower === 'descending') {
        fail(
          'orderby',
          dir.offset,
          dir.length,
          l10n.t("'{0}' — did you mean '{1}'?", dir.text, lower.slice(0, lower.startsWith('a') ? 3 : 4)),
        );
      } else {
        fail(
          'orderby',
          dir.offset,
          dir.length,
          l10n.t("expected 'asc', 'desc' or ',' after '{0}', found {1}", text.slice(expr.offset, end(expr)), quoteText(dir)),
        );
      }
    }
    const field = expr.kind === 'field' ? expr.name : undefined;
    items.push({ expr, field, direction, offset: expr.offset, length: expr.length });
    const sep = p.peek();
    if (!sep) return { items, notes: p.notes };
    if (sep.kind !== 'comma') p.unexpected(sep, l10n.t("expected ',' after '{0}'", text.slice(expr.offset, end(expr)).slice(0, 30)));
    comma = p.next();
  }
}

export function parseOrderBy(text: string): OrderByItem[] {
  return parseOrderByWithNotes(text).items;
}

export function parseSelect(text: string): string[] {
  return parseSelectItems(text).map((i) => i.name);
}

/** Comma-separated paths or '*'. Throws ODataError (option `option`, 'select' unless nested in $expand). */
export function parseSelectItems(text: string, option: OptionName = 'select'): SelectItem[] {
  const tokens = tokenize(text);
  const failAt = (t: { offset: number; length: number }, message: string): never => fail(option, t.offset, t.length, message);
  if (tokens.length === 0) failAt({ offset: 0, length: text.length }, l10n.t("$select is empty — expected field names separated by ','"));
  const items: SelectItem[] = [];
  let i = 0;
  for (;;) {
    const tok = tokens[i];
    if (!tok) failAt(tokens[i - 1], l10n.t("expected a field name after ','"));
    if (tok.kind === 'error') failAt(tok, tok.message ?? l10n.t('unexpected {0}', quoteText(tok)));
    if (tok.kind === 'star') {
      items.push({ name: '*', segments: [], offset: tok.offset, length: 1 });
      i++;
    } else if (tok.kind === 'identifier') {
      const segments: PathSegment[] = [{ name: tok.text, offset: tok.offset, length: tok.length }];
      let last = tok;
      i++;
      while (tokens[i]?.kind === 'slash' && tokens[i].offset === end(last)) {
        const seg = tokens[i + 1];
        if (seg?.kind !== 'identifier' || seg.offset !== end(tokens[i])) failAt(tokens[i], l10n.t("expected a field name right after '/'"));
        segments.push({ name: seg.text, offset: seg.offset, length: seg.length });
        last = seg;
        i += 2;
      }
      items.push({ name: segments.map((s) => s.name).join('/'), segments, offset: tok.offset, length: end(last) - tok.offset });
    } else {
      failAt(tok, l10n.t('expected a field name, found {0}', quoteText(tok)));
    }
    const sep = tokens[i];
    if (!sep) return items;
    if (sep.kind === 'error') failAt(sep, sep.message ?? l10n.t('unexpected {0}', quoteText(sep)));
    if (sep.kind === 'openParen') {
      failAt(sep, l10n.t('options after a $select item apply to lists inside a record; flinkey records have none'));
    }
    if (sep.kind !== 'comma') failAt(sep, l10n.t("expected ',' after '{0}', found {1}", tokens[i - 1].text, quoteText(sep)));
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
  while (start < stop && text[start] === ' ') start++;
  while (stop > start && text[stop - 1] === ' ') stop--;
  const raw = text.slice(start, stop);
  if (raw === '') fail(option, 0, text.length, l10n.t('${0} has no value — expected a whole number ≥ 0', option));
  for (const c of raw) {
    if (c < '0' || c > '9') {
      fail(option, start, raw.length, l10n.t("${0} must be a whole number ≥ 0, found '{1}'", option, raw.slice(0, 30)));
    }
  }
  const n = Number(raw);
  if (!Number.isSafeInteger(n)) fail(option, start, raw.length, l10n.t('${0} is too large', option));
  return n;
}
