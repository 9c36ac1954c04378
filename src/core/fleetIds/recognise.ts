// Finds fleet identifier candidates in one line of text: values next to a known key, VINs by their shape,
// and matches of the user's patterns. Pure and synchronous: it never asks the server anything.
import { fieldOfKey, hasIdShape, isNumericField, type IdCandidate, type IdField } from './fields';
import { matchPatterns, type IdPattern } from './patterns';

export type { IdCandidate } from './fields';

export interface RecogniseOptions {
  /** Unquoted values (`vin: WVW…` in YAML, `VIN=WVW…` in .env). Off for code, where they are variables. */
  bareValues?: boolean;
  patterns?: readonly IdPattern[];
}

/** User patterns are skipped on longer lines (minified files), where a careless pattern could stall. */
const PATTERN_LINE_LIMIT = 2_000;
/** The stretch of a line around the hovered character that candidateAt looks at. */
const HOVER_WINDOW = 512;

/** Tokens that could be keys; only those ending like a known key are looked at closely. */
const KEY_TOKEN = /[A-Za-z_$][\w$-]*/g;
const KEY_TAIL = /(?:number|numbers|no|id|ids|vin|vins|plate|plates)$/i;
const VIN_TOKEN = /(?<![A-Za-z0-9])[A-HJ-NPR-Z0-9]{17}(?![A-Za-z0-9])/g;
/** `:`, `=`, `:=`, comparisons, OData `eq`/`ne`, or a call such as `setVin(` / `.vin(`. */
const SEPARATOR = /^(?:===?|!==?|:=|=(?![=>])|:(?!:)|\((?!\))|(?:eq|ne)\b)/;
/** A type annotation between key and value: `vin: string = "…"`, `vin: str = "…"`. */
const TYPE_ANNOTATION = /^[A-Za-z_][\w.<>[\]|?]*\s*=(?![=>])/;

export function findCandidates(line: string, opts: RecogniseOptions = {}): IdCandidate[] {
  const found: IdCandidate[] = [...keyCandidates(line, opts)];
  if (opts.patterns?.length && line.length <= PATTERN_LINE_LIMIT) found.push(...matchPatterns(line, opts.patterns));
  for (const m of line.matchAll(VIN_TOKEN)) {
    const value = m[0];
    if (hasIdShape('vin', value)) found.push({ field: 'vin', value, start: m.index, end: m.index + value.length, source: 'shape' });
  }
  return withoutOverlaps(found);
}

/** The candidate under `character` (its first to one past its last character), looking only near it. */
export function candidateAt(line: string, character: number, opts: RecogniseOptions = {}): IdCandidate | undefined {
  const from = Math.max(0, character - HOVER_WINDOW);
  const slice = line.slice(from, character + HOVER_WINDOW);
  const hit = findCandidates(slice, opts).find((c) => c.start + from <= character && character <= c.end + from);
  return hit && { ...hit, start: hit.start + from, end: hit.end + from };
}

function* keyCandidates(line: string, opts: RecogniseOptions): Generator<IdCandidate> {
  for (const m of line.matchAll(KEY_TOKEN)) {
    const key = m[0];
    if (!KEY_TAIL.test(key)) continue;
    const field = fieldOfKey(key);
    if (!field) continue;
    const at = afterSeparator(line, m.index, key.length);
    if (at === undefined) continue;
    for (const value of valuesAt(line, at, field, opts.bareValues === true)) {
      if (hasIdShape(field, value.text)) {
        yield { field, value: value.text, start: value.start, end: value.start + value.text.length, source: 'key' };
      }
    }
  }
}

/** Where the value starts after `key` (a closing quote, a separator and a type annotation skipped), if a separator follows. */
function afterSeparator(line: string, keyStart: number, keyLength: number): number | undefined {
  let at = keyStart + keyLength;
  const open = line[keyStart - 1];
  if ((open === '"' || open === "'") && line[at] === open) {
    at++;
    if (line[at] === ']') at++; // row['vin'] == …
  }
  at = skipSpace(line, at);
  const sep = SEPARATOR.exec(line.slice(at, at + 4));
  if (!sep) return undefined;
  at = skipSpace(line, at + sep[0].length);
  if (sep[0] === ':') {
    const typed = TYPE_ANNOTATION.exec(line.slice(at, at + 80));
    if (typed) at = skipSpace(line, at + typed[0].length);
  }
  return at;
}

interface Found {
  text: string;
  start: number;
}

/** One value, or each value of a `[…]` list on this line. */
function valuesAt(line: string, at: number, field: IdField, bare: boolean): Found[] {
  if (line[at] !== '[') {
    const one = scalarAt(line, at, field, bare, false);
    return one ? [one.found] : [];
  }
  const values: Found[] = [];
  let i = at + 1;
  for (;;) {
    i = skipSpace(line, i);
    if (line[i] === ',') {
      i++;
      continue;
    }
    if (i >= line.length || line[i] === ']') return values;
    const next = scalarAt(line, i, field, bare, true);
    if (!next) return values;
    values.push(next.found);
    i = next.end;
  }
}

/** A quoted string, a whole number, or (where allowed) a bare word, starting at `at`; `end` is where it stops. */
function scalarAt(line: string, at: number, field: IdField, bare: boolean, inList: boolean): { found: Found; end: number } | undefined {
  const q = line[at];
  if (q === '"' || q === "'" || q === '`') {
    const close = line.indexOf(q, at + 1);
    if (close < 0) return undefined;
    const text = line.slice(at + 1, close);
    // Escapes and template holes mean the text is not the identifier as written.
    if (text.includes('\\') || (q === '`' && text.includes('${'))) return undefined;
    return { found: { text, start: at + 1 }, end: close + 1 };
  }
  const number = /^\d+(?![\w.])/.exec(line.slice(at, at + 24));
  if (number) return { found: { text: number[0], start: at }, end: at + number[0].length };
  if (!bare || isNumericField(field)) return undefined;
  // Plates hold spaces (`M-AB 1234`); other bare values end at the first space.
  const stop = field === 'licensePlate' ? (inList ? /\s+#|[,;}\]]/ : /\s+#|[,;}]/) : /[\s,;#}\]'"]/;
  const rest = line.slice(at);
  const cut = stop.exec(rest);
  const text = (cut ? rest.slice(0, cut.index) : rest).trimEnd();
  return text ? { found: { text, start: at }, end: at + text.length } : undefined;
}

function skipSpace(line: string, at: number): number {
  while (at < line.length && (line[at] === ' ' || line[at] === '\t')) at++;
  return at;
}

const RANK = { key: 0, pattern: 1, shape: 2 } as const;

/** Keeps the strongest of overlapping candidates (key, then pattern, then shape), in line order. */
function withoutOverlaps(found: IdCandidate[]): IdCandidate[] {
  const kept: IdCandidate[] = [];
  for (const c of [...found].sort((a, b) => RANK[a.source] - RANK[b.source] || a.start - b.start)) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
