// A range row of a long section ("101–200"): one loaded page, folded away so that loading the next page does not
// re-create the rows of the pages before it. Its id carries the list's layout generation: VS Code keeps a row
// expanded by id, and would fetch the children of every expanded range again whenever the section is redrawn, so
// a new layout brings the older ranges back collapsed and only the newest open. Record rows keep their own ids.
import * as vscode from 'vscode';
import type { TreeNode } from './treeNode';

export interface RangeRows {
  /** Index of the range's first row in the whole list. */
  start(): number;
  rows(): TreeNode[];
  /** The page a Load more brought last: shown open. */
  newest(): boolean;
}

export class RangeNode implements TreeNode {
  constructor(
    private readonly owner: TreeNode,
    private readonly prefix: string,
    private readonly generation: () => number,
    private readonly range: RangeRows,
  ) {}

  get id(): string {
    return `${this.prefix}/range/${this.range.start() + 1}@${this.generation()}`;
  }

  /** "101–200" (a range of one row: "201"). */
  label(): string {
    const start = this.range.start();
    const end = start + this.range.rows().length;
    return end > start + 1 ? `${start + 1}–${end}` : `${end}`;
  }

  getTreeItem(): vscode.TreeItem {
    const open = this.range.newest() ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(this.label(), open);
    item.id = this.id;
    item.iconPath = RANGE_ICON;
    item.tooltip = vscode.l10n.t('Rows {0} of the list, one page', this.label());
    return item;
  }

  getChildren(): Promise<TreeNode[]> {
    return Promise.resolve(this.range.rows());
  }

  getParent(): TreeNode {
    return this.owner;
  }
}

const RANGE_ICON = new vscode.ThemeIcon('list-flat');
