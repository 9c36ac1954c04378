// Editor support for .flinkey-query / .fq files: completion, hover, diagnostics while typing (with quick fixes)
// and a Run lens above each request. All of it comes from the vscode-free src/core/queryLanguage functions.
import { isUntrustedFile, MANAGE_TRUST_COMMAND, untrustedMessage } from './workspaceTrust';
import * as vscode from 'vscode';
import type { CompletionEntry, CompletionKind } from '../../core/queryLanguage/completionEntry';
import type { Diagnostic as Found } from '../../core/queryLanguage/diagnose';
import { loadQuery } from './loadQuery';
import { COMMAND, QUERY_LANGUAGE } from '../../constants';

const SELECTOR: vscode.DocumentSelector = { language: QUERY_LANGUAGE };
const TRIGGERS = ['?', '&', '$', '=', ' ', '(', ',', '/', "'"];
const DIAGNOSE_DELAY_MS = 150;
const SOURCE = 'flinkey';

const KINDS: Record<CompletionKind, vscode.CompletionItemKind> = {
  method: vscode.CompletionItemKind.Keyword,
  path: vscode.CompletionItemKind.Module,
  option: vscode.CompletionItemKind.Property,
  field: vscode.CompletionItemKind.Field,
  operator: vscode.CompletionItemKind.Operator,
  keyword: vscode.CompletionItemKind.Keyword,
  function: vscode.CompletionItemKind.Function,
  value: vscode.CompletionItemKind.Value,
};

const SEVERITY = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
};

export function toCompletionItem(doc: vscode.TextDocument, e: CompletionEntry): vscode.CompletionItem {
  const item = new vscode.CompletionItem(e.label, KINDS[e.kind]);
  const text = e.insertText ?? e.label;
  item.insertText = e.snippet ? new vscode.SnippetString(text) : text;
  item.range = new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end));
  item.detail = e.detail;
  item.documentation = new vscode.MarkdownString(e.documentation);
  item.sortText = e.sortText;
  if (e.retrigger) item.command = { command: 'editor.action.triggerSuggest', title: vscode.l10n.t('Suggest') };
  return item;
}

/**
 * Registers the query-file features once the first query document is open (now or later), so activation
 * does not pay for providers, listeners and diagnostics that most sessions never use.
 */
export function registerQueryLanguage(context: vscode.ExtensionContext): void {
  let registered = false;
  const firstQueryDocument = (doc: vscode.TextDocument) => {
    if (registered || doc.languageId !== QUERY_LANGUAGE) return;
    registered = true;
    waiting.dispose();
    registerProviders(context);
  };
  const waiting = vscode.workspace.onDidOpenTextDocument(firstQueryDocument);
  context.subscriptions.push(waiting);
  vscode.workspace.textDocuments.forEach(firstQueryDocument);
}

function registerProviders(context: vscode.ExtensionContext): void {
  const diagnostics = vscode.languages.createDiagnosticCollection(QUERY_LANGUAGE);
  const timers = new Map<string, NodeJS.Timeout>();

  const update = (doc: vscode.TextDocument) => {
    if (doc.languageId !== QUERY_LANGUAGE) return;
    diagnostics.set(doc.uri, loadQuery().diagnose(doc.getText()).map(toDiagnostic));
  };
  const later = (doc: vscode.TextDocument) => {
    const key = doc.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        update(doc);
      }, DIAGNOSE_DELAY_MS),
    );
  };

  context.subscriptions.push(
    diagnostics,
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
    vscode.languages.registerCompletionItemProvider(
      SELECTOR,
      {
        provideCompletionItems: (doc, position) =>
          loadQuery()
            .complete(doc.getText(), doc.offsetAt(position))
            .map((e) => toCompletionItem(doc, e)),
      },
      ...TRIGGERS,
    ),
    vscode.languages.registerHoverProvider(SELECTOR, {
      provideHover: (doc, position) => {
        const h = loadQuery().hover(doc.getText(), doc.offsetAt(position));
        return (
          h && new vscode.Hover(new vscode.MarkdownString(h.markdown), new vscode.Range(doc.positionAt(h.start), doc.positionAt(h.end)))
        );
      },
    }),
    vscode.languages.registerCodeActionsProvider(
      SELECTOR,
      { provideCodeActions: (doc, range, context) => quickFixes(doc, range, context) },
      {
        providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
      },
    ),
    vscode.languages.registerSignatureHelpProvider(
      SELECTOR,
      { provideSignatureHelp: (doc, position) => signatureHelp(doc, position) },
      '(',
      ',',
    ),
    lensesChanged,
    vscode.workspace.onDidGrantWorkspaceTrust(() => lensesChanged.fire()),
    vscode.languages.registerCodeLensProvider(SELECTOR, {
      provideCodeLenses: (doc) => codeLenses(doc),
      onDidChangeCodeLenses: lensesChanged.event,
    }),
    vscode.workspace.onDidOpenTextDocument(update),
    vscode.workspace.onDidChangeTextDocument((e) => later(e.document)),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      clearTimeout(timers.get(doc.uri.toString()));
      diagnostics.delete(doc.uri);
    }),
  );
  vscode.workspace.textDocuments.forEach(update);
}

