// Public face of the OData part: parsing, checking, query strings and evaluation. No vscode import.
export type { QueryOptions } from './queryOptions';
export type {
  AliasNode,
  ArithNode,
  CallNode,
  CaseNode,
  CompareNode,
  CompareOp,
  FieldNode,
  FilterNode,
  FunctionName,
  InNode,
  ListNode,
  LiteralNode,
  LogicalNode,
  NotNode,
} from './ast';
export { FUNCTION_NAMES, FUNCTIONS, findFunction } from './ast';
export { applyQuery, applyToOne, compileFilter, type EvalOptions } from './apply';
export { analyzeQuery, checkQuery } from './checkQuery';
export { parseExpand, type ExpandItem } from './expand';
export { KEYWORDS, tokenize } from './lexer';
export type { Token, TokenKind } from './lexer';
export { parseOrderBy, parseSelect, parseSelectItems, parseSkip, parseTop } from './options';
export type { OrderByItem, SelectItem } from './options';
export { MAX_DEPTH, parseExpression, parseFilter } from './parser';
export { formatProblem, ODataError } from './problem';
export type { ODataProblem, OptionName, ProblemOption } from './problem';
export { parseQueryText } from './parseQueryText';
export type { OptionSpans, QueryTextSource } from './parseQueryText';
export { fromSearchParams, OPTION_NAMES, quoteString, toQueryString } from './queryString';
export { ENTITY_PLURAL, resolveSchema, SCHEMAS } from './schema';
export type { Entity, EntitySchema, FieldSchema, SchemaRef } from './schema';
