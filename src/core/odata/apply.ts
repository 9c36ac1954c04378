// Applies validated query options to rows, as the fake server (and offline views) need.
import type { QueryOptions } from './queryOptions';
import { type Analysis, analyzeQuery } from './checkQuery';
import type { FilterNode } from './ast';
import { Checker } from './checker';
import { sortCompare } from './compare';
import { Compiler, type EvalOptions } from './compile';
import { NO_ALIASES } from './aliases';
import { ODataError } from './problem';
import { project } from './project';
import { resolveSchema, type SchemaRef } from './schema';

export type { EvalOptions } from './compile';

function validate(options: QueryOptions, entity: SchemaRef): Analysis {
  const analysis = analyzeQuery(options, entity);
  const first = analysis.problems.find((p) => p.severity === 'error');
  if (first) throw new ODataError(first);
  return analysis;
}

/** Throws ODataError on the first problem (schema included), then applies filter, orderby, skip, top, select, expand. */
export function applyQuery<T extends object>(
  rows: readonly T[],
  options: QueryOptions,
  entity: SchemaRef,
  opts: EvalOptions = {},
): Partial<T>[] {
  const analysis = validate(options, entity);
  const keep = analysis.filter ? filterFn<T>(analysis.checker, analysis.filter, opts) : undefined;
  const skip = options.skip ?? 0;
  const end = options.top === undefined ? Infinity : skip + options.top;
  let result: T[];
  if (analysis.orderby) {
    const compiler = new Compiler(analysis.checker, 'orderby', opts);
    const keys = analysis.orderby.map((item) => ({ read: compiler.compile(item.expr), desc: item.direction === 'desc' }));
    result = sortRows(keep ? rows.filter(keep) : rows.slice(), keys).slice(skip, end);
  } else {
    // Without $orderby the page is the first matches in order, so the scan stops once it has them
    // (a first page of a 100k fleet costs what it costs at 1k).
    result = pageOf(rows, keep, skip, end);
  }
  const shape = project<T>(analysis.select, analysis.expand);
  return shape ? result.map(shape) : result;
}

/** For single-object endpoints: validates every option, applies only $select and $expand. */
export function applyToOne<T extends object>(row: T, options: QueryOptions, entity: SchemaRef): Partial<T> {
  const analysis = validate(options, entity);
  const shape = project<T>(analysis.select, analysis.expand);
  return shape ? shape(row) : row;
}

/** A row test from a parsed $filter (no aliases): true only when the filter is exactly true. */
export function compileFilter(node: FilterNode, entity: SchemaRef, opts: EvalOptions = {}): (row: object) => boolean {
  const checker = new Checker(resolveSchema(entity), NO_ALIASES, 'filter');
  checker.run(node, 'filter');
  return filterFn(checker, node, opts);
}

function filterFn<T>(checker: Checker, node: FilterNode, opts: EvalOptions): (row: T) => boolean {
  const fn = new Compiler(checker, 'filter', opts).compile(node);
  // null and false both drop the row, as in OData.
  return (row) => fn(row as Record<string, unknown>) === true;
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

/** Stable multi-key sort; nulls first ascending (so last descending). Keys are computed once per row. */
function sortRows<T>(rows: T[], keys: { read: (row: Record<string, unknown>) => unknown; desc: boolean }[]): T[] {
  const decorated = rows.map((row, index) => ({ row, index, keys: keys.map((k) => k.read(row as Record<string, unknown>)) }));
  decorated.sort((a, b) => {
    for (let i = 0; i < keys.length; i++) {
      const c = sortCompare(a.keys[i], b.keys[i]);
      if (c !== 0) return keys[i].desc ? -c : c;
    }
    return a.index - b.index;
  });
  return decorated.map((d) => d.row);
}
