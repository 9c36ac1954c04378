// Insert ID at Cursor: replaces every selection of the active editor with the record's id; returns it.
import * as vscode from 'vscode';
import type { CommandDeps } from './commandDeps';
import { valueFor } from './copyValue';

export async function insertId(deps: CommandDeps, arg: unknown): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) throw new Error('Open an editor first: Insert ID at Cursor writes into the active editor.');
  const id = await valueFor(deps, 'id', arg, 'Insert');
  if (id === undefined) return undefined;
  const ok = await editor.edit((edit) => editor.selections.forEach((selection) => edit.replace(selection, id)));
  if (!ok) throw new Error('The editor did not accept the edit (is it read-only?).');
  vscode.window.setStatusBarMessage(`$(insert) Inserted ID ${id}`, 3000);
  return id;
}
