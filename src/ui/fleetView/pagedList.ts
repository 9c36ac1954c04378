// The rows of a list that comes a page at a time (the top-level sections, a car's events, a group's cars): nothing
// is fetched until the list is opened, then one page per request with a "Load more" row while more may follow.
// A failed page becomes an error row in its place, whose Retry loads it.
//
// VS Code re-creates every child of a node it refreshes, so a long flat list costs all its rows on each Load more.
// Lists with `ranges` (the sections) therefore fold their pages into range rows ("1–100", "101–200"…, as the
// debugger shows long arrays) once a second page is in: Load more then touches the range rows and the new page only.
import * as vscode from 'vscode';
import type { FleetItem } from '../documents/fleetRef';
import { idOf } from '../documents/fleetRef';
import type { Settled } from './carActivity';
import { errorRow } from './errorRow';
import { MessageNode } from './messageNode';
import { RangeNode } from './rangeNode';
import type { TreeContext, TreeNode } from './treeNode';

export interface Page {
  items: FleetItem[];
  /** More rows may follow this page. */
  more: boolean;
}

export interface PagedSource {
  /** Rows are `<prefix>/<record id>`; the message rows `<prefix>/loadMore`, `/error`, `/empty`. */
  prefix: string;
  fetch(skip: number, top: number, signal?: AbortSignal): Promise<Page>;
  row(id: string, item: FleetItem, parent: TreeNode): TreeNode;
  /** The row shown when the list is empty. */
  empty(): { label: string; tooltip: string };
  /** Fold pages into range rows past the first page. */
  ranges?: boolean;
  /** A row of its own for a failed page (e.g. a filter the server rejected); errorRow's otherwise. */
  failure?(id: string, error: unknown, retry: () => void | Promise<void>): TreeNode | undefined;
  /** A row after the others when Load All stopped at its limit with more to come. */
  overLimit?(limit: number): TreeNode;
}

export interface LoadAllProgress {
  /** Called after each page with the rows loaded so far. */
  report(loaded: number): void;
  signal: AbortSignal;
}

export class PagedList {
  /** The loaded pages, each as its rows (parented to the owner while there is one page, else to its range). */
  private pages: TreeNode[][] = [];
  private ranges: RangeNode[] = [];
  /** Bumped whenever the ranges are laid out again, so older ranges come back collapsed (see RangeNode). */
  private generation = 0;
  /** The newest range is shown open after Load more (its first row gets the focus), not after Load All. */
  private openNewest = true;
  /** Records revealed by Find in Fleet before their page was loaded; dropped once their page arrives. */
  private pinned: TreeNode[] = [];
  private more = false;
  private failure: TreeNode | undefined;
  private limitReached: number | undefined;
  private firstPage: Promise<void> | undefined;
  /** The first page came (or failed): the view gets rows, not a "Loading…" row. */
  private firstPageIn = false;
  private nextPage: Promise<TreeNode | undefined> | undefined;

  constructor(
    private readonly owner: TreeNode,
    private readonly ctx: TreeContext,
    private readonly source: PagedSource,
  ) {}

  /** "12" when the end was reached, "100+" while more may follow (undefined before the first page, or when it failed). */
  count(): string | undefined {
    const total = this.total();
    if (!this.firstPage || (total === 0 && this.failure)) return undefined;
    return `${total}${this.more ? '+' : ''}`;
  }

  /** The records of the loaded pages, and whether more may follow. */
  loaded(): { items: FleetItem[]; more: boolean } {
    return { items: this.pages.flat().flatMap((n) => (n.item ? [n.item] : [])), more: this.more };
  }

  /** Takes a first page fetched elsewhere (a car's events come with the car). */
  seed(first: Settled<Page>): void {
    this.reset();
    this.firstPage = Promise.resolve();
    this.firstPageIn = true;
    if (first.ok) this.take(first.value);
    else this.fail(first.error, true);
  }

  /**
   * The rows for the view: until the first page is in, one "Loading…" row. The page then comes with the owner's
   * redraw (for its count), so VS Code — which keeps a little for every row it ever makes, until the view is
   * disposed — makes the page's rows once rather than once for this call and again for the redraw.
   */
  viewChildren(): Promise<TreeNode[]> {
    if (this.firstPageIn) return this.children();
    void this.children();
    return Promise.resolve([new MessageNode(`${this.source.prefix}/loading`, this.owner, 'loading', vscode.l10n.t('Loading…'))]);
  }

  /**
   * Loads the first page without a redraw, for an owner not handed to the view yet (a refresh's open sections). A
   * redraw for its count would reach the view just after it got the owner, and make all its rows again.
   */
  async preload(): Promise<void> {
    if (!this.firstPage) {
      const first = (this.firstPage = this.loadPage().then(() => undefined));
      await first;
      this.firstPageIn = this.firstPage === first;
    }
    await this.firstPage;
  }

  async children(): Promise<TreeNode[]> {
    if (!this.firstPage) {
      const first = (this.firstPage = this.loadPage().then(() => undefined));
      await first;
      this.firstPageIn = this.firstPage === first; // not when the list was reset while it loaded
      this.ctx.changed(this.owner); // the count in the owner's description
    }
    await this.firstPage;
    if (this.total() === 0 && this.pinned.length === 0 && !this.failure) {
      const { label, tooltip } = this.source.empty();
      return [new MessageNode(`${this.source.prefix}/empty`, this.owner, 'empty', label, { tooltip })];
    }
    const head = this.ranges.length > 0 ? this.ranges : this.pages.flat();
    const over = this.limitReached !== undefined && this.more ? this.source.overLimit?.(this.limitReached) : undefined;
    const tail = this.failure ?? (this.more ? this.loadMoreRow() : undefined);
    return [...head, ...this.pinned, ...(over ? [over] : []), ...(tail ? [tail] : [])];
  }

