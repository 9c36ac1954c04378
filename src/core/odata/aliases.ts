// Parameter aliases: `$filter=name eq @n&@n='Golf'`. Each value is an expression of its own, parsed once and
// checked where it is used; problems in it point into its own text (option '@n').
import type { FilterNode, ParseNote } from './ast';
import { parseExpression } from './parser';
import { ODataError, type ODataProblem } from './problem';

export interface AliasValue {
  name: string;
  node?: FilterNode;
  notes: ParseNote[];
  text?: string;
}

export type Aliases = ReadonlyMap<string, AliasValue>;

export const NO_ALIASES: Aliases = new Map();

/** Parses every alias value; syntax problems go to `problems` and leave the alias without a node. */
export function parseAliases(values: Readonly<Record<string, string>> | undefined, problems: ODataProblem[]): Aliases {
  const out = new Map<string, AliasValue>();
  for (const [name, text] of Object.entries(values ?? {})) {
    try {
      const parsed = parseExpression(text, `@${name}`);
      out.set(name, { name, node: parsed.node, notes: parsed.notes, text });
    } catch (e) {
      if (!(e instanceof ODataError)) throw e;
      problems.push(e.problem);
      out.set(name, { name, notes: [] });
    }
  }
  return out;
}
