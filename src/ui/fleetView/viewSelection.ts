// The rows selected in the Fleet and Query Results views. A keybinding (Ctrl+C) or the palette passes a command
// no row, so it acts on the selection of the view the user selected in last, while that view is visible.
import type * as vscode from 'vscode';
import type { TreeNode } from './treeNode';

export class ViewSelection implements vscode.Disposable {
  private last: vscode.TreeView<TreeNode> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  /** Follows a view's selection; returns the view. */
  track(view: vscode.TreeView<TreeNode>): vscode.TreeView<TreeNode> {
    this.subscriptions.push(view.onDidChangeSelection(() => (this.last = view)));
    return view;
  }

  /** The selected rows of the view selected in last; none when it is hidden. */
  current(): readonly TreeNode[] {
    return this.last?.visible ? this.last.selection : [];
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
