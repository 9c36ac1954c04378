// Public face of the OData part: parsing, checking, query strings and evaluation. No vscode import.
export type { QueryOptions } from '../api/api';
export type {
  ArgType,
  CallNode,
  CompareNode,
  CompareOp,
  FieldNode,
  FilterNode,
  FunctionName,
  InNode,
  LiteralNode,
  LogicalNode,
  NotNode,
} from './ast';
export { FUNCTION_NAMES, FUNCTIONS } from './ast';
export { applyQuery, applyToOne } from './apply';
export { checkQuery } from './checkQuery';
export { checkFilter } from './checkFilter';
export { compileFilter } from './compile';
export { KEYWORDS, tokenize } from './lexer';
export type { Token, TokenKind } from './lexer';
export { parseOrderBy, parseSelect, parseSelectItems, parseSkip, parseTop } from './options';
export type { OrderByItem, SelectItem } from './options';
export { MAX_DEPTH, parseFilter } from './parser';
export { formatProblem, ODataError } from './problem';
export type { ODataProblem, OptionName } from './problem';
export { parseQueryText } from './parseQueryText';
export type { OptionSpans } from './parseQueryText';
export { fromSearchParams, OPTION_NAMES, quoteString, toQueryString } from './queryString';
export { ENTITY_PLURAL, SCHEMAS } from './schema';
export type { Entity, FieldSchema } from './schema';
