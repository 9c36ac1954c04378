// $expand: nested objects to include, each optionally with its own $select (and $expand), e.g.
// keyForm($select=imageUrl). Offsets of nested problems stay relative to the whole $expand text.
import * as l10n from '@vscode/l10n';
import type { PathSegment } from './ast';
import { parseSelectItems, type SelectItem } from './options';
import { fail, ODataError } from './problem';

export interface ExpandItem {
  /** The path, e.g. 'keyForm'; '*' expands everything. */
  name: string;
  segments: PathSegment[];
  offset: number;
  length: number;
  select?: SelectItem[];
  expand?: ExpandItem[];
}

const NESTED = ['select', 'expand'];
/** Records nest objects a level or two deep; a cap keeps nested parsing linear. */
const MAX_EXPAND_DEPTH = 8;
const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;

/** Throws ODataError (option 'expand'). */
export function parseExpand(text: string, base = 0, depth = 0): ExpandItem[] {
  if (depth > MAX_EXPAND_DEPTH) {
    fail('expand', base, text.length, l10n.t('$expand is nested too deeply (more than {0} levels)', MAX_EXPAND_DEPTH));
  }
  const items: ExpandItem[] = [];
  const failAt = (offset: number, length: number, message: string): never => fail('expand', base + offset, length, message);
  let i = skipBlanks(text, 0);
  if (i === text.length) failAt(0, text.length, l10n.t("$expand is empty — expected names of nested objects separated by ','"));
  for (;;) {
    const start = i;
    const segments: PathSegment[] = [];
    if (text[i] === '*') {
      i++;
    } else {
      for (;;) {
        IDENT.lastIndex = i;
        const m = IDENT.exec(text);
        if (!m) {
          return failAt(
            i,
            Math.min(Math.max(1, runLength(text, i)), text.length - i),
            l10n.t("expected the name of a nested object, found '{0}'", text.slice(i, i + 20) || l10n.t('the end')),
          );
        }
        segments.push({ name: m[0], offset: base + i, length: m[0].length });
        i += m[0].length;
        if (text[i] !== '/') break;
        i++;
      }
    }
    const item: ExpandItem = {
      name: text[start] === '*' ? '*' : segments.map((s) => s.name).join('/'),
      segments,
      offset: base + start,
      length: i - start,
    };
    if (text[i] === '(') i = readOptions(text, i, base, item, depth);
    items.push(item);
    i = skipBlanks(text, i);
    if (i === text.length) return items;
    if (text[i] !== ',') failAt(i, 1, l10n.t("expected ',' between expanded names, found '{0}'", text[i]));
    i = skipBlanks(text, i + 1);
    if (i === text.length) failAt(i - 1, 1, l10n.t("expected a name after ','"));
  }
}

/** `(…;…)` after an item: returns the offset after ')'. */
function readOptions(text: string, open: number, base: number, item: ExpandItem, depth: number): number {
  const close = matching(text, open);
  if (close < 0) fail('expand', base + open, 1, l10n.t("missing ')' to close '(' at column {0}", base + open + 1));
  let from = open + 1;
  for (const part of splitTop(text.slice(from, close), ';')) {
    const at = from + part.start;
    const m = /^\s*\$?([A-Za-z]+)\s*=/.exec(part.text);
    if (!m) fail('expand', base + at, Math.max(1, part.text.length), l10n.t('expected an option like $select=name inside the parentheses'));
    const name = m[1].toLowerCase();
    if (!NESTED.includes(name)) {
      fail(
        'expand',
        base + at,
        m[0].length,
        l10n.t("${0} inside $expand applies to lists; '{1}' is one object — only $select and $expand can follow it", name, item.name),
      );
    }
    const valueAt = at + m[0].length;
    const value = part.text.slice(m[0].length);
    if (name === 'select') {
      item.select = nested(() => parseSelectItems(value, 'expand'), base + valueAt).map((sel) => moved(sel, base + valueAt));
    } else item.expand = parseExpand(value, base + valueAt, depth + 1);
  }
  from = close + 1;
  return from;
}

/** Runs a parser of a nested value and moves its problem's offset into the whole $expand text. */
function nested<T>(parse: () => T, shift: number): T {
  try {
    return parse();
  } catch (e) {
    if (!(e instanceof ODataError)) throw e;
    throw new ODataError({ ...e.problem, option: 'expand', offset: e.problem.offset + shift });
  }
}

/** A nested $select item with offsets into the whole $expand text. */
function moved(item: SelectItem, by: number): SelectItem {
  return { ...item, offset: item.offset + by, segments: item.segments.map((seg) => ({ ...seg, offset: seg.offset + by })) };
}

function skipBlanks(text: string, i: number): number {
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i;
}

function runLength(text: string, i: number): number {
  let j = i;
  while (j < text.length && !',()'.includes(text[j])) j++;
  return j - i;
}

/** The ')' matching the '(' at `open`, skipping quoted strings; -1 when there is none. */
function matching(text: string, open: number): number {
  let depth = 0;
  let quoted = false;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === "'") quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Splits at `sep` outside parentheses and quotes, keeping each part's start. */
function splitTop(text: string, sep: string): { text: string; start: number }[] {
  const parts: { text: string; start: number }[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (i === text.length || (c === sep && depth === 0 && !quoted)) {
      parts.push({ text: text.slice(start, i), start });
      start = i + 1;
    } else if (c === "'") quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth--;
  }
  return parts;
}
