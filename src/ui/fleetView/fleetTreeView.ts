// The Fleet view's TreeView, created anew when the fleet shown is left: on sign-out and on a switch to another
// customer (or environment). VS Code's extension host keeps a small store for every row it ever created until the
// TreeView is disposed, even after the rows are gone (ExtHostTreeView's own DisposableStore holds one per row; the
// bench's heap snapshot diff names it); a new view per fleet hands all of that back. What it costs is small: VS Code
// remembers open rows by id, so sections stay open, but the selection the extension sees starts empty (the rows of
// the fleet left behind are gone anyway).
import * as vscode from 'vscode';
import { FLEET_VIEW } from '../../constants';
import type { Connection, FleetSession } from '../session/fleetSession';
import type { FleetTree } from './fleetTree';
import type { TreeNode } from './treeNode';
import { scopeKey } from './sectionQueries';

export class FleetTreeView implements vscode.Disposable {
  private view: vscode.TreeView<TreeNode>;
  /** What onCreate returned for the view shown now (e.g. selection tracking), disposed with it. */
  private attached: vscode.Disposable | undefined;
  private scope: string | undefined;

  constructor(
    private readonly tree: FleetTree,
    private readonly session: FleetSession,
    private readonly options: Omit<vscode.TreeViewOptions<TreeNode>, 'treeDataProvider'> & {
      /** Called with each view created (the first and every one after); what it returns is disposed with the view. */
      onCreate?: (view: vscode.TreeView<TreeNode>) => vscode.Disposable | undefined;
    },
  ) {
    this.view = this.create();
    this.scope = scopeOf(session.connection);
    // The tree refreshes itself on every session change and asks here first (see FleetTree.renewViewWith).
    tree.renewViewWith(() => {
      const next = scopeOf(this.session.connection);
      const left = this.scope !== undefined && next !== this.scope;
      this.scope = next;
      if (left) this.recreate();
      return left;
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
    this.tree.renewViewWith(() => false);
    this.attached?.dispose();
    this.view.dispose();
  }

  private recreate(): void {
    this.attached?.dispose();
    this.view.dispose();
    this.view = this.create();
  }

  private create(): vscode.TreeView<TreeNode> {
    const { onCreate, ...options } = this.options;
    const view = vscode.window.createTreeView(FLEET_VIEW, { ...options, treeDataProvider: this.tree.provider });
    const attached = [
      view.onDidExpandElement((e) => this.tree.expanded(e.element, true)),
      view.onDidCollapseElement((e) => this.tree.expanded(e.element, false)),
      onCreate?.(view),
    ];
    this.attached = vscode.Disposable.from(...attached.filter((d): d is vscode.Disposable => d !== undefined));
    return view;
  }
}

function scopeOf(connection: Connection | undefined): string | undefined {
  return connection ? scopeKey(connection.account) : undefined;
}
