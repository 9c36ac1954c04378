// The one TextDocumentContentProvider of the `flinkey:` scheme: read-only, pretty-printed JSON details.
// A details document belongs to the customer it was loaded for: after a switch its tab closes (the title names
// that customer's record); after sign-out it shows a note instead of data, and any document still held from
// another sign-in loads anew before it is shown again.
import * as vscode from 'vscode';
import type { FleetSession } from '../session/fleetSession';
import { URI_SCHEME } from '../../constants';
import { fromDetailsUri } from './detailsUri';
import { DocumentOwners } from './documentOwners';
import { documentName, notDetails, shown } from './documentText';
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
  /** Why the last load of a URI failed, to say so in words when opening it fails. */
  private readonly failures = new Map<string, Error>();
  private readonly owners = new DocumentOwners();
  private readonly subscriptions: vscode.Disposable[];
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly session: FleetSession,
    private readonly sources: readonly DocumentSource[] = [],
  ) {
    this.subscriptions = [
      session.onDidChange(() => void this.followSession()),
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const { document } of editors) if (this.isStale(document.uri)) this.changed.fire(document.uri);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.owners.forget(doc.uri.toString())),
    ];
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
    // Asked again from within a session change: let every listener of that change (e.g. the query results
    // switching customer) run before the sources are read.
    const connection = await this.session.ready();
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
    if (!ref) throw new Error(notDetails(uri));
    const note = this.owners.noteFor(uri.toString(), connection);
    this.owners.made(uri.toString(), connection);
    if (note !== undefined) {
      const text = jsonText({ message: note }, indent);
      this.settle(uri, text);
      return text;
    }
    const known = this.known.get(uri.toString());
    this.known.delete(uri.toString());
    const abort = new AbortController();
    const subscription = token.onCancellationRequested(() => abort.abort());
    try {
      const data = await loadDetails(connection!.api, ref, abort.signal, known);
      this.owners.loadedFor(uri.toString(), connection!);
      this.failures.delete(uri.toString());
      const text = jsonText(data, indent);
      this.settle(uri, text);
      return text;
    } catch (e) {
      const error = e instanceof Error ? e : new Error(String(e));
      this.failures.set(uri.toString(), error);
      this.settle(uri, error);
      throw e;
    } finally {
      subscription.dispose();
    }
  }

  /** Runs `open` (which opens `uri`) with `known` standing in for those parts of a first load. */
  async openWith<T>(uri: vscode.Uri, known: KnownParts, open: () => Thenable<T>): Promise<T> {
    const key = uri.toString();
    // Opened on purpose under the current customer: a document VS Code still holds from another sign-in (a
    // note, or nothing of this customer) loads anew before it is shown.
    if (this.isStale(uri) && vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) {
      this.owners.disown(key);
      await this.refresh(uri).then(
        (text) => shown(uri, text),
        () => undefined, // the open below shows why
      );
    }
    this.known.set(key, known);
    try {
      return await open();
    } catch (e) {
      // VS Code's own message names the document by its percent-encoded URI: say it in words instead.
      const reason = this.failures.get(key)?.message ?? (e instanceof Error ? e.message : String(e));
      throw new Error(vscode.l10n.t('Could not open {0}: {1}', documentName(uri), reason), { cause: e });
    } finally {
      this.known.delete(key);
      this.failures.delete(key);
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
    const timer = setTimeout(() => this.settle(uri, new Error(vscode.l10n.t('VS Code did not reload the document within 30 s.'))), 30_000);
    return pending.finally(() => clearTimeout(timer));
  }

  private settle(uri: vscode.Uri, result: string | Error): void {
    const key = uri.toString();
    const list = this.waiting.get(key);
    this.waiting.delete(key);
    list?.forEach((notify) => notify(result));
  }

  /**
   * After a sign-in change: tabs of another customer's details close (their titles name that customer's
   * records); the other open flinkey documents are asked for again when what they show was made otherwise.
   */
  private async followSession(): Promise<void> {
    const connection = await this.session.ready();
    const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs);
    const uriOf = (tab: vscode.Tab) =>
      tab.input instanceof vscode.TabInputText && tab.input.uri.scheme === URI_SCHEME ? tab.input.uri : undefined;
    const foreign = connection ? tabs.filter((tab) => this.owners.isForeign(uriOf(tab)?.toString() ?? '', connection)) : [];
    if (foreign.length > 0) {
      await vscode.window.tabGroups.close(foreign, true);
      vscode.window.setStatusBarMessage(
        vscode.l10n.t('$(close) Closed {0} details tab(s) of the previous customer', foreign.length),
        8_000,
      );
    }
    const shownUris = new Set(tabs.filter((tab) => !foreign.includes(tab)).flatMap((tab) => uriOf(tab)?.toString() ?? []));
    for (const document of vscode.workspace.textDocuments) {
      const key = document.uri.toString();
      if (shownUris.has(key) && this.owners.madeOtherwise(key, connection)) this.changed.fire(document.uri);
    }
  }

  /** True when a details document's text was made under another sign-in than the current one. */
  private isStale(uri: vscode.Uri): boolean {
    return this.owners.isStale(uri.toString(), this.session.connection);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
  }
}
