// Quick fixes of query files: a problem that comes with an edit (events without $top gets "Add $top=50") is
// offered as a CodeAction on its diagnostic.
import * as vscode from 'vscode';
import { loadQuery } from './loadQuery';

export class QueryFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(
    doc: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const toRange = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) =>
      new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
    return loadQuery()
      .diagnose(doc.getText())
      .flatMap((d) => {
        const at = toRange(d.range);
        if (!d.edit || !at.intersection(range)) return [];
        const action = new vscode.CodeAction(d.edit.title, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(doc.uri, toRange(d.edit.range), d.edit.newText);
        action.diagnostics = context.diagnostics.filter((shown) => shown.range.isEqual(at) && shown.message === d.message);
        action.isPreferred = true;
        return [action];
      });
  }
}
