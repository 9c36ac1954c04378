// Wiring only: build the services, hand them to the register helpers. No HTTP, no awaited secret reads.
import * as vscode from 'vscode';
import type { QueryOptions } from './core/api/api';
import { configureL10n } from './core/api/configureL10n';
import { SAVED_KEY } from './core/queryLanguage/savedQueries';
import { FlinkeyAuthProvider } from './ui/session/authProvider';
import { CredentialStore } from './ui/session/credentialStore';
import { FleetSession } from './ui/session/fleetSession';
import { registerSessionIndicators } from './ui/session/sessionIndicators';
import { runSignInFlow } from './ui/session/signInFlow';
import { fleetCommands } from './ui/commands/fleetCommands';
import { createGuard } from './ui/commands/guardCommand';
import { registerCommands } from './ui/commands/registerCommands';
import { STATE } from './constants';
import { DetailsProvider } from './ui/documents/detailsProvider';
import { createLogger } from './ui/log';
import { loadQuery } from './ui/queryViews/loadQuery';
import { QueryResults } from './ui/queryViews/queryResults';
import { registerQueries } from './ui/queryViews/registerQueries';
import { FleetDragAndDrop } from './ui/fleetView/dragAndDrop';
import { FleetTree } from './ui/fleetView/fleetTree';
import { ViewSelection } from './ui/fleetView/viewSelection';
import { FleetTreeView } from './ui/fleetView/fleetTreeView';
import { registerFleetIds } from './ui/fleetIds/registerFleetIds';

/** Kept only so deactivate() can stop the demo fleet and wait for it. */
let running: FleetSession | undefined;

export function activate(context: vscode.ExtensionContext): void {
  configureL10n(vscode.l10n.bundle);
  const channel = vscode.window.createOutputChannel('flinkey', { log: true });
  const logger = createLogger(channel, 'explorer');
  const store = new CredentialStore(context.secrets, context.globalState);
  const session = new FleetSession(store, createLogger(channel, 'session'), createLogger(channel, 'api'));
  running = session;
  // Saved queries and section filters sync across machines (Settings Sync); secrets and query history never do.
  context.globalState.setKeysForSync([STATE.sectionQueries, SAVED_KEY]);
  const tree = new FleetTree(session, createLogger(channel, 'tree'), {
    state: context.globalState,
    // Without $select the evaluator hands back whole rows.
    localQuery: <T extends object>(rows: readonly T[], query: QueryOptions, entity: 'group') =>
      loadQuery().applyQuery(rows, query, entity) as T[],
  });
  const views = new ViewSelection();
  const treeView = new FleetTreeView(tree, session, {
    showCollapseAll: true,
    canSelectMany: true,
    dragAndDropController: new FleetDragAndDrop(),
    onCreate: (view) => views.follow(view),
  });
  // Query results are flinkey: documents too, served by the same (one) provider.
  const queryResults = new QueryResults();
  const details = DetailsProvider.register(session, [queryResults]);
  const signInInteractively = () => runSignInFlow(session);
  context.subscriptions.push(
    channel,
    store,
    session,
    tree,
    views,
    treeView,
    queryResults,
    details.disposable,
    FlinkeyAuthProvider.register(session, signInInteractively),
  );
  registerSessionIndicators(context, session);
  const queryHandlers = registerQueries(context, { session, results: queryResults, views, tree, logger: createLogger(channel, 'queries') });
  const fleetHandlers = fleetCommands({ session, tree, treeView, views, details: details.provider, channel, logger });
  const fleetIdHandlers = registerFleetIds(context, { session, logger: createLogger(channel, 'fleetIds') });
  registerCommands(context, createGuard(logger, channel), { ...fleetHandlers, ...queryHandlers, ...fleetIdHandlers });
}

/** Stops the demo fleet, if one runs. */
export async function deactivate(): Promise<void> {
  await running?.shutdown();
  running = undefined;
}
