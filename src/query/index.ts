// The query features without VS Code: query files, completion, hover, diagnostics, snippets, export, stores.
export { checkInput, type CheckedInput, type InputProblem } from './checkInput';
export { complete } from './complete';
export { completeOptions } from './completeOptions';
export type { CompletionEntry, CompletionKind } from './completionEntry';
export { diagnose, type Diagnostic } from './diagnose';
export { toCsv, toJsonText } from './exportRows';
export { hover } from './hover';
export { hoverOptions, type HoverInfo } from './hoverOptions';
export { LineIndex, type Position, type Range } from './lineIndex';
export { blockAtLine, parseQueryFile, type QueryBlock, type QueryFile } from './parseQueryFile';
export { HISTORY_LIMIT, QueryHistory, type HistoryEntry } from './queryHistory';
export { describeQuery, ENV, requestUrl, type QueryRequest } from './request';
export { matchPath, pathOf, ROUTES, type RouteInfo, type RouteKind, type RouteMatch } from './routes';
export { checkQueryName, SavedQueries, type SavedQuery } from './savedQueries';
export { MemoryStorage, type KeyValueStorage } from './storage';
export { shellQuote, toCurl } from './toCurl';
export { toTypeScript } from './toTypeScript';
