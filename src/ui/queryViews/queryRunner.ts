// Runs one query at a time: checks it before sending, one request with progress and cancellation, a new run
// cancels the one in flight. Results go to QueryResults, successful runs to the history.
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { Logger } from '../../core/api/api';
import { FlinkeyError, isFlinkeyError } from '../../core/api/errors';
import type { FleetSession } from '../session/fleetSession';
import type { InputProblem } from '../../core/queryLanguage/checkQueryText';
import { loadQuery } from './loadQuery';
import { RESULTS_VIEW } from '../../constants';
import { customerKey, type QueryLibrary } from './queryLibrary';
import type { DoneRun, QueryResults } from './queryResults';

export interface QuerySpec {
  /** /products, /services/7/products … */
  path: string;
  /** Options as typed; '' for none. */
  query: string;
  /** 'error' for the URL text of a query file, where a bare condition is a mistake. */
  bareFilter?: 'allowed' | 'error';
}

/** The query was not sent: it has a problem at a known place. */
export class QueryProblemError extends Error {
  constructor(
    readonly problem: InputProblem,
    readonly where: 'path' | 'query',
  ) {
    super(where === 'path' ? problem.message : loadQuery().describeProblem(problem));
    this.name = 'QueryProblemError';
  }
}

export class QueryRunner {
  private inFlight: AbortController | undefined;

  constructor(
    private readonly session: FleetSession,
    private readonly results: QueryResults,
    private readonly library: QueryLibrary,
    private readonly logger: Logger,
  ) {}

  /** Resolves with the finished run; rejects with QueryProblemError (nothing sent) or a FlinkeyError. */
  async run(spec: QuerySpec): Promise<DoneRun> {
    const prepared = loadQuery().prepareRequest(spec.path, spec.query, spec.bareFilter ?? 'allowed');
    if (!prepared.ok) throw new QueryProblemError(prepared.problem, prepared.where);
    const connection = await this.session.ready();
    if (!connection) throw new FlinkeyError('unauthorized', vscode.l10n.t('Not signed in to flinkey. Sign in first.'));

    this.inFlight?.abort();
    const abort = new AbortController();
    this.inFlight = abort;
    const { account, api } = connection;
    const path = loadQuery().pathOfMatch(prepared.match);
    // Shown and stored in one form, however it was written (a bare filter in the box, URL text in a file).
    const query = prepared.typedQuery;
    const run = this.results.start({
      path: spec.path.trim(),
      query,
      request: { baseUrl: api.baseUrl, path, query: prepared.options },
      match: prepared.match,
      customer: customerKey(account),
      customerName: account.customerName,
    });
    const shown = `${path}${query ? `?${query}` : ''}`;
    this.logger.debug(`query ${run.n}: ${shown}`);
    const started = performance.now();
    try {
      const fetched = await vscode.window.withProgress({ location: { viewId: RESULTS_VIEW } }, () =>
        vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: `flinkey: ${shown.slice(0, 120)}`, cancellable: true },
          (_progress, token) => {
            token.onCancellationRequested(() => abort.abort());
            return loadQuery().fetchRows(api, prepared.match, prepared.options, abort.signal);
          },
        ),
      );
      const ms = performance.now() - started;
      const done = this.results.finish(run, fetched.rows, fetched.single, ms);
      this.logger.debug(`query ${run.n}: ${fetched.rows.length} row(s) in ${Math.round(ms)} ms`);
      await this.library.record(run.customer, {
        path: run.path,
        query,
        ranAt: Date.now(),
        rows: fetched.rows.length,
        ms: Math.round(ms),
      });
      return done;
    } catch (e) {
      const cancelled = abort.signal.aborted || isFlinkeyError(e, 'cancelled');
      this.results.fail(run, e, cancelled);
      this.logger.debug(`query ${run.n}: ${cancelled ? 'cancelled' : `failed: ${e instanceof Error ? e.message : String(e)}`}`);
      throw cancelled && !isFlinkeyError(e, 'cancelled') ? new FlinkeyError('cancelled', vscode.l10n.t('The query was cancelled.')) : e;
    } finally {
      if (this.inFlight === abort) this.inFlight = undefined;
    }
  }
}
