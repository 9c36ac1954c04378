// The one TextDocumentContentProvider of the `flinkey:` scheme: read-only, pretty-printed JSON details.
import * as vscode from 'vscode';
import type { FleetSession } from '../auth/fleetSession';
import { URI_SCHEME } from '../constants';
import { fromDetailsUri } from './detailsUri';
import { loadDetails } from './loadDetails';

export class DetailsProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Refreshes waiting for the next content of a URI. */
  private readonly waiting = new Map<string, ((text: string | Error) => void)[]>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly session: FleetSession) {}

  static register(session: FleetSession): { provider: DetailsProvider; disposable: vscode.Disposable } {
    const provider = new DetailsProvider(session);
    const registration = vscode.workspace.registerTextDocumentContentProvider(URI_SCHEME, provider);
    return { provider, disposable: vscode.Disposable.from(registration, provider) };
  }

  async provideTextDocumentContent(uri: vscode.Uri, token: vscode.CancellationToken): Promise<string> {
    const ref = fromDetailsUri(uri);
    if (!ref) throw new Error(`${uri.toString()} is not a flinkey details document (expected e.g. flinkey:/products/42.json).`);
    const abort = new AbortController();
    const subscription = token.onCancellationRequested(() => abort.abort());
    try {
      const data = await loadDetails(await this.session.api(), ref, abort.signal);
      const editor = vscode.workspace.getConfiguration('editor', { uri, languageId: 'json' });
      const tabSize = editor.get<number>('tabSize', 2);
      const indent = editor.get<boolean>('insertSpaces', true) ? (Number.isInteger(tabSize) && tabSize > 0 ? tabSize : 2) : '\t';
      const text = `${JSON.stringify(data, null, indent)}\n`;
      this.settle(uri, text);
      return text;
    } catch (e) {
      this.settle(uri, e instanceof Error ? e : new Error(String(e)));
      throw e;
    } finally {
      subscription.dispose();
    }
  }

  /** Re-fetches an open document; resolves with its new text once VS Code asked for it. */
  refresh(uri: vscode.Uri): Promise<string> {
    const key = uri.toString();
    const pending = new Promise<string>((resolve, reject) => {
      const list = this.waiting.get(key) ?? [];
      list.push((result) => (result instanceof Error ? reject(result) : resolve(result)));
      this.waiting.set(key, list);
    });
    this.changed.fire(uri);
    const timer = setTimeout(() => this.settle(uri, new Error('VS Code did not reload the document within 30 s.')), 30_000);
    return pending.finally(() => clearTimeout(timer));
  }

  private settle(uri: vscode.Uri, result: string | Error): void {
    const key = uri.toString();
    const list = this.waiting.get(key);
    this.waiting.delete(key);
    list?.forEach((notify) => notify(result));
  }

  dispose(): void {
    this.changed.dispose();
  }
}
