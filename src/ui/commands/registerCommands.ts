// The one place commands are registered: each handler's errors are caught, logged and shown once.
import * as vscode from 'vscode';
import { COMMAND } from '../../constants';
import { MessageNode } from '../fleetView/messageNode';
import type { CommandDeps } from './commandDeps';
import { copyValue } from './copyValue';
import { exploreDemo } from './exploreDemo';
import { findInFleet } from './findInFleet';
import { createGuard, type Handler } from './guardCommand';
import { insertId } from './insertId';
import { openDetails } from './openDetails';
import { refreshDetails } from './refreshDetails';
import { signIn } from './signIn';
import { signOut } from './signOut';
import { switchCustomer } from './switchCustomer';

/** Registers the explorer's commands through `guard` (see guardCommand.ts), which it also returns for other tables. */
export function registerCommands(context: vscode.ExtensionContext, deps: CommandDeps): (id: string, handler: Handler) => Handler {
  const guard = createGuard(deps.logger, deps.channel);
  const table: Record<string, Handler> = {
    [COMMAND.signIn]: (arg) => signIn(deps, arg),
    [COMMAND.signOut]: () => signOut(deps),
    [COMMAND.exploreDemo]: (arg) => exploreDemo(deps, arg),
    [COMMAND.switchCustomer]: (arg) => switchCustomer(deps, arg),
    [COMMAND.refresh]: (node) => deps.tree.refresh(asNode(node)),
    [COMMAND.loadMore]: (node) => runRow(node),
    [COMMAND.retry]: (node) => runRow(node),
    [COMMAND.openDetails]: (arg) => openDetails(deps, arg),
    [COMMAND.refreshDetails]: (arg) => refreshDetails(deps, arg),
    [COMMAND.copyId]: (arg) => copyValue(deps, 'id', arg),
    [COMMAND.copyUniqueId]: (arg) => copyValue(deps, 'uniqueId', arg),
    [COMMAND.copySerialNumber]: (arg) => copyValue(deps, 'serialNumber', arg),
    [COMMAND.copyVin]: (arg) => copyValue(deps, 'vin', arg),
    [COMMAND.copyLicensePlate]: (arg) => copyValue(deps, 'licensePlate', arg),
    [COMMAND.insertId]: (arg) => insertId(deps, arg),
    [COMMAND.findInFleet]: (arg) => findInFleet(deps, arg),
    [COMMAND.showLog]: () => deps.channel.show(),
  };
  for (const [id, handler] of Object.entries(table)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, guard(id, handler)));
  }
  return guard;
}

function asNode(value: unknown) {
  return value && typeof value === 'object' && typeof (value as { getTreeItem?: unknown }).getTreeItem === 'function'
    ? (value as Parameters<CommandDeps['tree']['refresh']>[0])
    : undefined;
}

async function runRow(node: unknown): Promise<boolean> {
  if (!(node instanceof MessageNode)) throw new Error('This command runs from a "Load more" or error row of the Fleet view.');
  return node.run();
}
