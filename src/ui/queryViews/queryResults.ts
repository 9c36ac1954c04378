// The results of the last query runs, numbered; they back the flinkey:/queries/<n>.json documents and the
// Query Results view. Kept in memory only: a restarted window shows a short note instead. Results belong to
// the customer they ran for: under another customer, or signed out, they are not listed and their
// documents show a note instead of the rows.
import * as vscode from 'vscode';
import type { RouteMatch } from '../../core/queryLanguage/routes';
import type { QueryRequest } from '../../core/queryLanguage/requestUrl';
import { fromResultUri, resultTitle, toResultUri } from './resultUri';

export const KEPT_RUNS = 20;

export interface QueryRun {
  readonly n: number;
  /** As typed (palette) or as written after '?' (query file). */
  readonly path: string;
  readonly query: string;
  readonly request: QueryRequest;
  readonly match: RouteMatch;
  /** History key of the customer it ran for. */
  readonly customer: string;
  readonly customerName: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  rows?: Record<string, unknown>[];
  single?: boolean;
  ms?: number;
  error?: unknown;
}

export class QueryResults implements vscode.Disposable {
  private next = 1;
  private runs: QueryRun[] = [];
  /** The customer (customerKey) whose runs are shown; undefined when signed out. */
  private customer: string | undefined;
  private readonly changed = new vscode.EventEmitter<QueryRun | undefined>();
  readonly onDidChange = this.changed.event;

  start(init: Omit<QueryRun, 'n' | 'state'>): QueryRun {
    const run: QueryRun = { ...init, n: this.next++, state: 'running' };
    this.runs = [run, ...this.runs].slice(0, KEPT_RUNS);
    this.changed.fire(undefined);
    return run;
  }

  finish(run: QueryRun, rows: Record<string, unknown>[], single: boolean, ms: number): void {
    Object.assign(run, { state: 'done', rows, single, ms });
    this.changed.fire(run);
  }

  fail(run: QueryRun, error: unknown, cancelled: boolean): void {
    Object.assign(run, { state: cancelled ? 'cancelled' : 'failed', error });
    this.changed.fire(run);
  }

  /** After a sign-in, switch or sign-out: only that customer's runs are shown from now on. */
  setCustomer(customer: string | undefined): void {
    if (customer === this.customer) return;
    this.customer = customer;
    this.changed.fire(undefined);
  }

  /** The current customer's runs, newest first. */
  list(): readonly QueryRun[] {
    return this.runs.filter((r) => r.customer === this.customer);
  }

  /** A run of the current customer. */
  get(n: number): QueryRun | undefined {
    return this.list().find((r) => r.n === n);
  }

  /** The run a result URI (or its string) points at. */
  fromUri(uri: vscode.Uri | string): QueryRun | undefined {
    const n = fromResultUri(typeof uri === 'string' ? uri : { scheme: uri.scheme, path: uri.path });
    return n === undefined ? undefined : this.get(n);
  }

  remove(run: QueryRun): void {
    this.runs = this.runs.filter((r) => r !== run);
    this.changed.fire(undefined);
  }

  clear(): void {
    this.runs = [];
    this.changed.fire(undefined);
  }

  /** The document text of a result URI; undefined when the URI is not a result URI at all. */
  textOf(uri: vscode.Uri, indent: number | string): string | undefined {
    const n = fromResultUri({ scheme: uri.scheme, path: uri.path });
    if (n === undefined) return undefined;
    const kept = this.runs.find((r) => r.n === n);
    if (kept && kept.customer !== this.customer) return `${JSON.stringify({ message: notMineNote(kept, this.customer) }, null, indent)}\n`;
    const run = this.get(n);
    if (!run || run.state !== 'done') {
      const note = { message: `The results of query ${n} are no longer kept. Run the query again (flinkey: Run OData Query…).` };
      return `${JSON.stringify(note, null, indent)}\n`;
    }
    return `${JSON.stringify(run.single ? run.rows![0] : run.rows, null, indent)}\n`;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Why a run's rows are not shown: signed out, or signed in as another customer. */
function notMineNote(run: QueryRun, current: string | undefined): string {
  return current === undefined
    ? vscode.l10n.t('Signed out of flinkey. These results of {0} are shown again after signing in to that customer.', run.customerName)
    : vscode.l10n.t('These results belong to another customer ({0}). Switch back to that customer to see them.', run.customerName);
}

/** The URI with the readable title: "/products · 20 rows · 35 ms · $filter=…". */
export function resultUriOf(run: QueryRun): string {
  return toResultUri(run.n, resultTitle(run.path, run.query, run.rows?.length ?? 0, run.ms ?? 0));
}
