// JSON as the read-only documents show it and Export Results writes it: indented like the user's editor,
// with a final newline. No vscode import (the settings are passed in).
import type * as vscode from 'vscode';

/** From the `editor` settings for JSON: `tabSize` spaces, or a tab when `insertSpaces` is off. */
export function jsonIndent(editor: Pick<vscode.WorkspaceConfiguration, 'get'>): number | string {
  if (!editor.get<boolean>('insertSpaces', true)) return '\t';
  const tabSize = editor.get<number>('tabSize', 2);
  return Number.isInteger(tabSize) && tabSize > 0 ? tabSize : 2;
}

export function jsonText(value: unknown, indent: number | string): string {
  return `${JSON.stringify(value, null, indent)}\n`;
}
