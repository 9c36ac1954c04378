// The rows a command acts on, and what each row holds of a field (read from the row, nothing fetched). No vscode import.
import type { ListValue } from '../../core/odata/valueList';
import { idOf, type FleetItem } from '../documents/fleetRef';
import { isTreeNode, type TreeNode } from '../fleetView/treeNode';
import type { ViewSelection } from '../fleetView/viewSelection';

/** The values the copy commands copy; each is also the field's name in the API and in OData filters. */
export type CopyField = 'id' | 'uniqueId' | 'serialNumber' | 'vin' | 'licensePlate' | 'emailAddress';

export const COPY_FIELDS: readonly CopyField[] = ['id', 'serialNumber', 'uniqueId', 'vin', 'licensePlate', 'emailAddress'];

/**
 * The rows a command from a view acts on. A context menu passes (clicked, selected): all selected rows when the
 * clicked one is among them, else the clicked row. A keybinding or the palette passes nothing: the rows selected
 * in the Fleet or Query Results view. Undefined when the argument names a record some other way ({ kind, id }, a
 * URI) or nothing is selected.
 */
export function selectedRows(views: ViewSelection, clicked: unknown, selected: unknown): readonly TreeNode[] | undefined {
  if (isTreeNode(clicked)) {
    const all = Array.isArray(selected) ? selected.filter(isTreeNode) : [];
    return all.length > 1 && all.includes(clicked) ? all : [clicked];
  }
  if (clicked !== undefined || selected !== undefined) return undefined;
  const current = views.current();
  return current.length > 0 ? current : undefined;
}

/**
 * For the copy and insert commands: the selected rows that show records when there are several, else the argument
 * to find one record from (a selected section or message row alone leaves the palette's quick pick).
 */
export function recordTarget(views: ViewSelection, clicked: unknown, selected: unknown): { rows: readonly TreeNode[] } | { arg: unknown } {
  const rows = selectedRows(views, clicked, selected)?.filter((r) => r.item || r.fields) ?? [];
  return rows.length > 1 ? { rows } : { arg: rows[0] ?? clicked };
}

/** The field of a loaded record, or null when it has none (a product has no VIN, a car no serial number). */
export function readField(item: FleetItem, field: Exclude<CopyField, 'id'>): string | null {
  if (item.kind === 'product' && (field === 'uniqueId' || field === 'serialNumber')) return item.product[field];
  if (item.kind === 'car' && (field === 'vin' || field === 'licensePlate')) return item.car[field];
  if (item.kind === 'user' && field === 'emailAddress') return item.user.emailAddress;
  return null;
}

/** What a row holds of the field: a record's own value, or a $select row's column. */
export function valueOfRow(node: TreeNode, field: CopyField): ListValue | undefined {
  if (node.item) {
    const value = field === 'id' ? idOf(node.item) : readField(node.item, field);
    return value === null || value === '' ? undefined : value;
  }
  const value = node.fields?.[field];
  return (typeof value === 'string' && value !== '') || (typeof value === 'number' && Number.isFinite(value)) ? value : undefined;
}

/** The kind of record a row shows ('row' for $select rows), so a filter can keep to one collection. */
export function kindOfRow(node: TreeNode): string | undefined {
  return node.item?.kind ?? (node.fields ? 'row' : undefined);
}

export interface RowValues {
  values: ListValue[];
  /** Rows without the value (or, with `oneKind`, of another kind than the first). */
  skipped: number;
}

/**
 * The field's values of the rows, in order, one per record (the same product selected under Products and under its
 * service counts once). With `oneKind` only rows of the first row's kind count: a filter queries one collection.
 */
export function valuesOfRows(rows: readonly TreeNode[], field: CopyField, oneKind = false): RowValues {
  const distinct = [...new Map(rows.map((r) => [r.item ? `${r.item.kind}/${idOf(r.item)}` : r.id, r])).values()];
  const kind = oneKind ? kindOfRow(distinct.find((r) => valueOfRow(r, field) !== undefined) ?? distinct[0]) : undefined;
  const values: ListValue[] = [];
  for (const row of distinct) {
    const value = valueOfRow(row, field);
    if (value !== undefined && (!oneKind || kindOfRow(row) === kind)) values.push(value);
  }
  return { values, skipped: distinct.length - values.length };
}
