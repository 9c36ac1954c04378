// Completion in a line of query options — the palette input box and the part after '?' in a query file share it.
import { parseQueryText } from '../odata/parseQueryText';
import { OPTION_NAMES } from '../odata/queryString';
import type { OptionName } from '../odata/problem';
import { fieldNames, findField, type Entity } from '../odata/schema';
import { shift, type CompletionEntry } from './completionEntry';
import { completeFilter } from './completeFilter';
import { fieldDoc, OPTION_DOCS } from './docs';
import { segmentAt, segmentEnd } from './segments';

export interface OptionCompletionOptions {
  /** 'input': the palette box, where a bare condition means $filter. 'url': after '?' in a request. */
  mode: 'input' | 'url';
  now?: Date;
}

/**
 * Items for the cursor at `offset` in `input`; ranges are offsets into `input`. Without an entity (unknown path)
 * only option names are offered.
 */
export function completeOptions(
  input: string,
  offset: number,
  entity: Entity | undefined,
  opts: OptionCompletionOptions,
): CompletionEntry[] {
  if (!entity) {
    return completeOptions(input, offset, 'product', { ...opts, mode: 'url' }).filter((e) => e.kind === 'option');
  }
  const seg = segmentAt(input, offset);
  const before = input.slice(seg.start, offset);
  const rest = input.slice(offset);
  // A leading '?' says the person writes options, as in a URL.
  const bareAllowed = opts.mode === 'input' && seg.index === 0 && !/^\s*\?/.test(input);
  const filterHere = (from: number) => shift(completeFilter(input.slice(from, offset), entity, { rest, now: opts.now }), from);

  const naming = /^(\s*)(\$?)([A-Za-z]*)$/.exec(before);
  if (naming) {
    const start = seg.start + naming[1].length;
    const others = input.slice(0, Math.max(seg.start - 1, 0)) + input.slice(segmentEnd(input, seg.start));
    // Replace the whole name (and its '=') when the cursor sits inside an existing one.
    const after = /^[A-Za-z]*\s*=?/.exec(rest)![0];
    const items = optionNames(others, start, offset + (after.endsWith('=') ? after.length : 0));
    return bareAllowed && naming[2] === '' ? [...items, ...filterHere(seg.start)] : items;
  }
  const valued = /^(\s*)(\$?)([A-Za-z]+)\s*=\s*/.exec(before);
  const name = valued?.[3].toLowerCase() as OptionName | undefined;
  if (valued && name && (valued[2] === '$' || OPTION_NAMES.includes(name))) {
    const valueStart = seg.start + valued[0].length;
    const value = input.slice(valueStart, offset);
    switch (name) {
      case 'filter':
        return filterHere(valueStart);
      case 'orderby':
      case 'select':
        return shift(completeList(value, name, entity), valueStart);
      default:
        return [];
    }
  }
  return bareAllowed ? filterHere(seg.start) : [];
}

/** The options not yet given in `others` (the input without the current segment; a bare condition is $filter). */
function optionNames(others: string, start: number, end: number): CompletionEntry[] {
  const used = parseQueryText(others).spans;
  return OPTION_NAMES.filter((n) => !used[n]).map((n, i) => ({
    label: `$${n}`,
    kind: 'option' as const,
    insertText: `$${n}=`,
    detail: OPTION_DOCS[n].detail,
    documentation: OPTION_DOCS[n].text,
    start,
    end,
    sortText: `0_${i}`,
    retrigger: n !== 'top' && n !== 'skip',
  }));
}

/** $orderby / $select: comma-separated fields; $orderby items may end in asc/desc. */
function completeList(value: string, option: 'orderby' | 'select', entity: Entity): CompletionEntry[] {
  const comma = value.lastIndexOf(',');
  const item = value.slice(comma + 1);
  const itemStart = comma + 1;
  const used = new Set(
    value
      .slice(0, Math.max(comma, 0))
      .split(',')
      .map((s) => s.trim().split(/\s+/)[0]),
  );
  const word = /^(\s*)(\w*)$/.exec(item);
  if (word) {
    const start = itemStart + word[1].length;
    const fields: CompletionEntry[] = fieldNames(entity)
      .filter((n) => !used.has(n))
      .map((n, i) => {
        const doc = fieldDoc(entity, findField(entity, n)!);
        return { label: n, kind: 'field', detail: doc.detail, documentation: doc.text, start, end: value.length, sortText: `1_${i}` };
      });
    if (option === 'select' && comma < 0) {
      fields.push({
        label: '*',
        kind: 'value',
        detail: 'all fields',
        documentation: '`*` selects every field.',
        start,
        end: value.length,
        sortText: '2_*',
      });
    }
    return fields;
  }
  const direction = /^\s*\w+\s+(\w*)$/.exec(item);
  if (option === 'orderby' && direction) {
    const start = value.length - direction[1].length;
    return [
      {
        label: 'asc',
        kind: 'keyword',
        detail: 'ascending (default)',
        documentation: 'Smallest first. This is the default.',
        start,
        end: value.length,
        sortText: '0',
      },
      { label: 'desc', kind: 'keyword', detail: 'descending', documentation: 'Largest first.', start, end: value.length, sortText: '1' },
    ];
  }
  return [];
}
