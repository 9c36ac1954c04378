// History (per customer) and saved queries on globalState, with one change event for the Queries view.
import * as vscode from 'vscode';
import type { Account } from '../session/account';
import { QueryHistory, type HistoryEntry } from '../../core/queryLanguage/queryHistory';
import { SavedQueries, type SavedQuery } from '../../core/queryLanguage/savedQueries';
import type { KeyValueStorage } from '../../core/queryLanguage/storage';

/** History is kept per customer of a base URL: the same ID on another environment is another customer. */
export function customerKey(account: Pick<Account, 'baseUrl' | 'customerId'>): string {
  return `${account.baseUrl}#${account.customerId}`;
}

export class QueryLibrary implements vscode.Disposable {
  readonly history: QueryHistory;
  readonly saved: SavedQueries;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(storage: KeyValueStorage) {
    this.history = new QueryHistory(storage);
    this.saved = new SavedQueries(storage);
  }

  async record(customer: string, entry: HistoryEntry): Promise<void> {
    await this.history.add(customer, entry);
    this.changed.fire();
  }

  async forget(customer: string, entry: Pick<HistoryEntry, 'path' | 'query'>): Promise<void> {
    await this.history.remove(customer, entry);
    this.changed.fire();
  }

  async clearHistory(customer: string): Promise<void> {
    await this.history.clear(customer);
    this.changed.fire();
  }

  async save(query: Omit<SavedQuery, 'savedAt'>): Promise<SavedQuery> {
    const saved = await this.saved.save(query);
    this.changed.fire();
    return saved;
  }

  async rename(from: string, to: string): Promise<SavedQuery> {
    const renamed = await this.saved.rename(from, to);
    this.changed.fire();
    return renamed;
  }

  async delete(name: string): Promise<boolean> {
    const deleted = await this.saved.delete(name);
    this.changed.fire();
    return deleted;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
