// Shows a finished run: its read-only JSON document (title: query, rows, time) in the given column.
import * as vscode from 'vscode';
import { resultUriOf, type DoneRun } from './queryResults';

export async function showRun(run: DoneRun, column: vscode.ViewColumn, preserveFocus: boolean): Promise<string> {
  const uri = vscode.Uri.parse(resultUriOf(run));
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { viewColumn: column, preview: true, preserveFocus });
  return uri.toString();
}
