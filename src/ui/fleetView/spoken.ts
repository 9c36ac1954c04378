// What a screen reader says for a row. Without accessibilityInformation VS Code reads the tooltip when there is
// one, so a section would be heard as "Service contracts of the customer" instead of "Services, 12".
import type * as vscode from 'vscode';

/** The row's label and description; `action` (for rows that do something when chosen) makes it a button. */
export function spokenRow(item: vscode.TreeItem, action?: string): vscode.AccessibilityInformation {
  const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
  const description = typeof item.description === 'string' ? item.description : '';
  const parts = [label, description, action ?? ''].filter((part) => part.trim() !== '');
  return action ? { label: parts.join(', '), role: 'button' } : { label: parts.join(', ') };
}
