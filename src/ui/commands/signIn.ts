// Sign In: prompts for environment, key and credentials — or, given { baseUrl, apiKey, username, password,
// customerId?, staySignedIn? }, signs in without any prompt. Resolves with a summary (no secrets).
import * as vscode from 'vscode';
import { asSignInArgs } from '../session/account';
import { runSignInFlow } from '../session/signInFlow';
import { summarize, type SignInSummary } from '../session/summary';
import { FLEET_VIEW } from '../../constants';
import { isTreeNode } from '../fleetView/treeNode';
import type { CommandDeps } from './commandDeps';

export async function signIn(deps: CommandDeps, arg: unknown): Promise<SignInSummary | undefined> {
  const args = asSignInArgs(arg);
  if (arg !== undefined && arg !== null && !args && !isTreeNode(arg)) {
    throw new Error(vscode.l10n.t('flinkey.signIn expects { baseUrl, apiKey, username, password, customerId?, staySignedIn? }.'));
  }
  const connection = args ? await deps.session.signIn(args) : await runSignInFlow(deps.session);
  if (!connection) return undefined;
  vscode.window.setStatusBarMessage(vscode.l10n.t('$(pass) Signed in to flinkey: {0}', connection.account.customerName), 4000);
  void vscode.commands.executeCommand(`${FLEET_VIEW}.focus`);
  return summarize(connection);
}
