// The handlers of the query commands (run, rerun, save, export, copy as code); registered by registerCommands.
import * as vscode from 'vscode';
import { numberArg } from '../commands/commandArgument';
import type { CommandHandlers } from '../commands/commandTable';
import { copyAllIds } from './copyAllIds';
import { copySnippet } from './copySnippet';
import { exportResults } from './exportResults';
import { filterSection } from './filterSection';
import { clearQueryHistory, deleteQuery, renameSavedQuery, saveQuery } from './manageQueries';
import { newQueryFile } from './newQueryFile';
import { runSavedQuery, showQueryHistory } from './pickQuery';
import type { QueriesContext } from './queriesContext';
import { editQuery, rerunQuery } from './rerunQuery';
import { RunNode } from './runNode';
import { runQuery } from './runQuery';
import { runQueryAt } from './runQueryAt';
import { showRun } from './showRun';

export function queryCommands(qc: QueriesContext) {
  return {
    runQuery: (arg) => runQuery(qc, arg),
    runQueryAt: (arg) => runQueryAt(qc, arg),
    rerunQuery: (arg) => rerunQuery(qc, arg),
    editQuery: (arg) => editQuery(qc, arg),
    openQueryResult: (arg) => openResult(qc, arg),
    saveQuery: (arg) => saveQuery(qc, arg),
    runSavedQuery: (arg) => runSavedQuery(qc, arg),
    showQueryHistory: (arg) => showQueryHistory(qc, arg),
    renameSavedQuery: (arg) => renameSavedQuery(qc, arg),
    deleteQuery: (arg) => deleteQuery(qc, arg),
    clearQueryHistory: () => clearQueryHistory(qc),
    copyAsCurl: (arg) => copySnippet(qc, 'curl', arg),
    copyAsTypeScript: (arg) => copySnippet(qc, 'typescript', arg),
    exportResults: (arg, selected) => exportResults(qc, arg, selected),
    copyAllIds: (arg) => copyAllIds(qc.views, arg),
    newQueryFile: () => newQueryFile(),
    filterSection: (arg) => filterSection(qc.tree, arg),
  } satisfies Partial<CommandHandlers>;
}

/** Opens the results document of a run node, { n } or the newest run; returns its URI. */
async function openResult(qc: QueriesContext, arg: unknown): Promise<string | undefined> {
  const n = numberArg(arg, 'n');
  const run = arg instanceof RunNode ? arg.run : n !== undefined ? qc.results.get(n) : qc.results.latestDone();
  if (run?.state !== 'done') throw new Error(vscode.l10n.t('These results are no longer kept: run the query again.'));
  return showRun(run, vscode.ViewColumn.Active, false);
}
