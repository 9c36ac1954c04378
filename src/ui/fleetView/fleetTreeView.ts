// The Fleet view's TreeView, created anew on sign-out.
// VS Code's extension host keeps a small store for every row it ever created until the TreeView is disposed, even
// after the rows are gone; a new view per connection hands all of that back. What it costs: the view forgets which
// rows were open and where it was scrolled — which belonged to the fleet that is no longer shown. Only on sign-out:
// re-created on a switch to another customer while signed in, the new view missed redraws of its first rows.
import * as vscode from 'vscode';
import { FLEET_VIEW } from '../../constants';
import type { Connection, FleetSession } from '../session/fleetSession';
import type { FleetTree } from './fleetTree';
import type { TreeNode } from './treeNode';
import { scopeKey } from './sectionQueries';

export class FleetTreeView implements vscode.Disposable {
  private view: vscode.TreeView<TreeNode>;
  private scope: string | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly tree: FleetTree,
    session: FleetSession,
    private readonly options: Omit<vscode.TreeViewOptions<TreeNode>, 'treeDataProvider'> & {
      /** Called with each view created (the first and every one after a sign-out). */
      onCreate?: (view: vscode.TreeView<TreeNode>) => void;
    },
  ) {
    this.view = this.create();
    this.scope = scopeOf(session.connection);
    this.subscription = session.onDidChange((connection) => {
      const next = scopeOf(connection);
      const left = this.scope !== undefined && next === undefined;
      this.scope = next;
      if (!left) return;
      this.view.dispose();
      this.view = this.create();
    });
  }

  /** The view shown now (another object after a sign-out or switch). */
  get current(): vscode.TreeView<TreeNode> {
    return this.view;
  }

  reveal(node: TreeNode, options?: Parameters<vscode.TreeView<TreeNode>['reveal']>[1]): Thenable<void> {
    return this.view.reveal(node, options);
  }

  dispose(): void {
    this.subscription.dispose();
    this.view.dispose();
  }

  private create(): vscode.TreeView<TreeNode> {
    const { onCreate, ...options } = this.options;
    const view = vscode.window.createTreeView(FLEET_VIEW, { ...options, treeDataProvider: this.tree.provider });
    onCreate?.(view);
    return view;
  }
}

function scopeOf(connection: Connection | undefined): string | undefined {
  return connection ? scopeKey(connection.account) : undefined;
}
