// The handlers of the Fleet view's commands (sign-in, details, copy, find); registered by registerCommands.
import * as l10n from '@vscode/l10n';
import { isTreeNode } from '../fleetView/treeNode';
import { MessageNode } from '../fleetView/messageNode';
import type { CommandDeps } from './commandDeps';
import type { CommandHandlers } from './commandTable';
import { copyAs } from './copyList';
import { copyValue } from './copyValue';
import { exploreDemo } from './exploreDemo';
import { findInFleet } from './findInFleet';
import { insertId } from './insertId';
import { openDetails } from './openDetails';
import { refreshDetails } from './refreshDetails';
import { signIn } from './signIn';
import { signOut } from './signOut';
import { switchCustomer } from './switchCustomer';

export function fleetCommands(deps: CommandDeps) {
  return {
    signIn: (arg) => signIn(deps, arg),
    signOut: () => signOut(deps),
    exploreDemo: (arg) => exploreDemo(deps, arg),
    switchCustomer: (arg) => switchCustomer(deps, arg),
    refresh: (node) => deps.tree.refresh(isTreeNode(node) ? node : undefined),
    loadMore: (node) => runRow(node),
    retry: (node) => runRow(node),
    openDetails: (arg) => openDetails(deps, arg),
    refreshDetails: (arg) => refreshDetails(deps, arg),
    // From a view's menu VS Code passes the clicked row and all selected rows.
    copyId: (arg, selected) => copyValue(deps, 'id', arg, selected),
    copyUniqueId: (arg, selected) => copyValue(deps, 'uniqueId', arg, selected),
    copySerialNumber: (arg, selected) => copyValue(deps, 'serialNumber', arg, selected),
    copyVin: (arg, selected) => copyValue(deps, 'vin', arg, selected),
    copyLicensePlate: (arg, selected) => copyValue(deps, 'licensePlate', arg, selected),
    copyEmail: (arg, selected) => copyValue(deps, 'emailAddress', arg, selected),
    copyAsJsonArray: (arg, selected) => copyAs(deps, 'json', arg, selected),
    copyAsODataFilter: (arg, selected) => copyAs(deps, 'filter', arg, selected),
    insertId: (arg, selected) => insertId(deps, arg, selected),
    findInFleet: (arg) => findInFleet(deps, arg),
    showLog: () => deps.channel.show(),
  } satisfies Partial<CommandHandlers>;
}

async function runRow(node: unknown): Promise<boolean> {
  if (!(node instanceof MessageNode)) throw new Error(l10n.t('This command runs from a "Load more" or error row of the Fleet view.'));
  return node.run();
}
