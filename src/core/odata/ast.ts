// Syntax tree of OData common expressions ($filter, $orderby items, parameter alias values). Every node keeps
// where it came from, so checks can point at it.

export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type ArithOp = 'add' | 'sub' | 'mul' | 'div' | 'divby' | 'mod';

export interface Span {
  offset: number;
  length: number;
}

export type LiteralType = 'string' | 'int' | 'decimal' | 'boolean' | 'null' | 'datetime' | 'date' | 'time' | 'duration' | 'guid';

export interface LiteralNode extends Span {
  kind: 'literal';
  type: LiteralType;
  /** Strings are unescaped; temporal literals and GUIDs keep their text; durations their value text (P1D). */
  value: string | number | boolean | null;
  /** The literal as written, e.g. 'O''Neil'. */
  text: string;
}

export interface PathSegment extends Span {
  name: string;
}

/** A property or a path into nested objects: serialNumber, userData/firstName, $it/name. */
export interface FieldNode extends Span {
  kind: 'field';
  /** The path as written without $it/, e.g. 'userData/firstName'. */
  name: string;
  segments: PathSegment[];
  /** Written with the $it/ prefix. */
  it: boolean;
}

/** $it on its own: the record being tested. */
export interface ItNode extends Span {
  kind: 'it';
}

export interface AliasNode extends Span {
  kind: 'alias';
  /** Without the '@'. */
  name: string;
}

/** A JSON array [1,2] or a parenthesized list ('a','b') right of `in`. */
export interface ListNode extends Span {
  kind: 'list';
  items: FilterNode[];
  bracket: boolean;
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

export interface NegateNode extends Span {
  kind: 'negate';
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

export interface ArithNode extends Span {
  kind: 'arith';
  op: ArithOp;
  left: FilterNode;
  right: FilterNode;
  opOffset: number;
}

export interface InNode extends Span {
  kind: 'in';
  left: FilterNode;
  /** A list, a JSON array, a parameter alias or another expression that gives a list. */
  right: FilterNode;
  opOffset: number;
}

export interface CallNode extends Span {
  kind: 'call';
  /** The canonical spelling, e.g. 'matchesPattern', whatever the case it was written in. */
  name: string;
  args: FilterNode[];
  /** Length of the name as written (the name starts at `offset`). */
  nameLength: number;
}

/** case(condition:value, …) — the first pair whose condition is true gives the value. */
export interface CaseNode extends Span {
  kind: 'case';
  pairs: { when: FilterNode; then: FilterNode }[];
}

/** A type name as the last argument of cast() and isof(): Edm.String, or a model type. */
export interface TypeNode extends Span {
  kind: 'type';
  name: string;
}

export type FilterNode =
  | LiteralNode
  | FieldNode
  | ItNode
  | AliasNode
  | ListNode
  | LogicalNode
  | NotNode
  | NegateNode
  | CompareNode
  | ArithNode
  | InNode
  | CallNode
  | CaseNode
  | TypeNode;

/** A note the parser leaves for the checker: legal, but worth a warning (upper-case operators). */
export interface ParseNote extends Span {
  message: string;
  /** What to write instead, offered as a quick fix. */
  replacement?: string;
}

export {
  FUNCTION_NAMES,
  FUNCTIONS,
  findFunction,
  isFunctionName,
  type FunctionName,
  type FunctionSignature,
  type ParamKind,
} from './functions';
