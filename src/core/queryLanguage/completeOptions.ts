// Completion in a line of query options — the palette input box and the part after '?' in a query file share it.
import * as l10n from '@vscode/l10n';
import { parseQueryText } from '../odata/parseQueryText';
import { OPTION_NAMES } from '../odata/queryString';
import type { OptionName } from '../odata/problem';
import { fieldsAt, resolveSchema, topFields, type SchemaRef } from '../odata/schema';
import { shift, type CompletionEntry } from './completionEntry';
import { completeFilter } from './completeFilter';
import { fieldDoc, OPTION_DOCS, type Doc } from './docs';
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
  entity: SchemaRef | undefined,
  opts: OptionCompletionOptions,
): CompletionEntry[] {
  const seg = segmentAt(input, offset);
  const before = input.slice(seg.start, offset);
  const rest = input.slice(offset);
  // A leading '?' says the person writes options, as in a URL.
  const bareAllowed = entity !== undefined && opts.mode === 'input' && seg.index === 0 && !/^\s*\?/.test(input);
  const filterHere = (from: number) =>
    entity ? shift(completeFilter(input.slice(from, offset), entity, { rest, now: opts.now }), from) : [];

  const naming = /^(\s*)(\$?)([A-Za-z]*)$/.exec(before);
  if (naming) {
    const start = seg.start + naming[1].length;
    const others = input.slice(0, Math.max(seg.start - 1, 0)) + input.slice(segmentEnd(input, seg.start));
    // Replace the whole name (and its '=') when the cursor sits inside an existing one.
    const after = /^[A-Za-z]*\s*=?/.exec(rest)![0];
    const items = optionNames(others, start, offset + (after.endsWith('=') ? after.length : 0), entity);
    return bareAllowed && naming[2] === '' ? [...items, ...filterHere(seg.start)] : items;
  }
  const valued = /^(\s*)(\$?)([A-Za-z]+)\s*=\s*/.exec(before);
  const name = valued?.[3].toLowerCase() as OptionName | undefined;
  if (entity && valued && name && (valued[2] === '$' || OPTION_NAMES.includes(name))) {
    const valueStart = seg.start + valued[0].length;
    const value = input.slice(valueStart, offset);
    switch (name) {
      case 'filter':
        return filterHere(valueStart);
      case 'orderby':
      case 'select':
        return shift(completeList(value, name, entity, []), valueStart);
      case 'expand':
        return shift(completeExpand(value, entity), valueStart);
      default:
        return [];
    }
  }
  return bareAllowed ? filterHere(seg.start) : [];
}

/** The options not yet given in `others`; $expand only where the records have nested objects. */
function optionNames(others: string, start: number, end: number, entity: SchemaRef | undefined): CompletionEntry[] {
  const used = parseQueryText(others).spans;
  const nested = entity === undefined || topFields(resolveSchema(entity).fields).some((f) => f.type === 'object');
  const docs = OPTION_DOCS();
  return OPTION_NAMES.filter((n) => !used[n] && (n !== 'expand' || nested)).map((n, i) => ({
    ...entry(`$${n}`, 'option', docs[n], start, end, `0_${i}`),
    insertText: `$${n}=`,
    retrigger: n !== 'top' && n !== 'skip',
  }));
}

/** $orderby / $select: comma-separated fields or paths (userData/firstName); $orderby items may end in asc/desc. */
/** `base`: the object the list is inside (['keyForm'] in $expand=keyForm($select=…)), [] at the top. */
function completeList(value: string, option: 'orderby' | 'select', entity: SchemaRef, base: string[]): CompletionEntry[] {
  const comma = value.lastIndexOf(',');
  const item = value.slice(comma + 1);
  const used = new Set(
    value
      .slice(0, Math.max(comma, 0))
      .split(',')
      .map((s) => s.trim().split(/\s+/)[0]),
  );
  const word = /^(\s*)((?:\w+\/)*)(\w*)$/.exec(item);
  if (word) {
    const start = value.length - word[3].length;
    const fields = fieldsAt(resolveSchema(entity).fields, [...base, ...word[2].split('/').filter(Boolean)]) ?? [];
    const items: CompletionEntry[] = fields
      .filter((f) => !used.has(word[2] + f.name))
      .map((f, i) => {
        const nested = f.type === 'object' && option === 'orderby' ? { insertText: `${f.name}/`, retrigger: true } : {};
        return { ...entry(f.name, 'field', fieldDoc(entity, f, word[2] + f.name), start, value.length, `1_${i}`), ...nested };
      });
    if (option === 'select' && comma < 0 && word[2] === '') {
      const all = { detail: l10n.t('all fields'), text: l10n.t('`*` selects every field.') };
      items.push(entry('*', 'value', all, start, value.length, '2_*'));
    }
    return items;
  }
  const direction = /^\s*\S+\s+(\w*)$/.exec(item);
  if (option === 'orderby' && direction) {
    const start = value.length - direction[1].length;
    const asc = { detail: l10n.t('ascending (default)'), text: l10n.t('Smallest first. This is the default.') };
    const desc = { detail: l10n.t('descending'), text: l10n.t('Largest first.') };
    return [entry('asc', 'keyword', asc, start, value.length, '0'), entry('desc', 'keyword', desc, start, value.length, '1')];
  }
  return [];
}

/** $expand: nested objects, and inside name($select=…) the fields of that object. */
function completeExpand(value: string, entity: SchemaRef): CompletionEntry[] {
  const top = topFields(resolveSchema(entity).fields);
  const inner = /(\w+)\(\s*\$select\s*=([^()]*)$/.exec(value);
  if (inner) {
    const items = completeList(inner[2], 'select', entity, [inner[1]]);
    return shift(items, value.length - inner[2].length);
  }
  const word = /(?:^|,)\s*(\w*)$/.exec(value);
  if (!word) return [];
  const start = value.length - word[1].length;
  return top.filter((f) => f.type === 'object').map((f, i) => entry(f.name, 'field', fieldDoc(entity, f), start, value.length, `0_${i}`));
}

/** A suggestion that replaces the text from `start` to `end` of the option's value. */
function entry(label: string, kind: CompletionEntry['kind'], doc: Doc, start: number, end: number, sortText: string): CompletionEntry {
  return { label, kind, detail: doc.detail, documentation: doc.text, start, end, sortText };
}
