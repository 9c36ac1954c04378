// The one TextDocumentContentProvider of the `flinkey:` scheme: read-only, pretty-printed JSON details.
// A details document belongs to the customer it was loaded for: after a switch or sign-out every open
// flinkey: document is asked for again, and one of another customer shows a note instead of data.
import * as vscode from 'vscode';
import type { Connection, FleetSession } from '../session/fleetSession';
import { URI_SCHEME } from '../../constants';
import { fromDetailsUri } from './detailsUri';
import { jsonIndent, jsonText } from './jsonText';
import { loadDetails, type KnownParts } from './loadDetails';

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
  private readonly subscription: vscode.Disposable;
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly session: FleetSession,
    private readonly sources: readonly DocumentSource[] = [],
  ) {
    this.subscription = session.onDidChange(() => {
      for (const document of vscode.workspace.textDocuments) {
        if (document.uri.scheme === URI_SCHEME) this.changed.fire(document.uri);
      }
    });
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
    this.known.set(key, known);
    // Opened on purpose under the current customer: a document of another one (showing a note) loads anew.
    const owner = this.owners.get(key);
    const connection = this.session.connection;
    if (owner && connection && owner.id !== ownerOf(connection).id) {
      this.owners.delete(key);
      this.changed.fire(uri);
    }
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
    const timer = setTimeout(() => this.settle(uri, new Error('VS Code did not reload the document within 30 s.')), 30_000);
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

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
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
  return ref.kind === 'car' ? vscode.l10n.t('the car of product {0}', ref.productId) : `${ref.kind} ${ref.id}`;
}

/** In words: the document's title, never its (percent-encoded) URI. */
export function notDetails(uri: vscode.Uri): string {
  const title = uri.path.split('/').pop() || uri.path;
  return vscode.l10n.t(
    '“{0}” is not a flinkey details document: those show a product, service or car (Open Details on a Fleet row).',
    title,
  );
}