  /** Fetches the next page (joins one already in flight); resolves with its first row, to be revealed. */
  async loadMore(): Promise<TreeNode | undefined> {
    await this.firstPage;
    this.openNewest = true;
    this.nextPage ??= this.loadPage().finally(() => (this.nextPage = undefined));
    const first = await this.nextPage;
    this.ctx.changed(this.owner);
    return first;
  }

  /**
   * Fetches the following pages until the end, `limit` rows or cancellation (the page in flight is aborted); the
   * view is redrawn once at the end. Resolves with the rows loaded and whether more may follow.
   */
  async loadAll(limit: number, progress: LoadAllProgress): Promise<{ loaded: number; more: boolean }> {
    await this.children();
    await this.nextPage;
    this.openNewest = false;
    while (this.more && !this.failure && this.total() < limit && !progress.signal.aborted) {
      await this.loadPage(progress.signal);
      progress.report(this.total());
    }
    if (this.failure && progress.signal.aborted) this.failure = undefined; // cancelled: keep what came, offer Load more
    this.limitReached = this.more && this.total() >= limit ? limit : undefined;
    this.ctx.changed(this.owner);
    return { loaded: this.total(), more: this.more };
  }

  /** The row of record `id` if its page is already loaded (nothing is fetched). */
  loadedNode(id: number): TreeNode | undefined {
    const nodeId = `${this.source.prefix}/${id}`;
    for (const page of this.pages) {
      const hit = page.find((n) => n.id === nodeId);
      if (hit) return hit;
    }
    return this.pinned.find((n) => n.id === nodeId);
  }

  /** The row of `item`, pinned after the loaded rows when its page is not loaded yet (for reveal). */
  async nodeFor(item: FleetItem): Promise<TreeNode> {
    await this.children();
    const existing = this.loadedNode(idOf(item));
    if (existing) return existing;
    const node = this.source.row(`${this.source.prefix}/${idOf(item)}`, item, this.owner);
    this.pinned.push(node);
    this.ctx.changed(this.owner);
    return node;
  }

  /** Forgets every page and row; the next children() fetches the first again. */
  reset(): void {
    this.pages = [];
    this.ranges = [];
    this.pinned = [];
    this.more = false;
    this.failure = undefined;
    this.limitReached = undefined;
    this.firstPage = undefined;
    this.firstPageIn = false;
    this.nextPage = undefined;
  }

  private total(): number {
    let n = 0;
    for (const page of this.pages) n += page.length;
    return n;
  }

  /** Resolves with the first row of the page that came (undefined when it was empty or failed). */
  private async loadPage(signal?: AbortSignal): Promise<TreeNode | undefined> {
    const top = this.ctx.pageSize();
    const skip = this.total();
    try {
      const page = await this.ctx.withProgress(() => this.source.fetch(skip, top, signal));
      const first = this.take(page);
      this.ctx.logger.debug(`${this.source.prefix}: loaded ${page.items.length} (skip ${skip}, top ${top})`);
      return first;
    } catch (error) {
      this.fail(error, skip === 0);
      return undefined;
    }
  }

  private take(page: Page): TreeNode | undefined {
    const known = new Set(this.pages.flat().map((n) => n.id));
    const fresh = page.items.filter((item) => !known.has(`${this.source.prefix}/${idOf(item)}`));
    this.more = page.more;
    this.failure = undefined;
    if (fresh.length > 0 || this.pages.length === 0) {
      const index = this.pages.length;
      const ranged = this.source.ranges === true && index >= 1;
      if (ranged && this.ranges.length === 0) this.foldFirstPage();
      const range = ranged ? this.addRange(index) : undefined;
      this.pages.push(fresh.map((item) => this.source.row(`${this.source.prefix}/${idOf(item)}`, item, range ?? this.owner)));
      if (this.ranges.length > 0) this.generation++;
    }
    const loaded = new Set(this.pages.flat().map((n) => n.id));
    this.pinned = this.pinned.filter((n) => !loaded.has(n.id));
    return fresh.length > 0 ? this.pages[this.pages.length - 1][0] : undefined;
  }

  /** The first page's rows move under the range "1–…", re-created with it as their parent. */
  private foldFirstPage(): void {
    const range = this.addRange(0);
    this.pages[0] = (this.pages[0] ?? []).map((n) => (n.item ? this.source.row(n.id, n.item, range) : n));
  }

  private addRange(index: number): RangeNode {
    const range = new RangeNode(this.owner, this.source.prefix, () => this.generation, {
      start: () => this.pages.slice(0, index).reduce((n, p) => n + p.length, 0),
      rows: () => this.pages[index] ?? [],
      newest: () => this.openNewest && index === this.pages.length - 1,
    });
    this.ranges.push(range);
    return range;
  }

  private fail(error: unknown, firstPage: boolean): void {
    const retry = () => {
      if (!firstPage) return this.loadMore().then(() => undefined);
      this.reset();
      this.ctx.changed(this.owner);
      return undefined;
    };
    const id = `${this.source.prefix}/error`;
    this.failure = this.source.failure?.(id, error, retry) ?? errorRow(id, this.owner, error, retry);
  }

  private loadMoreRow(): MessageNode {
    return new MessageNode(`${this.source.prefix}/loadMore`, this.owner, 'loadMore', vscode.l10n.t('Load more…'), {
      description: vscode.l10n.t('next {0}', this.ctx.pageSize()),
      run: () => this.loadMore(),
    });
  }
}
