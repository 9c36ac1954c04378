// The results of the last query runs, numbered; they back the flinkey:/queries/<n>.json documents and the
// Query Results view. Kept in memory only: a restarted window shows a short note instead. Results belong to
// the customer they ran for: under another customer, or signed out, they are not listed and their
// documents show a note instead of the rows.
import * as vscode from 'vscode';
import type { RouteMatch } from '../../core/queryLanguage/routes';
import type { QueryRequest } from '../../core/queryLanguage/requestUrl';
import { fromResultUri, resultSummary, resultTitle, toResultUri } from '../documents/resultUri';
import { rowCount } from './rowCount';

export const KEPT_RUNS = 20;

/** What a run is, whatever became of it. */
interface RunInfo {
  readonly n: number;
  /** As typed (palette) or as written after '?' (query file). */
  readonly path: string;
  readonly query: string;
  readonly request: QueryRequest;
  readonly match: RouteMatch;
  /** History key of the customer it ran for. */
  readonly customer: string;
  readonly customerName: string;
}

export type Rows = Record<string, unknown>[];

/** A run is replaced by a new object when it ends, never changed. */
export type QueryRun =
  (RunInfo & { readonly state: 'running' }) | DoneRun | (RunInfo & { readonly state: 'failed' | 'cancelled'; readonly error: unknown });

export type DoneRun = RunInfo & {
  readonly state: 'done';
  readonly rows: Rows;
  /** The path names one record (e.g. /products/42): the document shows that object, not a list. */
  readonly single: boolean;
  readonly ms: number;
  /** The tab title of its document, unique among the kept runs. */
  readonly title: string;
};

export class QueryResults implements vscode.Disposable {
  private next = 1;
  private runs: QueryRun[] = [];
  /** The customer (customerKey) whose runs are shown; undefined when signed out. */
  private customer: string | undefined;
  /** The run that changed, or undefined when runs came or went. */
  private readonly changed = new vscode.EventEmitter<QueryRun | undefined>();
  readonly onDidChange = this.changed.event;

  start(init: Omit<RunInfo, 'n'>): QueryRun {
    const run: QueryRun = { ...init, n: this.next++, state: 'running' };
    this.runs = [run, ...this.runs].slice(0, KEPT_RUNS);
    this.changed.fire(undefined);
    return run;
  }

  finish(run: QueryRun, rows: Rows, single: boolean, ms: number): DoneRun {
    const title = this.uniqueTitle(resultTitle(run.path, rowCount(rows.length), run.query));
    return this.replace({ ...info(run), state: 'done', rows, single, ms, title });
  }

  fail(run: QueryRun, error: unknown, cancelled: boolean): QueryRun {
    return this.replace({ ...info(run), state: cancelled ? 'cancelled' : 'failed', error });
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

  /** The current customer's newest run with rows. */
  latestDone(): DoneRun | undefined {
    return this.list().find((r) => r.state === 'done');
  }

  /** The run a result URI (a vscode.Uri or its string) points at. */
  fromUri(uri: string | { scheme: string; path: string }): QueryRun | undefined {
    const n = fromResultUri(uri);
    return n === undefined ? undefined : this.get(n);
  }

  /** What the document of a result URI shows; undefined when the URI is not a result URI at all. */
  documentOf(uri: vscode.Uri): { value: unknown } | undefined {
    const n = fromResultUri(uri);
    if (n === undefined) return undefined;
    const kept = this.runs.find((r) => r.n === n);
    if (kept && kept.customer !== this.customer) return { value: { message: notMineNote(kept, this.customer) } };
    const run = this.get(n);
    if (run?.state !== 'done') {
      return {
        value: {
          message: vscode.l10n.t('The results of query {0} are no longer kept. Run the query again (flinkey: Run OData Query…).', n),
        },
      };
    }
    return { value: resultValue(run) };
  }

  dispose(): void {
    this.changed.dispose();
  }

  /** "products · 20 rows", then "products · 20 rows (2)" for the same query run again while the first is kept. */
  private uniqueTitle(title: string): string {
    const taken = new Set(this.runs.flatMap((r) => (r.state === 'done' ? [r.title] : [])));
    let unique = title;
    for (let k = 2; taken.has(unique); k++) unique = `${title} (${k})`;
    return unique;
  }

  private replace<T extends QueryRun>(run: T): T {
    this.runs = this.runs.map((r) => (r.n === run.n ? run : r));
    this.changed.fire(run);
    return run;
  }
}

/** The rows of a run as its document and a JSON export show them. */
export function resultValue(run: DoneRun): unknown {
  return run.single ? run.rows[0] : run.rows;
}

/** Why a run's rows are not shown: signed out, or signed in as another customer. */
function notMineNote(run: QueryRun, current: string | undefined): string {
  return current === undefined
    ? vscode.l10n.t('Signed out of flinkey. These results of {0} are shown again after signing in to that customer.', run.customerName)
    : vscode.l10n.t('These results belong to another customer ({0}). Switch back to that customer to see them.', run.customerName);
}

/** The URI with a short title ("products · 20 rows · $filter=…") and the whole request and timing for the tooltip. */
export function resultUriOf(run: DoneRun): string {
  return toResultUri(run.n, run.title, resultSummary(run.path, rowCount(run.rows.length), run.query, run.ms));
}

function info({ n, path, query, request, match, customer, customerName }: QueryRun): RunInfo {
  return { n, path, query, request, match, customer, customerName };
}
