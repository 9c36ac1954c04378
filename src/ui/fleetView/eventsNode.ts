// A car's Events row: its opens and closes, newest first, a page at a time ($top always sent, 1 request per page).
// The first page comes with the car; rows name the user when the view already knows them.
import * as vscode from 'vscode';
import type { CarEvent } from '../../core/api/models';
import { newestEvents } from '../documents/carParts';
import type { Settled } from './carActivity';
import type { RowFactory } from './rowFactory';
import { contextValue } from './contextValue';
import { PagedList } from './pagedList';
import type { TreeContext, TreeNode } from './treeNode';

export class EventsNode implements TreeNode {
  private readonly list: PagedList;

  constructor(
    readonly id: string,
    private readonly parent: TreeNode,
    ctx: TreeContext,
    carId: number,
    first: Settled<CarEvent[]>,
    top: number,
    row: RowFactory,
  ) {
    const item = (event: CarEvent) => ({ kind: 'event' as const, event, user: ctx.users.get(event.userId) });
    this.list = new PagedList(this, ctx, {
      prefix: id,
      fetch: async (skip, size) => {
        const events = await newestEvents(await ctx.api(), carId, skip, size);
        return { items: events.map(item), more: events.length >= size };
      },
      row: (rowId, record) => row(rowId, this, record),
      empty: () => ({ label: vscode.l10n.t('No events'), tooltip: vscode.l10n.t('Nobody has opened or closed this car yet.') }),
    });
    this.list.seed(first.ok ? { ok: true, value: { items: first.value.map(item), more: first.value.length >= top } } : first);
  }

  getTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.l10n.t('Events'), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.iconPath = new vscode.ThemeIcon('history');
    item.contextValue = contextValue({ kind: 'activity' });
    const count = this.list.count();
    item.description = count === undefined || count === '0' ? count : vscode.l10n.t('{0} · newest first', count);
    item.tooltip = vscode.l10n.t('When the car was opened and closed, newest first, a page at a time');
    return item;
  }

  getParent(): TreeNode {
    return this.parent;
  }

  getChildren(): Promise<TreeNode[]> {
    return this.list.children();
  }

  /** Refreshed: the newest page is fetched again (1 request). */
  invalidate(): void {
    this.list.reset();
  }

  /** The events of the loaded pages, newest first, and whether more may follow. */
  loadedEvents(): { items: CarEvent[]; more: boolean } {
    const { items, more } = this.list.loaded();
    return { items: items.flatMap((i) => (i.kind === 'event' ? [i.event] : [])), more };
  }
}
