// What each top-level section is narrowed down to ($filter) and sorted by ($orderby), remembered per environment
// (base URL), customer and section in one globalState value, which Settings Sync carries (no secrets in it).
// No vscode import: the store is passed in.
export interface SectionQuery {
  filter?: string;
  orderby?: string;
}

/** The part of vscode.Memento this needs. */
export interface StateStore {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): Thenable<void>;
}

/** scope → section (products, cars …) → its query. */
type Stored = Record<string, Record<string, SectionQuery>>;

/** "https://api.flinkey.de/v3#42": the environment and customer a section's query belongs to. */
export function scopeKey(account: { baseUrl: string; customerId: string | number }): string {
  return `${account.baseUrl}#${account.customerId}`;
}

export class SectionQueries {
  constructor(
    private readonly store: StateStore,
    private readonly key: string,
  ) {}

  get(scope: string | undefined, section: string): SectionQuery {
    if (!scope) return {};
    const query = this.all()[scope]?.[section];
    return { filter: text(query?.filter), orderby: text(query?.orderby) };
  }

  /** Saves the section's query; an empty one is removed, so the stored value only holds what is set. */
  async set(scope: string, section: string, query: SectionQuery): Promise<void> {
    const all = this.all();
    const sections = { ...all[scope] };
    const kept = { filter: text(query.filter), orderby: text(query.orderby) };
    if (kept.filter || kept.orderby) sections[section] = dropUndefined(kept);
    else delete sections[section];
    const next = { ...all };
    if (Object.keys(sections).length > 0) next[scope] = sections;
    else delete next[scope];
    await this.store.update(this.key, Object.keys(next).length > 0 ? next : undefined);
  }

  private all(): Stored {
    const value = this.store.get<unknown>(this.key);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Stored) : {};
  }
}

/** A non-empty trimmed string, else undefined (whatever another machine or version stored). */
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function dropUndefined(query: SectionQuery): SectionQuery {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined));
}
