// Several rows at once: their values one per line (any copy command on a multi-selection), as a JSON array (Copy
// as JSON Array) or as an OData filter that finds them again (Copy as OData Filter). Returns the copied text.
import * as vscode from 'vscode';
import { listText, type ListForm } from '../../core/odata/valueList';
import { isTreeNode, type TreeNode } from '../fleetView/treeNode';
import { argProperty } from './commandArgument';
import type { CommandDeps } from './commandDeps';
import { COPY_FIELDS, selectedRows, valueOfRow, valuesOfRows, type CopyField } from './rowValues';

/** Copies the field of every row; a row without it is skipped, and the status bar says how many were. */
export async function copyList(deps: CommandDeps, form: ListForm, field: CopyField, rows: readonly TreeNode[]): Promise<string> {
  const { values, skipped } = valuesOfRows(rows, field, form === 'filter');
  if (values.length === 0) {
    throw new Error(vscode.l10n.t('None of the {0} selected rows has a {1} to copy.', rows.length, fieldName(field)));
  }
  const text = listText(form, field, values);
  await vscode.env.clipboard.writeText(text);
  const copied = vscode.l10n.t('Copied {0} × {1}', values.length, fieldName(field));
  const note = skipped > 0 ? ` · ${vscode.l10n.t('skipped {0} without one', skipped)}` : '';
  vscode.window.setStatusBarMessage(`$(copy) ${copied}${note}`, 5000);
  deps.logger.debug(`Copied ${values.length} ${field} as ${form}, skipped ${skipped}`);
  return text;
}

/**
 * Copy as JSON Array / Copy as OData Filter: the selected rows (the menu's, else the views' selection), the field
 * asked for when the rows hold more than one ({ field } skips the question). Undefined when dismissed.
 */
export async function copyAs(deps: CommandDeps, form: 'json' | 'filter', clicked: unknown, selected: unknown): Promise<string | undefined> {
  const title = form === 'json' ? vscode.l10n.t('Copy as JSON Array') : vscode.l10n.t('Copy as OData Filter');
  // { field } comes from a keybinding or a caller, with the rows to copy or without (the views' selection).
  const given = argProperty(clicked, 'field');
  const rows =
    given === undefined
      ? selectedRows(deps.views, clicked, selected)
      : Array.isArray(selected)
        ? selected.filter(isTreeNode)
        : selectedRows(deps.views, undefined, undefined);
  if (!rows || rows.length === 0) {
    throw new Error(vscode.l10n.t('{0} copies the rows selected in the Fleet or Query Results view: select some first.', title));
  }
  const field = COPY_FIELDS.find((f) => f === given) ?? (await pickField(rows, title));
  return field && copyList(deps, form, field, rows);
}

async function pickField(rows: readonly TreeNode[], title: string): Promise<CopyField | undefined> {
  const held = COPY_FIELDS.map((field) => ({ field, count: rows.filter((r) => valueOfRow(r, field) !== undefined).length })).filter(
    (f) => f.count > 0,
  );
  if (held.length === 0) throw new Error(vscode.l10n.t('The selected rows hold no ID, serial number, VIN, plate or e-mail address.'));
  if (held.length === 1) return held[0].field;
  const picked = await vscode.window.showQuickPick(
    held.map(({ field, count }) => ({ label: fieldName(field), description: vscode.l10n.t('{0} of {1} rows', count, rows.length), field })),
    { title, placeHolder: vscode.l10n.t('Which value of the selected rows?') },
  );
  return picked?.field;
}

/** The field as menus name it. */
export function fieldName(field: CopyField): string {
  switch (field) {
    case 'id':
      return 'ID';
    case 'uniqueId':
      return vscode.l10n.t('Unique ID');
    case 'serialNumber':
      return vscode.l10n.t('Serial Number');
    case 'vin':
      return 'VIN';
    case 'licensePlate':
      return vscode.l10n.t('Licence Plate');
    case 'emailAddress':
      return vscode.l10n.t('E-mail Address');
  }
}
