// The handlers of the Fleet view's commands (sign-in, details, copy, find); registered by registerCommands.
import * as l10n from '@vscode/l10n';
import { isTreeNode } from '../fleetView/treeNode';
import { MessageNode } from '../fleetView/messageNode';
import type { CommandDeps } from './commandDeps';
import type { CommandHandlers } from './commandTable';
import { copyAs } from './copyList';
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

/** Runs a "Load more" or error row; the first row of a new page gets the keyboard focus. */
async function runRow(deps: CommandDeps, node: unknown): Promise<boolean> {
  if (!(node instanceof MessageNode)) throw new Error(l10n.t('This command runs from a "Load more" or error row of the Fleet view.'));
  const result = await node.run();
  if (isTreeNode(result)) {
    await deps.treeView.reveal(result, { select: true, focus: true });
    return true;
  }
  return result !== false;
}
