// The one call extension.ts makes for the query features: the Query Results and Queries views and query-file
// language support. Returns the query commands' handlers for the command table.
import * as vscode from 'vscode';
import type { Logger } from '../../core/api/api';
import { FleetDragAndDrop } from '../fleetView/dragAndDrop';
import type { ViewSelection } from '../fleetView/viewSelection';
import type { FleetTree } from '../fleetView/fleetTree';
import type { Connection, FleetSession } from '../session/fleetSession';
import { COMMAND, CONTEXT, LIBRARY_VIEW, RESULTS_VIEW } from '../../constants';
import { LibraryTree } from './libraryTree';
import { queryCommands } from './queryCommands';
import { customerKey, QueryLibrary } from './queryLibrary';
import { registerQueryLanguage } from './queryFileFeatures';
import type { QueryResults, QueryRun } from './queryResults';
import { QueryRunner } from './queryRunner';
import type { QueriesContext } from './queriesContext';
import { ResultsTree } from './resultsTree';

export interface QueriesDeps {
  session: FleetSession;
  /** Created before the flinkey: document provider, which serves flinkey:/queries/… from it. */
  results: QueryResults;
  /** Follows the Query Results view's selection too, for Ctrl+C and the palette. */
  views: ViewSelection;
  logger: Logger;
  tree: FleetTree;
}

export function registerQueries(context: vscode.ExtensionContext, deps: QueriesDeps): ReturnType<typeof queryCommands> {
  const { session, results, views, logger } = deps;
  const library = new QueryLibrary(context.globalState);
  const runner = new QueryRunner(session, results, library, logger);
  const rerun = (run: QueryRun) =>
    Promise.resolve(vscode.commands.executeCommand(COMMAND.rerunQuery, { path: run.path, query: run.query }));
  const resultsTree = new ResultsTree(session, results, rerun, logger);
  const libraryTree = new LibraryTree(session, library);

  let opened: number | undefined;
  const resultsView = views.track(
    vscode.window.createTreeView(RESULTS_VIEW, {
      treeDataProvider: resultsTree.provider,
      showCollapseAll: true,
      canSelectMany: true,
      dragAndDropController: new FleetDragAndDrop(),
    }),
  );
  // Results belong to the customer they ran for (see QueryResults.setCustomer).
  const owner = (connection: Connection | undefined) => results.setCustomer(connection ? customerKey(connection.account) : undefined);
  owner(session.connection);
  context.subscriptions.push(
    session.onDidChange(owner),
    library,
    resultsTree,
    resultsView,
    // The view starts collapsed; a query that starts opens it, so its rows are seen.
    results.onDidChange(() => {
      const newest = results.list()[0];
      if (newest?.state !== 'running' || newest.n === opened) return;
      opened = newest.n;
      if (!resultsView.visible) void vscode.commands.executeCommand(`${RESULTS_VIEW}.focus`);
    }),
    libraryTree,
    vscode.window.createTreeView(LIBRARY_VIEW, { treeDataProvider: libraryTree.provider }),
    results.onDidChange(() => void vscode.commands.executeCommand('setContext', CONTEXT.hasQueryResults, !!results.latestDone())),
  );
  registerQueryLanguage(context);
  const qc: QueriesContext = { session, runner, results, library, views, logger, tree: deps.tree, lastText: new Map() };
  return queryCommands(qc);
}
