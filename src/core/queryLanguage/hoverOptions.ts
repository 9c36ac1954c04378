// Hover in a line of query options: what an option, field, operator, function or literal means.
import { isFunctionName } from '../odata/ast';
import { tokenize } from '../odata/lexer';
import type { OptionName } from '../odata/problem';
import { OPTION_NAMES } from '../odata/queryString';
import { ENTITY_PLURAL, fieldNames, findField, type Entity } from '../odata/schema';
import { didYouMean } from '../odata/suggest';
import { fieldDoc, functionDoc, OPERATOR_DOCS, OPTION_DOCS } from './docs';
import { segmentAt, segmentEnd } from './segments';

export interface HoverInfo {
  /** Markdown. */
  markdown: string;
  /** The hovered word, as offsets into the text given. */
  start: number;
  end: number;
}

/** `mode` as for completeOptions: in 'input' a bare condition is a filter. */
export function hoverOptions(input: string, offset: number, entity: Entity | undefined, mode: 'input' | 'url'): HoverInfo | undefined {
  const seg = segmentAt(input, offset);
  const segEnd = segmentEnd(input, seg.start);
  const text = input.slice(seg.start, segEnd);
  const m = /^(\s*)(\$?)([A-Za-z]+)\s*=\s*/.exec(text);
  const name = m?.[3].toLowerCase();
  if (m && (m[2] === '$' || OPTION_NAMES.includes(name as OptionName))) {
    const nameStart = seg.start + m[1].length;
    const nameEnd = nameStart + m[2].length + m[3].length;
    if (offset < nameEnd) {
      const doc = OPTION_DOCS[name as OptionName];
      const markdown = doc
        ? `**$${name}** — ${doc.text}`
        : `\`${m[2]}${m[3]}\` is not a query option. Supported: ${OPTION_NAMES.map((n) => `$${n}`).join(', ')}.`;
      return { markdown, start: nameStart, end: nameEnd };
    }
    const valueStart = seg.start + m[0].length;
    if (offset < valueStart || !isOption(name)) {
      return undefined;
    }
    return shifted(hoverValue(name as OptionName, input.slice(valueStart, segEnd), offset - valueStart, entity), valueStart);
  }
  if (mode === 'input' && seg.index === 0) {
    return shifted(hoverValue('filter', text, offset - seg.start, entity), seg.start);
  }
  return undefined;
}

const isOption = (name: string | undefined): boolean => name !== undefined && OPTION_NAMES.includes(name as OptionName);

function shifted(h: HoverInfo | undefined, by: number): HoverInfo | undefined {
  return h && { ...h, start: h.start + by, end: h.end + by };
}

function hoverValue(option: OptionName, value: string, at: number, entity: Entity | undefined): HoverInfo | undefined {
  if (option === 'top' || option === 'skip') {
    return undefined;
  }
  const tokens = tokenize(value);
  // The token under the position, else one ending right there (editors report a word's end as part of it).
  let i = tokens.findIndex((t) => t.offset <= at && at < t.offset + t.length);
  if (i < 0) i = tokens.findIndex((t) => t.offset + t.length === at);
  const tok = tokens[i];
  if (!tok) {
    return undefined;
  }
  const here = (markdown: string): HoverInfo => ({ markdown, start: tok.offset, end: tok.offset + tok.length });
  switch (tok.kind) {
    case 'identifier': {
      if (option === 'orderby' && (tok.text === 'asc' || tok.text === 'desc')) {
        return here(tok.text === 'asc' ? '`asc` — smallest first (the default).' : '`desc` — largest first.');
      }
      if (tokens[i + 1]?.kind === 'openParen' && isFunctionName(tok.text)) {
        return here(functionDoc(tok.text).text);
      }
      if (!entity) {
        return undefined;
      }
      const f = findField(entity, tok.text);
      if (f) {
        return here(fieldDoc(entity, f).text);
      }
      return here(`\`${tok.text}\` is not a field of ${ENTITY_PLURAL[entity]}${didYouMean(tok.text, fieldNames(entity))}`);
    }
    case 'keyword':
      return OPERATOR_DOCS[tok.text] ? here(OPERATOR_DOCS[tok.text].text) : undefined;
    case 'null':
      return here('`null` — no value. `field eq null` finds rows where the field is empty.');
    case 'boolean':
      return here(`\`${tok.text}\` — a true/false literal, written without quotes.`);
    case 'datetime':
    case 'date': {
      const instant = new Date(tok.text);
      const utc = Number.isNaN(instant.getTime()) ? '' : ` = ${instant.toISOString().replace('.000Z', 'Z')} UTC`;
      return here(`Date-time literal \`${tok.text}\`${utc}`);
    }
    default:
      return undefined;
  }
}
