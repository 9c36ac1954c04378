// contextValue tokens of the query views' own rows (fleet rows keep fleetView/contextValue.ts's); package.json
// menus match them with `==` or `=~`.
export const QUERY_CONTEXT = {
  run: 'queryRun',
  row: 'queryRow',
  saved: 'savedQuery',
  history: 'historyQuery',
  group: 'queryGroup',
} as const;
