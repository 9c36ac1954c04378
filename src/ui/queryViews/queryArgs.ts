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

/** undefined when `value` names no query. `query` may be missing (then ''). */
export function asQueryArgs(value: unknown): QueryArgs | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const collection = v.collection;
  const path = typeof v.path === 'string' ? v.path : collection === 'products' || collection === 'services' ? `/${collection}` : undefined;
  if (path === undefined) return undefined;
  if (v.query !== undefined && typeof v.query !== 'string') return undefined;
  return {
    path,
    query: v.query ?? '',
    edit: v.edit === true,
    message: typeof v.message === 'string' ? v.message : undefined,
  };
}

/** 'products' / 'services' for the list paths the palette box serves, else undefined. */
export function collectionOf(path: string): 'products' | 'services' | undefined {
  const p = path.trim().replace(/\/+$/, '').toLowerCase();
  return p === '/products' ? 'products' : p === '/services' ? 'services' : undefined;
}
