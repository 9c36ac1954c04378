// Problems of a whole query file, as editor ranges.
import type { Range } from './lineIndex';
import { parseQueryFile, type FileProblem } from './parseQueryFile';

export interface Diagnostic extends FileProblem {
  range: Range;
  /** The quick fix as an editor edit: replace `range` by `newText`. */
  edit?: { title: string; range: Range; newText: string };
}

export function diagnose(text: string): Diagnostic[] {
  const file = parseQueryFile(text);
  return file.blocks.flatMap((block) =>
    block.problems.map((p) => ({
      ...p,
      range: file.lines.rangeOf(p.offset, p.length),
      ...(p.fix ? { edit: { title: p.fix.title, range: file.lines.rangeOf(p.fix.offset, p.fix.length), newText: p.fix.newText } } : {}),
    })),
  );
}
