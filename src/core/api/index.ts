// The public surface of the flinkey API client (no vscode import anywhere below).
export * from './api';
export * from './errors';
export * from './models';
export { FlinkeyClient, type ClientOptions, type QueryCollection } from './client';
export { validateBaseUrl, isLoopbackHost } from './baseUrl';
export { Redactor, formatHeaders, MASK } from './redact';
export { INVALID_API_KEY_MESSAGE, notFoundSubject, parseRetryAfter } from './responses';
export { DEFAULTS as TRANSPORT_DEFAULTS } from './http';
export { RENEW_BEFORE_MS } from './session';
export { parseCar, parseCustomers, parseProduct, parseProducts, parseService, parseServices, parseToken } from './validate';
export {
  parseAssignment,
  parseAssignments,
  parseBrands,
  parseCars,
  parseEvent,
  parseEvents,
  parseGroups,
  parseKeys,
  parseRows,
  parseUser,
  parseUsers,
  type Collection,
} from './validateFleet';
export { ASSUMED_TEXTS, ASSUMPTIONS } from './assumptions';
export { LocalPager, pageOf, type LocalPage } from './localPages';
export { MAX_IDS_PER_REQUEST, userQueries, usersOfAssignments } from './userIds';
export {
  isExactHit,
  nothingFound,
  SEARCH_FIELDS,
  SEARCH_KINDS,
  searchFilters,
  searchFleet,
  type SearchHit,
  type SearchKind,
  type SearchOptions,
  type SearchResult,
} from './fleetSearch';
