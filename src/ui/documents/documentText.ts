// A details document in words, and waiting until VS Code shows its new text.
import * as vscode from 'vscode';
import { fromDetailsUri } from './detailsUri';

/** Resolves once the extension host's copy of the document holds `text` (VS Code passes a reload on a little later). */
export function shown(uri: vscode.Uri, text: string): Promise<void> {
  const key = uri.toString();
  const holds = () => vscode.workspace.textDocuments.some((d) => d.uri.toString() === key && d.getText() === text);
  if (holds()) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      watch.dispose();
      resolve();
    };
    const timer = setTimeout(done, 5_000);
    const watch = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.uri.toString() === key && holds()) done();
    });
  });
}

/** "Product 4711-ABC", or "product 42" for a URI without a title. */
export function documentName(uri: vscode.Uri): string {
  const title = (uri.path.split('/').pop() ?? '').replace(/\.json$/, '');
  const ref = fromDetailsUri(uri);
  if (!ref || !/^\d+$|^car$/.test(title)) return title || uri.path;
  if (ref.kind === 'car' && ref.productId !== undefined) return vscode.l10n.t('the car of product {0}', ref.productId);
  return `${ref.kind} ${ref.id}`;
}

/** In words: the document's title, never its (percent-encoded) URI. */
export function notDetails(uri: vscode.Uri): string {
  const title = uri.path.split('/').pop() || uri.path;
  return vscode.l10n.t(
    '“{0}” is not a flinkey details document: those show a product, service or car (Open Details on a Fleet row).',
    title,
  );
}
