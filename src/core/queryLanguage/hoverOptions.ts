// Hover in a line of query options: what an option, field, operator, function or literal means.
import * as l10n from '@vscode/l10n';
import type { OptionName } from '../odata/problem';
import { OPTION_NAMES } from '../odata/queryString';
import type { SchemaRef } from '../odata/schema';
import { LITERAL_DOCS, OPTION_DOCS } from './docs';
import type { HoverInfo } from './hoverInfo';
import { hoverValue } from './hoverValue';
import { segmentAt, segmentEnd } from './segments';

export type { HoverInfo } from './hoverInfo';

/** `mode` as for completeOptions: in 'input' a bare condition is a filter. */
export function hoverOptions(input: string, offset: number, entity: SchemaRef | undefined, mode: 'input' | 'url'): HoverInfo | undefined {
  const seg = segmentAt(input, offset);
  const segEnd = segmentEnd(input, seg.start);
  const text = input.slice(seg.start, segEnd);
  const m = /^(\s*)(\$?)([A-Za-z]+)\s*=\s*/.exec(text);
  const name = m?.[3].toLowerCase();
  if (m && (m[2] === '$' || OPTION_NAMES.includes(name as OptionName))) {
    const nameStart = seg.start + m[1].length;
    const nameEnd = nameStart + m[2].length + m[3].length;
    if (offset < nameEnd) {
      const doc = OPTION_DOCS()[name as OptionName];
      const markdown = doc
        ? `**$${name}** — ${doc.text}`
        : l10n.t('`{0}` is not a query option. Supported: {1}.', `${m[2]}${m[3]}`, OPTION_NAMES.map((n) => `$${n}`).join(', '));
      return { markdown, start: nameStart, end: nameEnd };
    }
    const valueStart = seg.start + m[0].length;
    if (offset < valueStart || !isOption(name)) {
      return undefined;
    }
    return shifted(hoverValue(name as OptionName, input.slice(valueStart, segEnd), offset - valueStart, entity), valueStart);
  }
  const alias = /^(\s*)(@\w+)\s*=\s*/.exec(text);
  if (alias) {
    const nameStart = seg.start + alias[1].length;
    const valueStart = seg.start + alias[0].length;
    if (offset < nameStart + alias[2].length) {
      return { markdown: `**${alias[2]}** — ${LITERAL_DOCS().alias.text}`, start: nameStart, end: nameStart + alias[2].length };
    }
    return offset < valueStart
      ? undefined
      : shifted(hoverValue('alias', input.slice(valueStart, segEnd), offset - valueStart, entity), valueStart);
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
