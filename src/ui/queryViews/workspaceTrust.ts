// Requests written in a query file of a workspace the user has not trusted are not sent: running them would send
// the user's flinkey credentials on the say of whoever wrote the file. Untitled files are the user's own.
import * as vscode from 'vscode';

export const MANAGE_TRUST_COMMAND = 'workbench.trust.manage';

export function isUntrustedFile(document: vscode.TextDocument): boolean {
  return !vscode.workspace.isTrusted && document.uri.scheme !== 'untitled';
}

export function untrustedMessage(): string {
  return vscode.l10n.t(
    'Requests in the files of a workspace you have not trusted are not sent: they would go out with your flinkey credentials. Trust the workspace to run them, or copy the request into a new query file.',
  );
}

/** Says why nothing was sent and offers to manage trust. */
export function explainUntrusted(): void {
  const manage = vscode.l10n.t('Manage Workspace Trust');
  void vscode.window.showWarningMessage(untrustedMessage(), manage).then((chosen) => {
    if (chosen === manage) void vscode.commands.executeCommand(MANAGE_TRUST_COMMAND);
  });
}
