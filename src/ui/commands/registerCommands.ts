// The one place commands are registered: every id of COMMAND, each handler wrapped by the guard, which
// catches, logs and shows a failure once.
import * as vscode from 'vscode';
import { commandEntries, type CommandHandlers, type Handler } from './commandTable';

export function registerCommands(
  context: vscode.ExtensionContext,
  guard: (id: string, handler: Handler) => Handler,
  handlers: CommandHandlers,
): void {
  for (const [id, handler] of commandEntries(handlers)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, guard(id, handler)));
  }
}
