// Insert ID at Cursor: replaces every selection of the active editor with the record's id (the ids of all selected
// rows, one per line, when the row is one of several selected); returns what it inserted.
import * as vscode from 'vscode';
import { linesOf } from '../../core/odata/valueList';
import type { CommandDeps } from './commandDeps';
import { valueFor } from './copyValue';
import { recordTarget, valuesOfRows } from './rowValues';

export async function insertId(deps: CommandDeps, arg: unknown, selected?: unknown): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) throw new Error(vscode.l10n.t('Open an editor first: Insert ID at Cursor writes into the active editor.'));
  const target = recordTarget(deps.views, arg, selected);
  const text = 'rows' in target ? idLines(target.rows) : await valueFor(deps, 'id', target.arg, 'Insert');
  if (text === undefined) return undefined;
  const ok = await editor.edit((edit) => editor.selections.forEach((selection) => edit.replace(selection, text)));
  if (!ok) throw new Error(vscode.l10n.t('The editor did not accept the edit (is it read-only?).'));
  vscode.window.setStatusBarMessage(vscode.l10n.t('$(insert) Inserted ID {0}', text.replace(/\n/g, ', ')), 3000);
  return text;
}

function idLines(rows: Parameters<typeof valuesOfRows>[0]): string {
  const { values } = valuesOfRows(rows, 'id');
  if (values.length === 0) throw new Error(vscode.l10n.t('None of the selected rows is a record with an ID.'));
  return linesOf(values);
}
