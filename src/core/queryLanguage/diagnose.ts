// Problems of a whole query file, as editor ranges; a quick fix keeps its offsets into the file.
import type { Range } from './lineIndex';
import { parseQueryFile, type FileProblem } from './parseQueryFile';

export interface Diagnostic extends FileProblem {
  range: Range;
}

export function diagnose(text: string): Diagnostic[] {
  const file = parseQueryFile(text);
  return file.blocks.flatMap((block) => block.problems.map((p) => ({ ...p, range: file.lines.rangeOf(p.offset, p.length) })));
}
