// Context keys for `when` clauses and the status bar item naming the customer ("(demo)" in demo mode).
import * as vscode from 'vscode';
import { COMMAND, CONTEXT } from '../../constants';
import type { Connection, FleetSession } from './fleetSession';

export function registerSessionIndicators(context: vscode.ExtensionContext, session: FleetSession): void {
  // Created with the first connection: signed out, activation has no status bar item to make.
  let item: vscode.StatusBarItem | undefined;
  const show = (connection: Connection | undefined) => {
    void vscode.commands.executeCommand('setContext', CONTEXT.signedIn, !!connection);
    void vscode.commands.executeCommand('setContext', CONTEXT.demo, !!connection?.demo);
    if (!connection) {
      item?.hide();
      return;
    }
    if (!item) {
      item = vscode.window.createStatusBarItem('flinkey.customer', vscode.StatusBarAlignment.Left, 50);
      item.name = 'flinkey Customer';
      item.command = COMMAND.switchCustomer;
      context.subscriptions.push(item);
    }
    const { account, demo } = connection;
    item.text = demo ? `$(beaker) ${account.customerName} (demo)` : `$(organization) ${account.customerName}`;
    const tooltip = new vscode.MarkdownString(
      `**flinkey** ${demo ? 'demo fleet (local sandbox)' : 'customer'}\n\n` +
        `${account.customerName} — Customer-ID ${account.customerId}\n\n${account.username} at ${account.baseUrl}\n\nClick to switch customer.`,
    );
    item.tooltip = tooltip;
    item.show();
  };
  context.subscriptions.push(session.onDidChange(show));
  // Not awaited: activation must not wait for SecretStorage.
  session.ready().then(show, () => show(undefined));
}
