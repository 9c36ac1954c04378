// Named queries, kept across sessions (globalState): save, rename, delete. Names are unique, ignoring case.
import * as l10n from '@vscode/l10n';
import { oneTypedForm } from '../odata/typedQuery';
import { WriteQueue, type KeyValueStorage } from './storage';

export interface SavedQuery {
  name: string;
  /** /products, /services … */
  path: string;
  /** The options in their one typed form ("$filter=…&$top=5"). */
  query: string;
  /** Epoch milliseconds of the last save. */
  savedAt: number;
}

export const SAVED_KEY = 'flinkey.savedQueries';

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function isSaved(v: unknown): v is SavedQuery {
  const s = v as SavedQuery;
  return !!s && typeof s === 'object' && typeof s.name === 'string' && typeof s.path === 'string' && typeof s.query === 'string';
}

/** An error message a name input box can show, or undefined when the name is fine. */
export function checkQueryName(name: string): string | undefined {
  const t = name.trim();
  if (t === '') return 'Give the query a name.';
  if (t.length > 100) return 'Keep the name under 100 characters.';
  return undefined;
}

export class SavedQueries {
  private readonly queue = new WriteQueue();

  constructor(private readonly storage: KeyValueStorage) {}

  /** Sorted by name. */
  list(): SavedQuery[] {
    const v = this.storage.get<unknown>(SAVED_KEY);
    const items = Array.isArray(v) ? v.filter(isSaved).map((q) => ({ ...q, query: oneTypedForm(q.query) })) : [];
    return items.sort((a, b) => a.name.localeCompare(b.name));
  }

  get(name: string): SavedQuery | undefined {
    return this.list().find((q) => sameName(q.name, name.trim()));
  }

  /** Saves under `name`, replacing a query of the same name. */
  save(query: Omit<SavedQuery, 'savedAt'> & { savedAt?: number }): Promise<SavedQuery> {
    return this.queue.run(async () => {
      const problem = checkQueryName(query.name);
      if (problem) throw new Error(problem);
      const saved: SavedQuery = {
        name: query.name.trim(),
        path: query.path,
        query: oneTypedForm(query.query),
        savedAt: query.savedAt ?? Date.now(),
      };
      await this.write([...this.list().filter((q) => !sameName(q.name, saved.name)), saved]);
      return saved;
    });
  }

  rename(from: string, to: string): Promise<SavedQuery> {
    return this.queue.run(async () => {
      const problem = checkQueryName(to);
      if (problem) throw new Error(problem);
      const all = this.list();
      const current = all.find((q) => sameName(q.name, from.trim()));
      if (!current) throw new Error(l10n.t('There is no saved query named "{0}".', from));
      const name = to.trim();
      if (!sameName(from.trim(), name) && all.some((q) => sameName(q.name, name))) {
        throw new Error(l10n.t('A saved query named "{0}" exists already.', name));
      }
      const renamed = { ...current, name };
      await this.write(all.map((q) => (q === current ? renamed : q)));
      return renamed;
    });
  }

  /** true when something was deleted. */
  delete(name: string): Promise<boolean> {
    return this.queue.run(async () => {
      const all = this.list();
      const rest = all.filter((q) => !sameName(q.name, name.trim()));
      if (rest.length === all.length) return false;
      await this.write(rest);
      return true;
    });
  }

  private async write(items: SavedQuery[]): Promise<void> {
    await this.storage.update(SAVED_KEY, items);
  }
}
