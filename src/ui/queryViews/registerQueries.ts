// The one call extension.ts makes for the query features: views, query-file language support and commands.
import * as vscode from 'vscode';
import type { Logger } from '../../core/api/api';
import type { Connection, FleetSession } from '../session/fleetSession';
import type { Handler } from '../commands/guardCommand';
import { copySnippet } from './copySnippet';
import { exportResults } from './exportResults';
import { HAS_QUERY_RESULTS, LIBRARY_VIEW, QUERY_COMMAND, RESULTS_VIEW } from './ids';
import { LibraryTreeProvider } from './libraryTreeProvider';
import { clearQueryHistory, deleteQuery, renameSavedQuery, saveQuery } from './manageQueries';
import { newQueryFile } from './newQueryFile';
import { runSavedQuery, showQueryHistory } from './pickQuery';
import { customerKey, QueryLibrary } from './queryLibrary';
import { registerQueryLanguage } from './queryFileFeatures';
import type { QueryResults, QueryRun } from './queryResults';
import { QueryRunner } from './queryRunner';
import type { QueriesContext } from './queriesContext';
import { editQuery, rerunQuery } from './rerunQuery';
import { ResultsTreeProvider } from './resultsTreeProvider';
import { RunNode } from './runNode';
import { runQuery } from './runQuery';
import { runQueryAt } from './runQueryAt';
import { showRun } from './showRun';

export interface QueriesDeps {
  session: FleetSession;
  /** Created before the flinkey: document provider, which serves flinkey:/queries/… from it. */
  results: QueryResults;
  logger: Logger;
  /** The extension's command wrapper: catches, logs and shows a failure once, and returns the result. */
  guard(id: string, handler: Handler): Handler;
}

export function registerQueries(context: vscode.ExtensionContext, deps: QueriesDeps): void {
  const { session, results, logger } = deps;
  const library = new QueryLibrary(context.globalState);
  const runner = new QueryRunner(session, results, library, logger);
  const rerun = (run: QueryRun) =>
    Promise.resolve(vscode.commands.executeCommand(QUERY_COMMAND.rerun, { path: run.path, query: run.query }));
  const resultsTree = new ResultsTreeProvider(session, results, rerun, logger);
  const resultsView = vscode.window.createTreeView(RESULTS_VIEW, { treeDataProvider: resultsTree, showCollapseAll: true });
  const libraryTree = new LibraryTreeProvider(session, library);
  const libraryView = vscode.window.createTreeView(LIBRARY_VIEW, { treeDataProvider: libraryTree });
  const qc: QueriesContext = { session, runner, results, library, resultsTree, resultsView, logger, lastText: new Map() };

  // Results belong to the customer they ran for (see QueryResults.setCustomer).
  const owner = (connection: Connection | undefined) => results.setCustomer(connection ? customerKey(connection.account) : undefined);
  owner(session.connection);
  context.subscriptions.push(
    session.onDidChange(owner),
    library,
    resultsTree,
    resultsView,
    libraryTree,
    libraryView,
    results.onDidChange(
      () =>
        void vscode.commands.executeCommand(
          'setContext',
          HAS_QUERY_RESULTS,
          results.list().some((r) => r.state === 'done'),
        ),
    ),
  );
  registerQueryLanguage(context);

  const table: Record<string, Handler> = {
    [QUERY_COMMAND.run]: (arg) => runQuery(qc, arg),
    [QUERY_COMMAND.runAt]: (arg) => runQueryAt(qc, arg),
    [QUERY_COMMAND.rerun]: (arg) => rerunQuery(qc, arg),
    [QUERY_COMMAND.editAndRun]: (arg) => editQuery(qc, arg),
    [QUERY_COMMAND.openResult]: (arg) => openResult(qc, arg),
    [QUERY_COMMAND.save]: (arg) => saveQuery(qc, arg),
    [QUERY_COMMAND.runSaved]: (arg) => runSavedQuery(qc, arg),
    [QUERY_COMMAND.showHistory]: (arg) => showQueryHistory(qc, arg),
    [QUERY_COMMAND.rename]: (arg) => renameSavedQuery(qc, arg),
    [QUERY_COMMAND.remove]: (arg) => deleteQuery(qc, arg),
    [QUERY_COMMAND.clearHistory]: () => clearQueryHistory(qc),
    [QUERY_COMMAND.copyCurl]: (arg) => copySnippet(qc, 'curl', arg),
    [QUERY_COMMAND.copyTypeScript]: (arg) => copySnippet(qc, 'typescript', arg),
    [QUERY_COMMAND.exportResults]: (arg) => exportResults(qc, arg),
    [QUERY_COMMAND.newFile]: () => newQueryFile(),
  };
  for (const [id, handler] of Object.entries(table)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, deps.guard(id, handler)));
  }
}

/** Opens the results document of a run node, { n } or the newest run; returns its URI. */
async function openResult(qc: QueriesContext, arg: unknown): Promise<string | undefined> {
  const n = arg && typeof arg === 'object' ? (arg as { n?: unknown }).n : undefined;
  const run =
    arg instanceof RunNode ? arg.run : typeof n === 'number' ? qc.results.get(n) : qc.results.list().find((r) => r.state === 'done');
  if (!run || run.state !== 'done') throw new Error('These results are no longer kept: run the query again.');
  return showRun(run, vscode.ViewColumn.Active, false);
}
