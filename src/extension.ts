import * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // Wiring only; filled in by the explorer.
}

export function deactivate(): void {}
