// A saved query or a history entry in the Queries view: a click runs it again; menus copy it as code or delete it.
import * as vscode from 'vscode';
import { COMMAND, QUERY_LANGUAGE } from '../../constants';
import type { HistoryEntry } from '../../core/queryLanguage/queryHistory';
import type { SavedQuery } from '../../core/queryLanguage/savedQueries';
import type { TreeNode } from '../fleetView/treeNode';
import { QUERY_CONTEXT } from './contextValue';
import { rowCount } from './rowCount';

export type QuerySource = { kind: 'saved'; saved: SavedQuery } | { kind: 'history'; entry: HistoryEntry; customer: string };

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export class QueryNode implements TreeNode {
  readonly id: string;
  readonly path: string;
  readonly query: string;

  constructor(
    private readonly parent: TreeNode,
    readonly source: QuerySource,
  ) {
    const { path, query } = source.kind === 'saved' ? source.saved : source.entry;
    this.path = path;
    this.query = query;
    this.id = source.kind === 'saved' ? `saved/${source.saved.name.toLowerCase()}` : `history/${source.entry.ranAt}/${path}?${query}`;
  }

  getTreeItem(): vscode.TreeItem {
    const { source } = this;
    const request = `${this.path} ${oneLine(this.query)}`.trim();
    const item = new vscode.TreeItem(source.kind === 'saved' ? source.saved.name : request, vscode.TreeItemCollapsibleState.None);
    item.id = this.id;
    if (source.kind === 'saved') {
      item.description = request;
      item.iconPath = new vscode.ThemeIcon('bookmark');
      item.contextValue = QUERY_CONTEXT.saved;
    } else {
      item.description = `${rowCount(source.entry.rows)} · ${new Date(source.entry.ranAt).toLocaleString()}`;
      item.iconPath = new vscode.ThemeIcon('history');
      item.contextValue = QUERY_CONTEXT.history;
    }
    item.tooltip = new vscode.MarkdownString().appendCodeblock(
      `GET ${this.path}${this.query.trim() ? ` ${this.query}` : ''}`,
      QUERY_LANGUAGE,
    );
    item.command = { command: COMMAND.rerunQuery, title: vscode.l10n.t('Run'), arguments: [this] };
    return item;
  }

  getParent(): TreeNode {
    return this.parent;
  }
}
