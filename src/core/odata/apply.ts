// Applies validated query options to rows, as the fake server (and offline views) need.
import type { QueryOptions } from '../api/api';
import { checkQuery, hasText } from './checkQuery';
import { compileFilter, toInstant } from './compile';
import { readPath, writePath } from './fieldPath';
import { type OrderByItem, parseOrderBy, parseSelect } from './options';
import { parseFilter } from './parser';
import { ODataError } from './problem';
import { type Entity, findField } from './schema';

function validate(options: QueryOptions, entity: Entity): void {
  const first = checkQuery(options, entity).find((p) => p.severity === 'error');
  if (first) {
    throw new ODataError(first);
  }
}

/** Throws ODataError on the first problem (schema included), then applies filter, orderby, skip, top, select. */
export function applyQuery<T extends object>(rows: readonly T[], options: QueryOptions, entity: Entity): Partial<T>[] {
  validate(options, entity);
  const keep = hasText(options.filter) ? compileFilter(parseFilter(options.filter), entity) : undefined;
  const skip = options.skip ?? 0;
  const end = options.top === undefined ? Infinity : skip + options.top;
  let result: T[];
  if (hasText(options.orderby)) {
    const sorted = sortRows(keep ? rows.filter(keep) : rows.slice(), parseOrderBy(options.orderby), entity);
    result = sorted.slice(skip, end);
  } else {
    // Without $orderby the page is the first matches in order, so the scan stops once it has them
    // (a first page of a 100k fleet costs what it costs at 1k).
    result = pageOf(rows, keep, skip, end);
  }
  return hasText(options.select) ? result.map(selector<T>(options.select)) : result;
}

/** Rows skip..end (exclusive) of those `keep` accepts, scanning no further than needed. */
function pageOf<T>(rows: readonly T[], keep: ((row: T) => boolean) | undefined, skip: number, end: number): T[] {
  if (!keep) return rows.slice(skip, end);
  const page: T[] = [];
  let matched = 0;
  for (let i = 0; i < rows.length && matched < end; i++) {
    if (!keep(rows[i])) continue;
    if (matched >= skip) page.push(rows[i]);
    matched++;
  }
  return page;
}

/** For single-object endpoints: validates every option, applies only $select. */
export function applyToOne<T extends object>(row: T, options: QueryOptions, entity: Entity): Partial<T> {
  validate(options, entity);
  return hasText(options.select) ? selector<T>(options.select)(row) : row;
}

function selector<T extends object>(select: string): (row: T) => Partial<T> {
  const names = [...new Set(parseSelect(select))];
  if (names.includes('*')) {
    return (row) => row;
  }
  return (row) => {
    const out: Record<string, unknown> = {};
    for (const name of names) {
      const value = readPath(row, name);
      if (value !== undefined) {
        writePath(out, name, value);
      }
    }
    return out as Partial<T>;
  };
}

/** Stable multi-key sort; nulls first ascending (so last descending). Keys are computed once per row. */
function sortRows<T extends object>(rows: T[], keys: OrderByItem[], entity: Entity): T[] {
  const readers = keys.map((k) => {
    const datetime = findField(entity, k.field)?.type === 'datetime';
    return (row: T): unknown => {
      const v = readPath(row, k.field) ?? null;
      return datetime ? toInstant(v) : v;
    };
  });
  const decorated = rows.map((row, index) => ({ row, index, keys: readers.map((read) => read(row)) }));
  decorated.sort((a, b) => {
    for (let i = 0; i < keys.length; i++) {
      const c = compareValues(a.keys[i], b.keys[i]);
      if (c !== 0) {
        return keys[i].direction === 'desc' ? -c : c;
      }
    }
    return a.index - b.index;
  });
  return decorated.map((d) => d.row);
}

function compareValues(a: unknown, b: unknown): number {
  if (a === null || b === null) {
    return a === b ? 0 : a === null ? -1 : 1;
  }
  if (typeof a !== typeof b) {
    return 0;
  }
  return (a as never) < (b as never) ? -1 : (a as never) > (b as never) ? 1 : 0;
}
