// The TreeDataProvider of every view: it only delegates to the nodes (treeNode.ts); each view passes its roots.
import * as vscode from 'vscode';
import { spokenRow } from './spoken';
import type { TreeNode } from './treeNode';

export class NodeTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly roots: () => TreeNode[] | Promise<TreeNode[]>) {}

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const item = node.getTreeItem();
    item.accessibilityInformation ??= spokenRow(item);
    return item;
  }

  resolveTreeItem(item: vscode.TreeItem, node: TreeNode): vscode.TreeItem {
    return node.resolveTreeItem ? node.resolveTreeItem(item) : item;
  }

  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    if (!node) return this.roots();
    if (node.viewChildren) return node.viewChildren();
    return node.getChildren ? node.getChildren() : [];
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return node.getParent();
  }

  /** Redraws `node` (its row and, if expanded, its children), or without one the whole view. */
  redraw(node?: TreeNode): void {
    this.changed.fire(node);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
