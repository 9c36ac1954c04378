// A car's Access row: its assignments, each naming the user (from users already loaded) and the time range,
// marked expired, current or future on the current clock. Refreshed alone, it asks for the assignments and
// the users they name (2 requests).
import * as vscode from 'vscode';
import type { Assignment } from '../../core/api/models';
import { loadAccess, settle, type Settled } from './carActivity';
import { ChildCache } from './childCache';
import type { RowFactory } from './rowFactory';
import { contextValue } from './contextValue';
import { errorRow } from './errorRow';
import { MessageNode } from './messageNode';
import type { TreeContext, TreeNode } from './treeNode';

export class AccessNode implements TreeNode {
  private readonly cache = new ChildCache();

  constructor(
    readonly id: string,
    private readonly parent: TreeNode,
    private readonly ctx: TreeContext,
    private readonly carId: number,
    /** The assignments loaded with the car; undefined once refreshed. */
    private state: Settled<Assignment[]> | undefined,
    private readonly row: RowFactory,
  ) {}

  getTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.l10n.t('Access'), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.iconPath = new vscode.ThemeIcon('person');
    item.contextValue = contextValue({ kind: 'activity' });
    if (this.state?.ok) item.description = String(this.state.value.length);
    item.tooltip = vscode.l10n.t('Who may open this car, and when (its assignments)');
    return item;
  }

  getParent(): TreeNode {
    return this.parent;
  }

  getChildren(): Promise<TreeNode[]> {
    return this.cache.get(() => this.load());
  }

  invalidate(): void {
    this.state = undefined;
    this.cache.clear();
  }

  /** The car's assignments, when they are loaded. */
  assignments(): Assignment[] | undefined {
    return this.state?.ok ? this.state.value : undefined;
  }

  private async load(): Promise<TreeNode[]> {
    if (!this.state) {
      const { ctx } = this;
      this.state = await ctx.withProgress(async () => settle(loadAccess(await ctx.api(), this.carId, ctx.users)));
      ctx.changed(this); // the count
    }
    if (!this.state.ok) {
      return [
        errorRow(`${this.id}/error`, this, this.state.error, () => {
          this.invalidate();
          this.ctx.changed(this);
        }),
      ];
    }
    if (this.state.value.length === 0) {
      return [
        new MessageNode(`${this.id}/empty`, this, 'empty', vscode.l10n.t('No assignments'), {
          tooltip: vscode.l10n.t('Nobody has been given access to this car.'),
        }),
      ];
    }
    return this.state.value.map((assignment) =>
      this.row(`${this.id}/${assignment.id}`, this, {
        kind: 'assignment',
        assignment,
        user: assignment.userId === null ? null : this.ctx.users.get(assignment.userId),
      }),
    );
  }
}
