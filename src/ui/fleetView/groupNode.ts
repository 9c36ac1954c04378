// The top-level sections of the Fleet view: Services, Products, Cars, Users and Groups. Nothing is fetched until
// one is expanded, then a page at a time ($top = flinkey.pageSize, $skip = rows so far), narrowed and sorted by the
// section's own $filter and $orderby. Groups state no OData support, so their list is fetched whole once, then
// filtered, sorted and paged here with the same OData evaluator the sandbox uses.
import * as vscode from 'vscode';
import type { QueryOptions } from '../../core/api/api';
import { isFlinkeyError } from '../../core/api/errors';
import { LocalPager } from '../../core/api/localPages';
import type { Group } from '../../core/api/models';
import { COMMAND } from '../../constants';
import type { FleetItem } from '../documents/fleetRef';
import { contextValue } from './contextValue';
import { MessageNode } from './messageNode';
import { PagedList, type LoadAllProgress, type Page } from './pagedList';
import { recordNode } from './recordNode';
import type { SectionQuery } from './sectionQueries';
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
      fetch: (skip, top, signal) => this.fetch(skip, top, signal),
      row: (id, item, parent) => recordNode(id, parent, item, ctx),
      empty: () => (this.isFiltered() ? this.emptyFiltered() : { label: TEXT[kind].empty(), tooltip: TEXT[kind].emptyTooltip() }),
      ranges: true,
      failure: (id, error) => this.rejected(id, error),
      overLimit: (limit) =>
        new MessageNode(`${kind}/overLimit`, this, 'hint', vscode.l10n.t('More than {0}: narrow them down with Filter…', limit), {
          tooltip: vscode.l10n.t(
            'Load All stops at {0} rows (setting flinkey.loadAll.limit). A filter sent to the server finds the rest.',
            limit,
          ),
          command: { command: COMMAND.filterSection, title: vscode.l10n.t('Filter…'), arguments: [this] },
          filtered: this.isFiltered(),
        }),
    });
  }

  /** The section's filter and sort ({} when none is set). */
  query(): SectionQuery {
    return this.ctx.sectionQuery?.(this.kind) ?? {};
  }

  get id(): string {
    return this.kind;
  }

  getTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(TEXT[this.kind].label(), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    const { filter, orderby } = this.query();
    const filtered = this.isFiltered();
    item.iconPath = filtered ? FILTERED_ICON : new vscode.ThemeIcon(ICON[this.kind]);
    item.contextValue = contextValue({ kind: 'section', filtered });
    const count = this.list.count();
    const sorted = orderby ? vscode.l10n.t('sorted by {0}', orderby) : undefined;
    const parts = [count, filter, sorted].filter((p): p is string => !!p);
    item.description = parts.length > 0 ? parts.join(' · ') : undefined;
    item.tooltip = [
      TEXT[this.kind].tooltip(),
      filter ? vscode.l10n.t('Filter: {0}', filter) : undefined,
      sorted ? vscode.l10n.t('Sort: {0}', orderby!) : undefined,
    ]
      .filter(Boolean)
      .join('\n');
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

  /** Loads the first page before the section is handed to the view (see PagedList.preload). */
  preload(): Promise<void> {
    return this.list.preload();
  }

  /** A "Loading…" row until the first page is in (see PagedList.viewChildren). */
  viewChildren(): Promise<TreeNode[]> {
    return this.list.viewChildren();
  }

  /** Fetches the next page (joins one already in flight); resolves with its first row. */
  loadMore(): Promise<TreeNode | undefined> {
    return this.list.loadMore();
  }

  /** Fetches the remaining pages up to `limit` rows (see PagedList.loadAll). */
  loadAll(limit: number, progress: LoadAllProgress): Promise<{ loaded: number; more: boolean }> {
    return this.list.loadAll(limit, progress);
  }

  /** Whether the loaded rows are all there are. */
  count(): string | undefined {
    return this.list.count();
  }

  isFiltered(): boolean {
    const { filter, orderby } = this.query();
    return !!(filter || orderby);
  }

  /** The row of record `id` if its page is already loaded (nothing is fetched). */
  loadedNode(id: number): TreeNode | undefined {
    return this.list.loadedNode(id);
  }

  /** The node for `item` in this section, pinning it when its page is not loaded yet (for reveal). */
  nodeFor(item: FleetItem): Promise<TreeNode> {
    return this.list.nodeFor(item);
  }

  private async fetch(skip: number, top: number, signal?: AbortSignal): Promise<Page> {
    const api = await this.ctx.api();
    const query: QueryOptions = { top, skip, ...this.serverQuery() };
    const full = (items: FleetItem[]): Page => ({ items, more: items.length >= top });
    switch (this.kind) {
      case 'products':
        return full((await api.getProducts({ query, signal })).map((product) => ({ kind: 'product', product })));
      case 'services':
        return full((await api.getServices({ query, signal })).map((service) => ({ kind: 'service', service })));
      case 'cars':
        return full((await api.getCars({ query, signal })).map((car) => ({ kind: 'car', car })));
      case 'users': {
        const users = await api.getUsers({ query, signal });
        this.ctx.users.add(users);
        return full(users.map((user) => ({ kind: 'user', user })));
      }
      case 'groups': {
        const page = await this.groups.page(skip, top, signal);
        return { items: page.rows.map((group) => ({ kind: 'group', group })), more: page.hasMore };
      }
    }
  }

  private groupPager(): LocalPager<Group> {
    return new LocalPager(async (signal) => {
      const all = await (await this.ctx.api()).getGroups(signal);
      const query = this.serverQuery();
      return (query.filter || query.orderby) && this.ctx.localQuery ? this.ctx.localQuery(all, query, 'group') : all;
    });
  }

  private serverQuery(): Pick<QueryOptions, 'filter' | 'orderby'> {
    const { filter, orderby } = this.query();
    return { ...(filter ? { filter } : {}), ...(orderby ? { orderby } : {}) };
  }

  private emptyFiltered(): { label: string; tooltip: string } {
    return {
      label: vscode.l10n.t('Nothing matches the filter'),
      tooltip: vscode.l10n.t('No {0} match {1}. Clear Filter shows them all.', this.kind, this.query().filter ?? ''),
    };
  }

  /** A filter or sort the server (or, for groups, the local check) refused: the reason, and Filter… to edit it. */
  private rejected(id: string, error: unknown): TreeNode | undefined {
    const refused = isFlinkeyError(error, 'badRequest') || (error instanceof Error && error.name === 'ODataError');
    if (!refused || !this.isFiltered()) return undefined;
    const reason = isFlinkeyError(error) ? (error.details.reason ?? error.message) : error.message;
    const status = isFlinkeyError(error) && error.details.status ? ` (${error.details.status})` : '';
    return new MessageNode(id, this, 'error', vscode.l10n.t('Filter rejected{0}', status), {
      description: reason,
      tooltip: vscode.l10n.t('{0}\n\nClick to edit the filter, or use Clear Filter.', reason),
      command: { command: COMMAND.filterSection, title: vscode.l10n.t('Filter…'), arguments: [{ section: this.kind, message: reason }] },
      filtered: true,
    });
  }
}

const FILTERED_ICON = new vscode.ThemeIcon('filter-filled');

/** "Products", "Cars" … as the view names the section. */
export function sectionLabel(kind: GroupKind): string {
  return TEXT[kind].label();
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
