// Keeps stale-id warnings on their text while the user edits elsewhere: arithmetic over the stored ranges,
// no parsing and no request. A warning whose text is touched is dropped. No vscode import.

export interface LineRange {
  line: number;
  start: number;
  end: number;
}

/** One edit, as VS Code reports it: the replaced range (in the text before the edit) and the new text. */
export interface TextEdit {
  startLine: number;
  startCharacter: number;
  endLine: number;
  endCharacter: number;
  text: string;
}

/** The ranges after `edit`: moved when it is before them, dropped when it touches them. */
export function shiftRanges<T extends LineRange>(ranges: readonly T[], edit: TextEdit): T[] {
  const lines = edit.text.split(/\r\n|\r|\n/);
  const added = lines.length - 1;
  const lastLength = lines[lines.length - 1].length;
  const kept: T[] = [];
  for (const r of ranges) {
    const before = r.line < edit.startLine || (r.line === edit.startLine && r.end < edit.startCharacter);
    if (before) {
      kept.push(r);
      continue;
    }
    const after = r.line > edit.endLine || (r.line === edit.endLine && r.start > edit.endCharacter);
    if (!after) continue; // touched: the identifier is no longer what was checked
    if (r.line > edit.endLine) {
      kept.push({ ...r, line: r.line + added - (edit.endLine - edit.startLine) });
    } else {
      const column = (added === 0 ? edit.startCharacter + lastLength : lastLength) - edit.endCharacter;
      kept.push({ ...r, line: edit.startLine + added, start: r.start + column, end: r.end + column });
    }
  }
  return kept;
}
