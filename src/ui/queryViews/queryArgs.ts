// Reads what the query commands accept as an argument: { collection | path, query }, a run, a saved or
// history row. No vscode import.
export interface QueryArgs {
  path: string;
  query: string;
  /** Open the input box with this text instead of running. */
  edit?: boolean;
  /** Shown in the input box with the text (e.g. why the last attempt failed). */
  message?: string;
}

/** The top-level lists a `collection` argument may name (any path goes as `path`). */
const COLLECTIONS = ['products', 'services', 'cars', 'users'];

/** undefined when `value` names no query. `query` may be missing (then ''). */
export function asQueryArgs(value: unknown): QueryArgs | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const collection = v.collection;
  const path =
    typeof v.path === 'string' ? v.path : typeof collection === 'string' && COLLECTIONS.includes(collection) ? `/${collection}` : undefined;
  if (path === undefined) return undefined;
  if (v.query !== undefined && typeof v.query !== 'string') return undefined;
  return {
    path,
    query: v.query ?? '',
    edit: v.edit === true,
    message: typeof v.message === 'string' ? v.message : undefined,
  };
}

/** A path as a key for the last text typed for it: trimmed, lower case, no trailing slash. */
export function pathKey(path: string): string {
  return path.trim().replace(/\/+$/, '').toLowerCase();
}
