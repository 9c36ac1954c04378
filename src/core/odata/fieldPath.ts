// Reading and writing fields by OData path: `id`, or `userData/firstName` for a field of a nested object.

/** The value at `path`, or undefined when any step is missing or not an object. */
export function readPath(row: object, path: string): unknown {
  if (!path.includes('/')) return (row as Record<string, unknown>)[path];
  let value: unknown = row;
  for (const step of path.split('/')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[step];
  }
  return value;
}

/** Sets `path` in `out`, creating the nested objects on the way ($select=userData/firstName → { userData: { firstName } }). */
export function writePath(out: Record<string, unknown>, path: string, value: unknown): void {
  const steps = path.split('/');
  let at = out;
  for (const step of steps.slice(0, -1)) {
    const next = at[step];
    // A copy, so an object taken whole from the source row (by another item of $select) is never written to.
    at[step] = typeof next === 'object' && next !== null ? { ...next } : {};
    at = at[step] as Record<string, unknown>;
  }
  at[steps[steps.length - 1]] = value;
}
