// Copy All IDs: the ids of what a section row (Products, Cars …) has loaded, or of every row of a query run, one
// per line; without an argument, of the one selected section or run. Returns the copied text.
import * as vscode from 'vscode';
import { linesOf, type ListValue } from '../../core/odata/valueList';
import { idOf } from '../documents/fleetRef';
import { isTreeNode, type TreeNode } from '../fleetView/treeNode';
import type { ViewSelection } from '../fleetView/viewSelection';
import type { Rows } from './queryResults';
import { RunNode } from './runNode';

export async function copyAllIds(views: ViewSelection, given: unknown): Promise<string> {
  const selected = views.current();
  const arg = given === undefined && selected.length === 1 ? selected[0] : given;
  if (!isTreeNode(arg) || arg.item || !arg.getChildren) {
    throw new Error(vscode.l10n.t('Copy All IDs copies the ids of a section of the Fleet view or of a query run: use it from that row.'));
  }
  const ids = arg instanceof RunNode ? runIds(arg) : recordIds(await arg.getChildren());
  if (ids.length === 0) throw new Error(vscode.l10n.t('There are no ids to copy here: the list is empty or its rows have no id.'));
  const text = linesOf(ids);
  await vscode.env.clipboard.writeText(text);
  vscode.window.setStatusBarMessage(`$(copy) ${vscode.l10n.t('Copied {0} × {1}', ids.length, 'ID')}`, 5000);
  return text;
}

/** Every row of the run, not only the ones the tree shows. */
function runIds(node: RunNode): ListValue[] {
  const rows: Rows = node.run.state === 'done' ? node.run.rows : [];
  return rows.flatMap((row) => (typeof row.id === 'number' ? [row.id] : []));
}

function recordIds(rows: readonly TreeNode[]): ListValue[] {
  return rows.flatMap((row) => (row.item ? [idOf(row.item)] : []));
}
