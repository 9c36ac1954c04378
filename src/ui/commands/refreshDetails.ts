// Refresh of a details document (editor title): fetches it again and resolves with the new text.
import * as vscode from 'vscode';
import { URI_SCHEME } from '../../constants';
import type { CommandDeps } from './commandDeps';

export async function refreshDetails(deps: CommandDeps, arg: unknown): Promise<string | undefined> {
  const uri =
    arg instanceof vscode.Uri ? arg : typeof arg === 'string' ? vscode.Uri.parse(arg) : vscode.window.activeTextEditor?.document.uri;
  if (!uri || uri.scheme !== URI_SCHEME) throw new Error(vscode.l10n.t('Refresh Details works on an open flinkey details document.'));
  const open = vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
  if (!open) return (await vscode.workspace.openTextDocument(uri)).getText();
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Refreshing flinkey details…') }, () =>
    deps.details.refresh(uri),
  );
}
