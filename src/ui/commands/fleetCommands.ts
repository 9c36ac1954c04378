// The handlers of the Fleet view's commands (sign-in, details, copy, find); registered by registerCommands.
import * as l10n from '@vscode/l10n';
import { isTreeNode } from '../fleetView/treeNode';
import { MessageNode } from '../fleetView/messageNode';
import type { CommandDeps } from './commandDeps';
import type { CommandHandlers } from './commandTable';
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
    copyId: (arg) => copyValue(deps, 'id', arg),
    copyUniqueId: (arg) => copyValue(deps, 'uniqueId', arg),
    copySerialNumber: (arg) => copyValue(deps, 'serialNumber', arg),
    copyVin: (arg) => copyValue(deps, 'vin', arg),
    copyLicensePlate: (arg) => copyValue(deps, 'licensePlate', arg),
    copyEmail: (arg) => copyValue(deps, 'emailAddress', arg),
    insertId: (arg) => insertId(deps, arg),
    findInFleet: (arg) => findInFleet(deps, arg),
    showLog: () => deps.channel.show(),
  } satisfies Partial<CommandHandlers>;
}

async function runRow(node: unknown): Promise<boolean> {
  if (!(node instanceof MessageNode)) throw new Error(l10n.t('This command runs from a "Load more" or error row of the Fleet view.'));
  return node.run();
}
