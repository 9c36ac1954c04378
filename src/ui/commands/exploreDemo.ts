// Explore the Demo Fleet: starts the local sandbox ({ products?, seed? }) and connects to it; nothing is stored.
import * as vscode from 'vscode';
import { asDemoOptions, startDemoServer } from '../demo/demoServer';
import { summarize, type SignInSummary } from '../session/summary';
import { FLEET_VIEW } from '../../constants';
import type { CommandDeps } from './commandDeps';

export async function exploreDemo(deps: CommandDeps, arg: unknown): Promise<SignInSummary> {
  const options = asDemoOptions(arg);
  const connection = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Starting the flinkey demo fleet…') },
    async () => deps.session.enterDemo(await startDemoServer(options, deps.logger)),
  );
  vscode.window.setStatusBarMessage(vscode.l10n.t('$(beaker) Exploring the flinkey demo fleet ({0})', connection.account.baseUrl), 5000);
  void vscode.commands.executeCommand(`${FLEET_VIEW}.focus`);
  return summarize(connection);
}
