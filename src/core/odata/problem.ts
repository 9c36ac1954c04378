// Problems found in OData query options, with positions an editor can underline.

export type OptionName = 'filter' | 'orderby' | 'select' | 'expand' | 'top' | 'skip';

/** Where a problem sits: an option, a parameter alias value ('@x'), or the whole input ('query'). */
export type ProblemOption = OptionName | 'query' | `@${string}`;

export interface ODataProblem {
  /** 'query' means the whole input (e.g. an unknown $option). */
  option: ProblemOption;
  /** 0-based, relative to the option's value text (or the whole input for 'query'). */
  offset: number;
  length: number;
  message: string;
  severity: 'error' | 'warning';
  /** What to write instead of the span, when the fix is certain enough to offer. */
  replacement?: string;
}

/** "$filter, column 14: expected a value after 'eq'" — columns are 1-based for people. */
export function formatProblem(p: ODataProblem): string {
  const where = p.option === 'query' ? 'query' : p.option.startsWith('@') ? p.option : `$${p.option}`;
  return `${where}, column ${p.offset + 1}: ${p.message}`;
}

export class ODataError extends Error {
  constructor(readonly problem: ODataProblem) {
    super(formatProblem(problem));
    this.name = 'ODataError';
  }
}

export function problem(
  option: ODataProblem['option'],
  offset: number,
  length: number,
  message: string,
  severity: ODataProblem['severity'] = 'error',
  replacement?: string,
): ODataProblem {
  const p: ODataProblem = { option, offset, length: Math.max(length, 0), message, severity };
  if (replacement !== undefined) p.replacement = replacement;
  return p;
}

export function fail(option: ODataProblem['option'], offset: number, length: number, message: string): never {
  throw new ODataError(problem(option, offset, length, message));
}
