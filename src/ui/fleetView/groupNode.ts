// The top-level sections of the Fleet view: Services, Products, Cars, Users and Groups. Nothing is fetched until
// one is expanded, then a page at a time ($top = flinkey.pageSize, $skip = rows so far). Groups state no OData
// support, so their list is fetched whole once and paged here.
import * as vscode from 'vscode';
import { LocalPager } from '../../core/api/localPages';
import type { Group } from '../../core/api/models';
import type { FleetItem } from '../documents/fleetRef';
import { contextValue } from './contextValue';
import { PagedList, type Page } from './pagedList';
import { RecordNode } from './recordNode';
import type { TreeContext, TreeNode } from './treeNode';

export type GroupKind = 'services' | 'products' | 'cars' | 'users' | 'groups';

/** The sections in the order the view shows them. */
export const GROUP_KINDS: readonly GroupKind[] = ['services', 'products', 'cars', 'users', 'groups'];

export class GroupNode implements TreeNode {
  private readonly list: PagedList;
  private groups: LocalPager<Group>;

  constructor(
    readonly kind: GroupKind,
    private readonly ctx: TreeContext,
  ) {
    this.groups = this.groupPager();
    this.list = new PagedList(this, ctx, {
      prefix: kind,
      fetch: (skip, top) => this.fetch(skip, top),
      row: (id, item) => new RecordNode(id, this, item, ctx),
      empty: () => ({ label: TEXT[kind].empty(), tooltip: TEXT[kind].emptyTooltip() }),
    });
  }

  get id(): string {
    return this.kind;
  }

  getTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(TEXT[this.kind].label(), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.iconPath = new vscode.ThemeIcon(ICON[this.kind]);
    item.contextValue = contextValue({ kind: 'section' });
    item.description = this.list.count();
    item.tooltip = TEXT[this.kind].tooltip();
    return item;
  }

  getParent(): undefined {
    return undefined;
  }

  invalidate(): void {
    this.list.reset();
    this.groups = this.groupPager();
  }

  getChildren(): Promise<TreeNode[]> {
    return this.list.children();
  }

  /** Fetches the next page (joins one already in flight). */
  loadMore(): Promise<void> {
    return this.list.loadMore();
  }

  /** The row of record `id` if its page is already loaded (nothing is fetched). */
  loadedNode(id: number): TreeNode | undefined {
    return this.list.loadedNode(id);
  }

  /** The node for `item` in this section, pinning it when its page is not loaded yet (for reveal). */
  nodeFor(item: FleetItem): Promise<TreeNode> {
    return this.list.nodeFor(item);
  }

  private async fetch(skip: number, top: number): Promise<Page> {
    const api = await this.ctx.api();
    const query = { top, skip };
    const full = (items: FleetItem[]): Page => ({ items, more: items.length >= top });
    switch (this.kind) {
      case 'products':
        return full((await api.getProducts({ query })).map((product) => ({ kind: 'product', product })));
      case 'services':
        return full((await api.getServices({ query })).map((service) => ({ kind: 'service', service })));
      case 'cars':
        return full((await api.getCars({ query })).map((car) => ({ kind: 'car', car })));
      case 'users': {
        const users = await api.getUsers({ query });
        this.ctx.users.add(users);
        return full(users.map((user) => ({ kind: 'user', user })));
      }
      case 'groups': {
        const page = await this.groups.page(skip, top);
        return { items: page.rows.map((group) => ({ kind: 'group', group })), more: page.hasMore };
      }
    }
  }

  private groupPager(): LocalPager<Group> {
    return new LocalPager(async (signal) => (await this.ctx.api()).getGroups(signal));
  }
}

const ICON: Record<GroupKind, string> = { services: 'law', products: 'package', cars: 'key', users: 'person', groups: 'folder-library' };

const TEXT: Record<GroupKind, { label(): string; tooltip(): string; empty(): string; emptyTooltip(): string }> = {
  services: {
    label: () => vscode.l10n.t('Services'),
    tooltip: () => vscode.l10n.t('Service contracts of the customer'),
    empty: () => vscode.l10n.t('No services'),
    emptyTooltip: () => vscode.l10n.t('This customer has no services.'),
  },
  products: {
    label: () => vscode.l10n.t('Products'),
    tooltip: () => vscode.l10n.t('flinkey Boxes and flinkey IQs of the customer'),
    empty: () => vscode.l10n.t('No products'),
    emptyTooltip: () => vscode.l10n.t('This customer has no products.'),
  },
  cars: {
    label: () => vscode.l10n.t('Cars'),
    tooltip: () => vscode.l10n.t('Cars of the customer: who may open each (Access) and when it was opened (Events)'),
    empty: () => vscode.l10n.t('No cars'),
    emptyTooltip: () => vscode.l10n.t('This customer has no cars.'),
  },
  users: {
    label: () => vscode.l10n.t('Users'),
    tooltip: () => vscode.l10n.t('People of the customer who may be given access to cars'),
    empty: () => vscode.l10n.t('No users'),
    emptyTooltip: () => vscode.l10n.t('This customer has no users.'),
  },
  groups: {
    label: () => vscode.l10n.t('Groups'),
    tooltip: () => vscode.l10n.t('Groups of the customer and their cars (the list comes whole and is paged here)'),
    empty: () => vscode.l10n.t('No groups'),
    emptyTooltip: () => vscode.l10n.t('This customer has no groups.'),
  },
};
