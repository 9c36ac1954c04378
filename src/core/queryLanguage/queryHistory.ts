// The last queries run, per customer: newest first, no duplicates, at most 50.
import { parseQueryText } from '../odata/parseQueryText';
import { toQueryString } from '../odata/queryString';
import { oneTypedForm } from '../odata/typedQuery';
import { WriteQueue, type KeyValueStorage } from './storage';

export interface HistoryEntry {
  /** /products, /services/7/products … */
  path: string;
  /** The options in their one typed form: "$filter=type eq 'flinkey IQ'&$top=5", or '' for none. */
  query: string;
  /** Epoch milliseconds. */
  ranAt: number;
  rows?: number;
  ms?: number;
}

export const HISTORY_KEY = 'flinkey.queryHistory';
export const HISTORY_LIMIT = 50;

type Stored = Record<string, HistoryEntry[]>;

/** Same request, however it was spaced or ordered: "$top=5&$filter=id eq 1" = "id eq 1&$top=5". */
export function sameRequestKey(path: string, query: string): string {
  const parsed = parseQueryText(query);
  const options = parsed.problems.length === 0 ? toQueryString(parsed.options) : query.trim();
  return `${path.toLowerCase().replace(/\/+$/, '')}?${options}`;
}

function isEntry(v: unknown): v is HistoryEntry {
  const e = v as HistoryEntry;
  return !!e && typeof e === 'object' && typeof e.path === 'string' && typeof e.query === 'string' && typeof e.ranAt === 'number';
}

export class QueryHistory {
  private readonly queue = new WriteQueue();

  constructor(private readonly storage: KeyValueStorage) {}

  /** Newest first. `customer` is any stable key, e.g. base URL + customer ID. */
  list(customer: string): HistoryEntry[] {
    const all = this.all();
    const entries =
      Object.prototype.hasOwnProperty.call(all, customer) && Array.isArray(all[customer]) ? all[customer].filter(isEntry) : [];
    // Entries stored before every query had one form are shown in it too.
    return entries.map((e) => ({ ...e, query: oneTypedForm(e.query) }));
  }

  add(customer: string, entry: HistoryEntry): Promise<HistoryEntry[]> {
    return this.queue.run(async () => {
      const key = sameRequestKey(entry.path, entry.query);
      const rest = this.list(customer).filter((e) => sameRequestKey(e.path, e.query) !== key);
      const next = [{ ...entry, query: oneTypedForm(entry.query) }, ...rest].slice(0, HISTORY_LIMIT);
      await this.write(customer, next);
      return next;
    });
  }

  /** Removes the entries for the same request as `entry`. */
  remove(customer: string, entry: Pick<HistoryEntry, 'path' | 'query'>): Promise<HistoryEntry[]> {
    return this.queue.run(async () => {
      const key = sameRequestKey(entry.path, entry.query);
      const next = this.list(customer).filter((e) => sameRequestKey(e.path, e.query) !== key);
      await this.write(customer, next);
      return next;
    });
  }

  clear(customer: string): Promise<void> {
    return this.queue.run(() => this.write(customer, []));
  }

  private all(): Stored {
    const v = this.storage.get<Stored>(HISTORY_KEY);
    return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
  }

  private async write(customer: string, entries: HistoryEntry[]): Promise<void> {
    const all = { ...this.all() };
    if (entries.length === 0) delete all[customer];
    else all[customer] = entries;
    await this.storage.update(HISTORY_KEY, all);
  }
}
