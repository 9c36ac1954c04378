// Signature help: inside a function call, its parameters with the one being typed marked.
import { findFunction, FUNCTIONS, type FunctionName } from '../odata/functions';
import { tokenize } from '../odata/lexer';
import { OPTION_NAMES } from '../odata/queryString';
import type { OptionName } from '../odata/problem';
import { functionMeaning } from './functionDocs';
import { blockAtLine, parseQueryFile } from './parseQueryFile';
import { segmentAt } from './segments';

export interface SignatureInfo {
  /** e.g. substring(text, start[, count]) */
  label: string;
  documentation: string;
  /** Each parameter as [start, end) in the label. */
  parameters: [number, number][];
  active: number;
}

/** In a line of options: the call around `offset` in $filter, $orderby, an alias value or a bare filter. */
export function signatureOptions(input: string, offset: number, mode: 'input' | 'url'): SignatureInfo | undefined {
  const seg = segmentAt(input, offset);
  const before = input.slice(seg.start, offset);
  const m = /^(\s*)(?:(\$?)([A-Za-z]+)|(@\w+))\s*=\s*/.exec(before);
  const name = m?.[3]?.toLowerCase();
  if (m && (m[4] || ((m[2] === '$' || OPTION_NAMES.includes(name as OptionName)) && (name === 'filter' || name === 'orderby')))) {
    return signatureIn(before.slice(m[0].length));
  }
  return !m && mode === 'input' && seg.index === 0 ? signatureIn(before) : undefined;
}

/** In a query file. */
export function signatureHelp(text: string, offset: number): SignatureInfo | undefined {
  const file = parseQueryFile(text);
  const block = blockAtLine(file, file.lines.positionAt(offset).line);
  const q = block?.toQueryOffset(offset);
  return block && q !== undefined ? signatureOptions(block.query, q, 'url') : undefined;
}

/** `text` is an expression up to the cursor. */
function signatureIn(text: string): SignatureInfo | undefined {
  const frames: { fn?: FunctionName; arg: number }[] = [];
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.kind === 'openParen') {
      const prev = tokens[i - 1];
      const adjacent = prev?.kind === 'identifier' && prev.offset + prev.length === tok.offset;
      frames.push({ fn: adjacent ? findFunction(prev.text) : undefined, arg: 0 });
    } else if (tok.kind === 'closeParen') {
      frames.pop();
    } else if (tok.kind === 'comma' && frames.length > 0) {
      frames[frames.length - 1].arg++;
    }
  }
  const frame = frames[frames.length - 1];
  return frame?.fn ? signature(frame.fn, frame.arg) : undefined;
}

export function signature(fn: FunctionName, arg: number): SignatureInfo {
  const sig = FUNCTIONS[fn];
  const label = sig.usage;
  const parameters: [number, number][] = [];
  let from = label.indexOf('(') + 1;
  for (const name of sig.names) {
    const at = label.indexOf(name, from);
    parameters.push([at, at + name.length]);
    from = at + name.length;
  }
  // cast(type) and isof(type): a single argument is the type.
  const active = fn === 'case' || parameters.length === 0 ? 0 : Math.min(arg, parameters.length - 1);
  return { label, documentation: functionMeaning(fn), parameters, active };
}
