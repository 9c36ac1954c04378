// The Problems panel entries of Check Fleet IDs in File. Edits elsewhere move them along (no parsing, no
// request); an edit to the identifier itself removes its warning; a new customer or sign-out clears them all.
import * as vscode from 'vscode';
import { shiftRanges, type LineRange } from './shiftRanges';

export interface StaleEntry extends LineRange {
  message: string;
}

export const DIAGNOSTIC_SOURCE = 'flinkey';
export const DIAGNOSTIC_CODE = 'unknown-fleet-id';

export class StaleIds implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('flinkey-fleet-ids');
  private readonly entries = new Map<string, { uri: vscode.Uri; list: StaleEntry[] }>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(onDidChangeScope: vscode.Event<void>) {
    this.subscriptions = [
      this.collection,
      onDidChangeScope(() => this.clear()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        const known = this.entries.get(e.document.uri.toString());
        if (!known || e.contentChanges.length === 0) return;
        let list = known.list;
        for (const c of e.contentChanges) {
          const { start, end } = c.range;
          list = shiftRanges(list, {
            startLine: start.line,
            startCharacter: start.character,
            endLine: end.line,
            endCharacter: end.character,
            text: c.text,
          });
        }
        this.set(known.uri, list);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.set(doc.uri, [])),
    ];
  }

  set(uri: vscode.Uri, list: StaleEntry[]): void {
    if (list.length === 0) {
      this.entries.delete(uri.toString());
      this.collection.delete(uri);
      return;
    }
    this.entries.set(uri.toString(), { uri, list });
    this.collection.set(uri, list.map(toDiagnostic));
  }

  clear(): void {
    this.entries.clear();
    this.collection.clear();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

function toDiagnostic(e: StaleEntry): vscode.Diagnostic {
  const d = new vscode.Diagnostic(new vscode.Range(e.line, e.start, e.line, e.end), e.message, vscode.DiagnosticSeverity.Warning);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = DIAGNOSTIC_CODE;
  return d;
}
