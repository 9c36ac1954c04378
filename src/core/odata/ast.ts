// $filter syntax tree. Every node keeps where it came from, so checks can point at it.

export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

interface Span {
  offset: number;
  length: number;
}

/** 'and'/'or' chains are flat (operands in order) so long chains never recurse deeply. */
export interface LogicalNode extends Span {
  kind: 'and' | 'or';
  operands: FilterNode[];
}

export interface NotNode extends Span {
  kind: 'not';
  operand: FilterNode;
}

export interface CompareNode extends Span {
  kind: 'compare';
  op: CompareOp;
  left: FilterNode;
  right: FilterNode;
  /** Position of the operator word. */
  opOffset: number;
}

export interface InNode extends Span {
  kind: 'in';
  left: FilterNode;
  items: LiteralNode[];
  opOffset: number;
}

export interface FieldNode extends Span {
  kind: 'field';
  name: string;
}

export interface LiteralNode extends Span {
  kind: 'literal';
  type: 'string' | 'number' | 'boolean' | 'null' | 'datetime' | 'date';
  /** datetime/date keep their literal text; strings are unescaped. */
  value: string | number | boolean | null;
  /** The literal as written, e.g. 'O''Neil'. */
  text: string;
}

export interface CallNode extends Span {
  kind: 'call';
  name: FunctionName;
  args: FilterNode[];
}

export type FilterNode = LogicalNode | NotNode | CompareNode | InNode | FieldNode | LiteralNode | CallNode;

export type ArgType = 'string' | 'number' | 'datetime';

export interface FunctionSignature {
  /** Required then optional argument types. */
  args: ArgType[];
  optional: number;
  returns: 'string' | 'number' | 'boolean';
  /** How the arguments read in a message, e.g. "(text, search)". */
  usage: string;
}

export const FUNCTIONS = {
  contains: { args: ['string', 'string'], optional: 0, returns: 'boolean', usage: 'contains(text, search)' },
  startswith: { args: ['string', 'string'], optional: 0, returns: 'boolean', usage: 'startswith(text, prefix)' },
  endswith: { args: ['string', 'string'], optional: 0, returns: 'boolean', usage: 'endswith(text, suffix)' },
  tolower: { args: ['string'], optional: 0, returns: 'string', usage: 'tolower(text)' },
  toupper: { args: ['string'], optional: 0, returns: 'string', usage: 'toupper(text)' },
  trim: { args: ['string'], optional: 0, returns: 'string', usage: 'trim(text)' },
  length: { args: ['string'], optional: 0, returns: 'number', usage: 'length(text)' },
  indexof: { args: ['string', 'string'], optional: 0, returns: 'number', usage: 'indexof(text, search)' },
  substring: { args: ['string', 'number', 'number'], optional: 1, returns: 'string', usage: 'substring(text, start[, count])' },
  year: { args: ['datetime'], optional: 0, returns: 'number', usage: 'year(dateTime)' },
  month: { args: ['datetime'], optional: 0, returns: 'number', usage: 'month(dateTime)' },
  day: { args: ['datetime'], optional: 0, returns: 'number', usage: 'day(dateTime)' },
} satisfies Record<string, FunctionSignature>;

export type FunctionName = keyof typeof FUNCTIONS;
export const FUNCTION_NAMES = Object.keys(FUNCTIONS) as FunctionName[];

export function isFunctionName(name: string): name is FunctionName {
  return Object.prototype.hasOwnProperty.call(FUNCTIONS, name);
}
