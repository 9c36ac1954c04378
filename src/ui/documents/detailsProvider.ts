// The one TextDocumentContentProvider of the `flinkey:` scheme: read-only, pretty-printed JSON details.
// A details document belongs to the customer it was loaded for: after a switch its tab closes (the title names
// that customer's record); after sign-out it shows a note instead of data, and any document still held from
// another sign-in loads anew before it is shown again.
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
  /** Why the last load of a URI failed, to say so in words when opening it fails. */
  private readonly failures = new Map<string, Error>();
  /** The customer each details document was loaded for: customerKey-like id and name. */
  private readonly owners = new Map<string, { id: string; name: string }>();
  /** The sign-in state ('' signed out, else ownerOf's id) each details document's text was made under. */
  private readonly madeUnder = new Map<string, string>();
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
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri.toString())),
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
    const note = this.noteFor(uri, connection);
    this.madeUnder.set(uri.toString(), stateOf(connection));
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
      this.owners.set(uri.toString(), ownerOf(connection!));
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
      this.owners.delete(key);
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

  /** Why a details document shows no data (signed out, another customer's), or undefined when it may load. */
  private noteFor(uri: vscode.Uri, connection: Connection | undefined): string | undefined {
    const owner = this.owners.get(uri.toString());
    if (!connection) {
      return owner
        ? vscode.l10n.t('Signed out of flinkey. This is data of {0}: sign in to that customer and refresh to see it.', owner.name)
        : vscode.l10n.t('Signed out of flinkey. Sign in to see this document.');
    }
    if (owner && owner.id !== ownerOf(connection).id) {
      return vscode.l10n.t(
        'This is data of another customer ({0}); you are now signed in to {1}. Switch back to {0} to see it, or open the item again from the Fleet view.',
        owner.name,
        connection.account.customerName,
      );
    }
    return undefined;
  }

  /**
   * After a sign-in change: tabs of another customer's details close (their titles name that customer's
   * records); the other open flinkey documents are asked for again when what they show was made otherwise.
   */
  private async followSession(): Promise<void> {
    const connection = await this.session.ready();
    const now = stateOf(connection);
    const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs);
    const uriOf = (tab: vscode.Tab) =>
      tab.input instanceof vscode.TabInputText && tab.input.uri.scheme === URI_SCHEME ? tab.input.uri : undefined;
    const foreign = connection
      ? tabs.filter((tab) => {
          const owner = this.owners.get(uriOf(tab)?.toString() ?? '');
          return owner !== undefined && owner.id !== now;
        })
      : [];
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
      if (shownUris.has(key) && (!this.madeUnder.has(key) || this.madeUnder.get(key) !== now)) this.changed.fire(document.uri);
    }
  }

  /** True when a details document's text was made under another sign-in than the current one. */
  private isStale(uri: vscode.Uri): boolean {
    const made = this.madeUnder.get(uri.toString());
    return made !== undefined && made !== stateOf(this.session.connection);
  }

  private forget(key: string): void {
    this.madeUnder.delete(key);
    this.owners.delete(key);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
  }
}

function stateOf(connection: Connection | undefined): string {
  return connection ? ownerOf(connection).id : '';
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

function ownerOf(connection: Connection): { id: string; name: string } {
  const { baseUrl, username, customerId, customerName } = connection.account;
  return { id: `${baseUrl}#${username}#${customerId}`, name: customerName };
}

/** "Product 4711-ABC", or "product 42" for a URI without a title. */
function documentName(uri: vscode.Uri): string {
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
