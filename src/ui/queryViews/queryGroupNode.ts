// The Saved Queries and History groups of the Queries view, always expanded, with their counts.
import * as vscode from 'vscode';
import type { TreeNode } from '../fleetView/treeNode';
import { QUERY_CONTEXT } from './contextValue';
import { QueryNode, type QuerySource } from './queryNode';

export class QueryGroupNode implements TreeNode {
  constructor(
    readonly id: 'saved' | 'history',
    private readonly label: string,
    private readonly queries: readonly QuerySource[],
  ) {}

  getTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.label, vscode.TreeItemCollapsibleState.Expanded);
    item.id = this.id;
    item.description = String(this.queries.length);
    item.iconPath = new vscode.ThemeIcon(this.id === 'saved' ? 'bookmark' : 'history');
    item.contextValue = `${QUERY_CONTEXT.group};${this.id}`;
    return item;
  }

  getChildren(): Promise<TreeNode[]> {
    return Promise.resolve(this.queries.map((source) => new QueryNode(this, source)));
  }

  getParent(): undefined {
    return undefined;
  }
}
