// Ids of the query features shared by code and package.json.
export const QUERY_LANGUAGE = 'flinkey-query';
export const RESULTS_VIEW = 'flinkey.queryResults';
export const LIBRARY_VIEW = 'flinkey.queries';
/** Context key: some query has rows to open, save or export. */
export const HAS_QUERY_RESULTS = 'flinkey.hasQueryResults';

export const QUERY_COMMAND = {
  run: 'flinkey.runQuery',
  runAt: 'flinkey.runQueryAt',
  rerun: 'flinkey.rerunQuery',
  editAndRun: 'flinkey.editQuery',
  openResult: 'flinkey.openQueryResult',
  save: 'flinkey.saveQuery',
  runSaved: 'flinkey.runSavedQuery',
  showHistory: 'flinkey.showQueryHistory',
  rename: 'flinkey.renameSavedQuery',
  remove: 'flinkey.deleteQuery',
  clearHistory: 'flinkey.clearQueryHistory',
  copyCurl: 'flinkey.copyAsCurl',
  copyTypeScript: 'flinkey.copyAsTypeScript',
  exportResults: 'flinkey.exportResults',
  newFile: 'flinkey.newQueryFile',
} as const;

/** contextValue tokens of the query views' own rows (fleet rows keep the explorer's). */
export const QUERY_CONTEXT = {
  run: 'queryRun',
  saved: 'savedQuery',
  history: 'historyQuery',
  group: 'queryGroup',
} as const;
