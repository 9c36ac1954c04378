// Shared pieces of the data handlers: path ids, OData on lists and single objects, the cache of whole lists.
import type { QueryOptions } from '../api/api';
import { applyQuery, applyToOne, formatProblem, ODataError, type Entity } from '../odata';
import { json, text, type Reply } from './reply';

/** Path ids are int32; anything else matches no row. */
export function parseId(raw: string | undefined): number {
  if (raw === undefined || !/^\d{1,10}$/.test(raw)) return -1;
  const n = Number(raw);
  return n <= 2_147_483_647 ? n : -1;
}

export function odataReply(e: unknown): Reply {
  if (e instanceof ODataError) return text(400, `Invalid ${formatProblem(e.problem)}`);
  throw e;
}

export const hasOptions = (o: QueryOptions) => Object.values(o).some((v) => v !== undefined);

/** Full, unfiltered lists are cached as bytes: the fleet never changes and 200k rows take a while to serialise. */
export type ListCache = Map<string, Buffer>;

/** A list with the query options applied; without options, the cached bytes when a cache key is given. */
export function list<T extends object>(rows: readonly T[], options: QueryOptions, entity: Entity, key?: string, cache?: ListCache): Reply {
  if (!hasOptions(options) && key !== undefined && cache) {
    let bytes = cache.get(key);
    if (!bytes) cache.set(key, (bytes = Buffer.from(JSON.stringify(rows))));
    return { status: 200, jsonBytes: bytes };
  }
  try {
    return json(200, applyQuery(rows, options, entity));
  } catch (e) {
    return odataReply(e);
  }
}

export function one<T extends object>(row: T, options: QueryOptions, entity: Entity): Reply {
  try {
    return json(200, applyToOne(row, options, entity));
  } catch (e) {
    return odataReply(e);
  }
}
