// The rows selected in the Fleet and Query Results views. A keybinding (Ctrl+C) or the palette passes a command
// no row, so it acts on the selection of the view the user selected in last, while that view is visible.
import type * as vscode from 'vscode';
import type { TreeNode } from './treeNode';

export class ViewSelection implements vscode.Disposable {
  private last: vscode.TreeView<TreeNode> | undefined;
  private readonly followed = new Map<vscode.TreeView<TreeNode>, vscode.Disposable>();

  /** Follows a view's selection for as long as this object lives; returns the view. */
  track(view: vscode.TreeView<TreeNode>): vscode.TreeView<TreeNode> {
    this.follow(view);
    return view;
  }

  /** Follows a view's selection until the returned disposable is disposed (with the view, when it is replaced). */
  follow(view: vscode.TreeView<TreeNode>): vscode.Disposable {
    this.followed.set(
      view,
      view.onDidChangeSelection(() => (this.last = view)),
    );
    return {
      dispose: () => {
        this.followed.get(view)?.dispose();
        this.followed.delete(view);
        if (this.last === view) this.last = undefined;
      },
    };
  }

  /** The selected rows of the view selected in last; none when it is hidden. */
  current(): readonly TreeNode[] {
    return this.last?.visible ? this.last.selection : [];
  }

  dispose(): void {
    for (const s of this.followed.values()) s.dispose();
    this.followed.clear();
  }
}