/** Fired when trust is granted, so the Run lenses of untrusted files come back. */
const lensesChanged = new vscode.EventEmitter<void>();

function toDiagnostic(d: Found): vscode.Diagnostic {
  const range = new vscode.Range(d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character);
  const diagnostic = new vscode.Diagnostic(range, d.message, SEVERITY[d.severity]);
  diagnostic.source = SOURCE;
  return diagnostic;
}

/**
 * Each problem that comes with a fix (an upper-case operator, a near-miss enum value, an unquoted string, the
 * $top a list of events needs) as a code action tied to its diagnostic; preferred when it is that problem's only fix.
 */
function quickFixes(doc: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
  const found = loadQuery().diagnose(doc.getText());
  return found.flatMap((d) => {
    const diagnostic = toDiagnostic(d);
    if (!d.fix || !diagnostic.range.intersection(range)) return [];
    const shown = context.diagnostics.find((x) => x.source === SOURCE && x.message === d.message && x.range.isEqual(diagnostic.range));
    const action = new vscode.CodeAction(d.fix.title, vscode.CodeActionKind.QuickFix);
    action.edit = new vscode.WorkspaceEdit();
    action.edit.replace(
      doc.uri,
      new vscode.Range(doc.positionAt(d.fix.offset), doc.positionAt(d.fix.offset + d.fix.length)),
      d.fix.newText,
    );
    action.diagnostics = [shown ?? diagnostic];
    action.isPreferred = found.filter((other) => other.fix && other.offset === d.offset && other.length === d.length).length === 1;
    return [action];
  });
}

/** The parameters of the function call the cursor is in. */
function signatureHelp(doc: vscode.TextDocument, position: vscode.Position): vscode.SignatureHelp | undefined {
  const sig = loadQuery().signatureHelp(doc.getText(), doc.offsetAt(position));
  if (!sig) return undefined;
  const info = new vscode.SignatureInformation(sig.label, new vscode.MarkdownString(sig.documentation));
  info.parameters = sig.parameters.map((range) => new vscode.ParameterInformation(range));
  const help = new vscode.SignatureHelp();
  help.signatures = [info];
  help.activeSignature = 0;
  help.activeParameter = sig.active;
  return help;
}

/** Run / Copy as cURL / Copy as TypeScript above each request. */
function codeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
  const untrusted = isUntrustedFile(doc);
  const file = loadQuery().parseQueryFile(doc.getText());
  return file.blocks.flatMap((block) => {
    const range = new vscode.Range(block.startLine, 0, block.startLine, 0);
    const at = { uri: doc.uri.toString(), line: block.startLine };
    const errors = block.problems.filter((p) => p.severity === 'error').length;
    const run: vscode.Command = untrusted
      ? { title: vscode.l10n.t('$(shield) Trust the workspace to run'), command: MANAGE_TRUST_COMMAND, tooltip: untrustedMessage() }
      : errors
        ? {
            title:
              errors === 1
                ? vscode.l10n.t('$(error) 1 problem — fix before running')
                : vscode.l10n.t('$(error) {0} problems — fix before running', errors),
            command: 'workbench.actions.view.problems',
          }
        : {
            title: vscode.l10n.t('$(play) Run'),
            command: COMMAND.runQueryAt,
            arguments: [at],
            tooltip: vscode.l10n.t('Send this request and show the rows beside the editor'),
          };
    return [
      new vscode.CodeLens(range, run),
      new vscode.CodeLens(range, { title: vscode.l10n.t('Copy as cURL'), command: COMMAND.copyAsCurl, arguments: [at] }),
      new vscode.CodeLens(range, { title: vscode.l10n.t('Copy as TypeScript'), command: COMMAND.copyAsTypeScript, arguments: [at] }),
    ];
  });
}
