// The Queries view: saved queries (all customers) and the history of the signed-in customer.
import * as vscode from 'vscode';
import type { FleetSession } from '../session/fleetSession';
import type { HistoryEntry } from '../../core/queryLanguage/queryHistory';
import type { SavedQuery } from '../../core/queryLanguage/savedQueries';
import { QUERY_COMMAND, QUERY_CONTEXT } from './ids';
import { customerKey, type QueryLibrary } from './queryLibrary';

export type LibraryNode = GroupRow | QueryRow;

export class GroupRow {
  constructor(
    readonly id: 'saved' | 'history',
    readonly label: string,
    readonly count: number,
  ) {}
}

/** A saved query or a history entry; both can run again, be copied as code, and be deleted. */
export class QueryRow {
  constructor(
    readonly kind: 'saved' | 'history',
    readonly path: string,
    readonly query: string,
    readonly saved?: SavedQuery,
    readonly entry?: HistoryEntry,
    readonly customer?: string,
  ) {}

  get id(): string {
    return this.kind === 'saved' ? `saved/${this.saved!.name.toLowerCase()}` : `history/${this.entry!.ranAt}/${this.path}?${this.query}`;
  }
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export class LibraryTreeProvider implements vscode.TreeDataProvider<LibraryNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<LibraryNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly session: FleetSession,
    private readonly library: QueryLibrary,
  ) {
    this.subscriptions = [library.onDidChange(() => this.changed.fire(undefined)), session.onDidChange(() => this.changed.fire(undefined))];
  }

  getTreeItem(node: LibraryNode): vscode.TreeItem {
    if (node instanceof GroupRow) {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      item.description = String(node.count);
      item.iconPath = new vscode.ThemeIcon(node.id === 'saved' ? 'bookmark' : 'history');
      item.contextValue = `${QUERY_CONTEXT.group};${node.id}`;
      return item;
    }
    const label = node.kind === 'saved' ? node.saved!.name : `${node.path} ${oneLine(node.query)}`.trim();
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    if (node.kind === 'saved') {
      item.description = `${node.path} ${oneLine(node.query)}`.trim();
      item.iconPath = new vscode.ThemeIcon('bookmark');
      item.contextValue = QUERY_CONTEXT.saved;
    } else {
      const e = node.entry!;
      item.description = `${e.rows ?? '?'} rows · ${new Date(e.ranAt).toLocaleString()}`;
      item.iconPath = new vscode.ThemeIcon('history');
      item.contextValue = QUERY_CONTEXT.history;
    }
    item.tooltip = new vscode.MarkdownString().appendCodeblock(
      `GET ${node.path}${node.query.trim() ? ` ${node.query}` : ''}`,
      'flinkey-query',
    );
    item.command = { command: QUERY_COMMAND.rerun, title: 'Run', arguments: [node] };
    return item;
  }

  async getChildren(node?: LibraryNode): Promise<LibraryNode[]> {
    const account = (await this.session.ready())?.account;
    const customer = account ? customerKey(account) : undefined;
    const history = customer ? this.library.history.list(customer) : [];
    const saved = this.library.saved.list();
    if (!node) {
      return [
        new GroupRow('saved', 'Saved Queries', saved.length),
        new GroupRow('history', account ? `History · ${account.customerName}` : 'History', history.length),
      ];
    }
    if (node instanceof GroupRow) {
      return node.id === 'saved'
        ? saved.map((s) => new QueryRow('saved', s.path, s.query, s))
        : history.map((e) => new QueryRow('history', e.path, e.query, undefined, e, customer));
    }
    return [];
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}
