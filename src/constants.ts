// Ids shared by code and package.json. The manifest test checks they match.
export const EXTENSION_ID = 'flinkey-fleet-explorer.flinkey-fleet-explorer';
export const VIEW_CONTAINER = 'flinkey';
export const FLEET_VIEW = 'flinkey.fleet';
export const RESULTS_VIEW = 'flinkey.queryResults';
export const LIBRARY_VIEW = 'flinkey.queries';
/** The language of query files (.flinkey-query, .fq). */
export const QUERY_LANGUAGE = 'flinkey-query';
export const URI_SCHEME = 'flinkey';
export const AUTH_PROVIDER_ID = 'flinkey';
export const PRODUCTION_BASE_URL = 'https://api.flinkey.de/v3';

/** Context keys set with setContext, used in `when` clauses. */
export const CONTEXT = {
  signedIn: 'flinkey.signedIn',
  demo: 'flinkey.demo',
  /** Some query has rows to open, save or export. */
  hasQueryResults: 'flinkey.hasQueryResults',
} as const;

/** SecretStorage keys, namespaced. The sign-in (account and secrets) is one value, written whole. */
export const SECRET = {
  signIn: 'flinkey.signIn',
} as const;

/** Where earlier versions kept a sign-in as separate values; read once to move it into SECRET.signIn. */
export const LEGACY_SECRET = {
  apiKey: 'flinkey.apiKey',
  password: 'flinkey.password',
  token: 'flinkey.token',
} as const;

/** globalState keys: the last account that worked (no secrets), for the next sign-in's defaults; section filters. */
export const STATE = {
  account: 'flinkey.account',
  /** Each section's filter and sort, per environment and customer; synced by Settings Sync. */
  sectionQueries: 'flinkey.sectionQueries',
} as const;

/** Settings under `flinkey.*`. */
export const SETTING = {
  section: 'flinkey',
  baseUrls: 'baseUrls',
  pageSize: 'pageSize',
  loadAllLimit: 'loadAll.limit',
  fleetIdHover: 'fleetIds.hover',
  fleetIdPatterns: 'fleetIds.patterns',
} as const;

/**
 * Every command: contributed by package.json (titles, icons and menus are there, localised with it) and
 * registered from one handler table (src/ui/commands/registerCommands.ts). Each key is its id without
 * `flinkey.`, which the compiler checks.
 */
export const COMMAND = keyedByName({
  signIn: 'flinkey.signIn',
  signOut: 'flinkey.signOut',
  exploreDemo: 'flinkey.exploreDemo',
  switchCustomer: 'flinkey.switchCustomer',
  refresh: 'flinkey.refresh',
  loadMore: 'flinkey.loadMore',
  loadAll: 'flinkey.loadAll',
  filterSection: 'flinkey.filterSection',
  sortSection: 'flinkey.sortSection',
  clearFilter: 'flinkey.clearFilter',
  retry: 'flinkey.retry',
  openDetails: 'flinkey.openDetails',
  refreshDetails: 'flinkey.refreshDetails',
  copyId: 'flinkey.copyId',
  copyUniqueId: 'flinkey.copyUniqueId',
  copySerialNumber: 'flinkey.copySerialNumber',
  copyVin: 'flinkey.copyVin',
  copyLicensePlate: 'flinkey.copyLicensePlate',
  copyEmail: 'flinkey.copyEmail',
  copyAsJsonArray: 'flinkey.copyAsJsonArray',
  copyAsODataFilter: 'flinkey.copyAsODataFilter',
  copyAllIds: 'flinkey.copyAllIds',
  insertId: 'flinkey.insertId',
  findInFleet: 'flinkey.findInFleet',
  showLog: 'flinkey.showLog',
  runQuery: 'flinkey.runQuery',
  runQueryAt: 'flinkey.runQueryAt',
  rerunQuery: 'flinkey.rerunQuery',
  editQuery: 'flinkey.editQuery',
  openQueryResult: 'flinkey.openQueryResult',
  saveQuery: 'flinkey.saveQuery',
  runSavedQuery: 'flinkey.runSavedQuery',
  showQueryHistory: 'flinkey.showQueryHistory',
  renameSavedQuery: 'flinkey.renameSavedQuery',
  deleteQuery: 'flinkey.deleteQuery',
  clearQueryHistory: 'flinkey.clearQueryHistory',
  copyAsCurl: 'flinkey.copyAsCurl',
  copyAsTypeScript: 'flinkey.copyAsTypeScript',
  exportResults: 'flinkey.exportResults',
  newQueryFile: 'flinkey.newQueryFile',
  checkFleetIds: 'flinkey.checkFleetIds',
  copyFleetValue: 'flinkey.copyFleetValue',
});

export type CommandName = keyof typeof COMMAND;
export type CommandId = (typeof COMMAND)[CommandName];

function keyedByName<T extends { [K in keyof T]: `flinkey.${K & string}` }>(table: T): Readonly<T> {
  return table;
}
