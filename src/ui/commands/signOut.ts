// Sign Out: removes every stored secret (API key, password, token) and stops the demo fleet.
import * as vscode from 'vscode';
import type { CommandDeps } from './commandDeps';

export async function signOut(deps: CommandDeps): Promise<boolean> {
  const wasDemo = deps.session.connection?.demo ?? false;
  await deps.session.signOut();
  vscode.window.setStatusBarMessage(
    wasDemo ? vscode.l10n.t('$(sign-out) Left the flinkey demo fleet') : vscode.l10n.t('$(sign-out) Signed out of flinkey'),
    4000,
  );
  return true;
}
