// The handlers of the Fleet view's commands (sign-in, details, copy, find); registered by registerCommands.
import { isTreeNode } from '../fleetView/treeNode';
import { MessageNode } from '../fleetView/messageNode';
import type { CommandDeps } from './commandDeps';
import type { CommandHandlers } from './commandTable';
import { clearFilter } from './clearFilter';
import { copyValue } from './copyValue';
import { exploreDemo } from './exploreDemo';
import { findInFleet } from './findInFleet';
import { insertId } from './insertId';
import { loadAll } from './loadAll';
import { openDetails } from './openDetails';
import { refreshDetails } from './refreshDetails';
import { signIn } from './signIn';
import { signOut } from './signOut';
import { sortSection } from './sortSection';
import { switchCustomer } from './switchCustomer';

export function fleetCommands(deps: CommandDeps) {
  return {
    signIn: (arg) => signIn(deps, arg),
    signOut: () => signOut(deps),
    exploreDemo: (arg) => exploreDemo(deps, arg),
    switchCustomer: (arg) => switchCustomer(deps, arg),
    refresh: (node) => deps.tree.refresh(isTreeNode(node) ? node : undefined),
    loadMore: (node) => runRow(deps, node),
    retry: (node) => runRow(deps, node),
    loadAll: (arg) => loadAll(deps, arg),
    sortSection: (arg) => sortSection(deps, arg),
    clearFilter: (arg) => clearFilter(deps, arg),
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

/** Runs a "Load more" or error row; the first row of a new page gets the keyboard focus. */
async function runRow(deps: CommandDeps, node: unknown): Promise<boolean> {
  if (!(node instanceof MessageNode)) throw new Error('This command runs from a "Load more" or error row of the Fleet view.');
  const result = await node.run();
  if (isTreeNode(result)) {
    await deps.treeView.reveal(result, { select: true, focus: true });
    return true;
  }
  return result !== false;
}
