// $select and $expand on one record: the listed fields and paths in the listed order, expanded objects with
// their own $select, and expanded objects kept even when $select does not name them (§5.1.3).
import type { ExpandItem } from './expand';
import type { SelectItem } from './options';

type Obj = Record<string, unknown>;

/** undefined when the options change nothing. */
export function project<T extends object>(
  select: SelectItem[] | undefined,
  expand: ExpandItem[] | undefined,
): ((row: T) => Partial<T>) | undefined {
  if (!select && !expand) return undefined;
  const shape = shaper(select, expand);
  return (row) => shape(row as Obj) as Partial<T>;
}

function shaper(select: SelectItem[] | undefined, expand: ExpandItem[] | undefined): (row: Obj) => Obj {
  const paths = select && !select.some((s) => s.name === '*') ? select.map((s) => s.segments.map((seg) => seg.name)) : undefined;
  const expanded = (expand ?? []).filter((e) => e.name !== '*').map((e) => ({ path: e.segments.map((s) => s.name), shape: nested(e) }));
  return (row) => {
    const out: Obj = paths ? {} : { ...row };
    for (const path of paths ?? []) copyPath(row, out, path);
    for (const e of expanded) {
      const value = valueAt(row, e.path);
      if (value === undefined) continue;
      setPath(out, e.path, value !== null && typeof value === 'object' && e.shape ? e.shape(value as Obj) : value);
    }
    return out;
  };
}

function nested(item: ExpandItem): ((row: Obj) => Obj) | undefined {
  return item.select || item.expand ? shaper(item.select, item.expand) : undefined;
}

function valueAt(row: Obj, path: string[]): unknown {
  let v: unknown = row;
  for (const name of path) {
    if (v === null || typeof v !== 'object') return v === null ? null : undefined;
    v = (v as Obj)[name];
  }
  return v;
}

/** Copies row[a][b] to out[a][b]; a null object on the way stays null, a missing field stays missing. */
function copyPath(row: Obj, out: Obj, path: string[]): void {
  let from: unknown = row;
  let to = out;
  for (let i = 0; i < path.length; i++) {
    const name = path[i];
    const v = (from as Obj)[name];
    if (v === undefined) return;
    if (i === path.length - 1 || v === null || typeof v !== 'object') {
      to[name] = i === path.length - 1 ? v : null;
      return;
    }
    const next = to[name];
    // A copy: an object taken whole by another item ($select=userData,userData/firstName) is the row's own.
    to = to[name] = next !== null && typeof next === 'object' ? { ...(next as Obj) } : {};
    from = v;
  }
}

function setPath(out: Obj, path: string[], value: unknown): void {
  let to = out;
  for (let i = 0; i < path.length - 1; i++) {
    const next = to[path[i]];
    to = to[path[i]] = next !== null && typeof next === 'object' ? { ...(next as Obj) } : {};
  }
  to[path[path.length - 1]] = value;
}
