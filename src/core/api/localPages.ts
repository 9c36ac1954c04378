// Paging done here rather than by the server: /groups and /groups/{id}/cars do not state OData support, so
// they are fetched whole once and handed out a page at a time (an ignored $top cannot make "Load more" loop).

export interface LocalPage<T> {
  rows: T[];
  /** Index of the first row in the whole list. */
  skip: number;
  /** Rows of the whole list. */
  total: number;
  /** More rows follow this page. */
  hasMore: boolean;
}

/** Rows skip…skip+top of `all`. */
export function pageOf<T>(all: readonly T[], skip: number, top: number): LocalPage<T> {
  const from = Math.max(0, Math.floor(skip));
  const size = Math.max(0, Math.floor(top));
  const rows = all.slice(from, from + size);
  return { rows, skip: from, total: all.length, hasMore: from + rows.length < all.length };
}

/**
 * Loads a list with one request the first time a page is asked for, then serves pages from memory.
 * Concurrent callers share the one request; a failed load is forgotten so the next page() tries again.
 */
export class LocalPager<T> {
  private loading: Promise<readonly T[]> | undefined;

  constructor(private readonly load: (signal?: AbortSignal) => Promise<readonly T[]>) {}

  async page(skip: number, top: number, signal?: AbortSignal): Promise<LocalPage<T>> {
    if (!this.loading) {
      const pending = this.load(signal);
      this.loading = pending;
      pending.catch(() => {
        if (this.loading === pending) this.loading = undefined;
      });
    }
    return pageOf(await this.loading, skip, top);
  }

  /** Forgets the loaded list; the next page() requests it again (e.g. on refresh). */
  reset(): void {
    this.loading = undefined;
  }
}
