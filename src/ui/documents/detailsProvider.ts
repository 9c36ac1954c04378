// The one TextDocumentContentProvider of the `flinkey:` scheme: read-only, pretty-printed JSON details.
import * as vscode from 'vscode';
import type { Connection, FleetSession } from '../session/fleetSession';
import { URI_SCHEME } from '../../constants';
import { fromDetailsUri } from './detailsUri';
import { jsonIndent, jsonText } from './jsonText';
import type { KnownParts } from './knownParts';
import { loadDetails } from './loadDetails';

/** Another kind of flinkey: document (e.g. query results): what it shows, or undefined when the URI is not its. */
export interface DocumentSource {
  documentOf(uri: vscode.Uri): { value: unknown } | undefined;
}

export class DetailsProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Refreshes waiting for the next content of a URI. */
  private readonly waiting = new Map<string, ((text: string | Error) => void)[]>();
  /** What the opener already holds for a URI (a tree row's record and children), used for its first load only. */
  private readonly known = new Map<string, KnownParts>();
  /** The connection each open details document was fetched with, so one reopened after a switch is fetched again. */
  private readonly madeWith = new Map<string, Connection | undefined>();
  private readonly closing: vscode.Disposable;
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly session: FleetSession,
    private readonly sources: readonly DocumentSource[] = [],
  ) {
    this.closing = vscode.workspace.onDidCloseTextDocument((doc) => this.madeWith.delete(doc.uri.toString()));
  }

  static register(
    session: FleetSession,
    sources: readonly DocumentSource[] = [],
  ): { provider: DetailsProvider; disposable: vscode.Disposable } {
    const provider = new DetailsProvider(session, sources);
    const registration = vscode.workspace.registerTextDocumentContentProvider(URI_SCHEME, provider);
    return { provider, disposable: vscode.Disposable.from(registration, provider) };
  }

  async provideTextDocumentContent(uri: vscode.Uri, token: vscode.CancellationToken): Promise<string> {
    const indent = jsonIndent(vscode.workspace.getConfiguration('editor', { uri, languageId: 'json' }));
    for (const source of this.sources) {
      const document = source.documentOf(uri);
      if (document) {
        const text = jsonText(document.value, indent);
        this.settle(uri, text);
        return text;
      }
    }
    const ref = fromDetailsUri(uri);
    if (!ref) throw new Error(`${uri.toString()} is not a flinkey details document (expected e.g. flinkey:/products/42.json).`);
    const known = this.known.get(uri.toString());
    this.known.delete(uri.toString());
    const abort = new AbortController();
    const subscription = token.onCancellationRequested(() => abort.abort());
    try {
      const api = await this.session.api();
      const connection = this.session.connection;
      const data = await loadDetails(api, ref, abort.signal, known);
      this.madeWith.set(uri.toString(), connection);
      const text = jsonText(data, indent);
      this.settle(uri, text);
      return text;
    } catch (e) {
      this.settle(uri, e instanceof Error ? e : new Error(String(e)));
      throw e;
    } finally {
      subscription.dispose();
    }
  }

  /**
   * Runs `open` (which opens `uri`) with `known` standing in for those parts of a first load. A document VS Code
   * still holds from another connection (signed in elsewhere, another customer) is fetched again first.
   */
  async openWith<T>(uri: vscode.Uri, known: KnownParts, open: () => Thenable<T>): Promise<T> {
    const key = uri.toString();
    const held = vscode.workspace.textDocuments.some((d) => d.uri.toString() === key);
    if (held && this.madeWith.has(key) && this.madeWith.get(key) !== this.session.connection) await shown(uri, await this.refresh(uri));
    this.known.set(key, known);
    try {
      return await open();
    } finally {
      this.known.delete(key);
    }
  }

  /** Re-fetches an open document (all of it); resolves with its new text once VS Code asked for it. */
  refresh(uri: vscode.Uri): Promise<string> {
    const key = uri.toString();
    this.known.delete(key);
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
    this.closing.dispose();
    this.changed.dispose();
  }
}

/** Resolves once the extension host's copy of the document holds `text` (VS Code passes a reload on a little later). */
function shown(uri: vscode.Uri, text: string): Promise<void> {
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
