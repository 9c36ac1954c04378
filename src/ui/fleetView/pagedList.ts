// The rows of a list that comes a page at a time (the top-level sections, a car's events, a group's cars): nothing
// is fetched until the list is opened, then one page per request with a "Load more" row while more may follow.
// A failed page becomes an error row in its place, whose Retry loads it.
import * as vscode from 'vscode';
import type { FleetItem } from '../documents/fleetRef';
import { idOf } from '../documents/fleetRef';
import type { Settled } from './carActivity';
import { errorRow } from './errorRow';
import { MessageNode } from './messageNode';
import type { TreeContext, TreeNode } from './treeNode';

export interface Page {
  items: FleetItem[];
  /** More rows may follow this page. */
  more: boolean;
}

export interface PagedSource {
  /** Rows are `<prefix>/<record id>`; the message rows `<prefix>/loadMore`, `/error`, `/empty`. */
  prefix: string;
  fetch(skip: number, top: number): Promise<Page>;
  row(id: string, item: FleetItem): TreeNode;
  /** The row shown when the list is empty. */
  empty(): { label: string; tooltip: string };
}

export class PagedList {
  private rows: TreeNode[] = [];
  /** Records revealed by Find in Fleet before their page was loaded; dropped once their page arrives. */
  private pinned: TreeNode[] = [];
  private more = false;
  private failure: TreeNode | undefined;
  private firstPage: Promise<void> | undefined;
  private nextPage: Promise<void> | undefined;

  constructor(
    private readonly owner: TreeNode,
    private readonly ctx: TreeContext,
    private readonly source: PagedSource,
  ) {}

  /** "12", "100+" once the first page is in (undefined before, and after a first page that failed). */
  count(): string | undefined {
    if (!this.firstPage || (this.rows.length === 0 && this.failure)) return undefined;
    return `${this.rows.length}${this.more ? '+' : ''}`;
  }

  /** The records of the loaded pages, and whether more may follow. */
  loaded(): { items: FleetItem[]; more: boolean } {
    return { items: this.rows.flatMap((n) => (n.item ? [n.item] : [])), more: this.more };
  }

  /** Takes a first page fetched elsewhere (a car's events come with the car). */
  seed(first: Settled<Page>): void {
    this.reset();
    this.firstPage = Promise.resolve();
    if (first.ok) this.take(first.value);
    else this.fail(first.error, true);
  }

  async children(): Promise<TreeNode[]> {
    if (!this.firstPage) {
      this.firstPage = this.loadPage();
      await this.firstPage;
      this.ctx.changed(this.owner); // the count in the owner's description
    }
    await this.firstPage;
    if (this.rows.length === 0 && this.pinned.length === 0 && !this.failure) {
      const { label, tooltip } = this.source.empty();
      return [new MessageNode(`${this.source.prefix}/empty`, this.owner, 'empty', label, { tooltip })];
    }
    const tail = this.failure ?? (this.more ? this.loadMoreRow() : undefined);
    return tail ? [...this.rows, ...this.pinned, tail] : [...this.rows, ...this.pinned];
  }

  /** Fetches the next page (joins one already in flight). */
  async loadMore(): Promise<void> {
    await this.firstPage;
    this.nextPage ??= this.loadPage().finally(() => (this.nextPage = undefined));
    await this.nextPage;
    this.ctx.changed(this.owner);
  }

  /** The row of record `id` if its page is already loaded (nothing is fetched). */
  loadedNode(id: number): TreeNode | undefined {
    const nodeId = `${this.source.prefix}/${id}`;
    return this.rows.find((n) => n.id === nodeId) ?? this.pinned.find((n) => n.id === nodeId);
  }

  /** The row of `item`, pinned after the loaded rows when its page is not loaded yet (for reveal). */
  async nodeFor(item: FleetItem): Promise<TreeNode> {
    await this.children();
    const existing = this.loadedNode(idOf(item));
    if (existing) return existing;
    const node = this.source.row(`${this.source.prefix}/${idOf(item)}`, item);
    this.pinned.push(node);
    this.ctx.changed(this.owner);
    return node;
  }

  /** Forgets every page; the next children() fetches the first again. */
  reset(): void {
    this.rows = [];
    this.pinned = [];
    this.more = false;
    this.failure = undefined;
    this.firstPage = undefined;
    this.nextPage = undefined;
  }

  private async loadPage(): Promise<void> {
    const top = this.ctx.pageSize();
    const skip = this.rows.length;
    try {
      const page = await this.ctx.withProgress(() => this.source.fetch(skip, top));
      this.take(page);
      this.ctx.logger.debug(`${this.source.prefix}: loaded ${page.items.length} (skip ${skip}, top ${top})`);
    } catch (error) {
      this.fail(error, skip === 0);
    }
  }

  private take(page: Page): void {
    const known = new Set(this.rows.map((n) => n.id));
    for (const item of page.items) {
      const id = `${this.source.prefix}/${idOf(item)}`;
      if (!known.has(id)) this.rows.push(this.source.row(id, item));
    }
    const loaded = new Set(this.rows.map((n) => n.id));
    this.pinned = this.pinned.filter((n) => !loaded.has(n.id));
    this.more = page.more;
    this.failure = undefined;
  }

  private fail(error: unknown, firstPage: boolean): void {
    this.failure = errorRow(`${this.source.prefix}/error`, this.owner, error, () => {
      if (!firstPage) return this.loadMore();
      this.reset();
      this.ctx.changed(this.owner);
      return undefined;
    });
  }

  private loadMoreRow(): MessageNode {
    return new MessageNode(`${this.source.prefix}/loadMore`, this.owner, 'loadMore', vscode.l10n.t('Load more…'), {
      description: vscode.l10n.t('next {0}', this.ctx.pageSize()),
      run: () => this.loadMore(),
    });
  }
}
