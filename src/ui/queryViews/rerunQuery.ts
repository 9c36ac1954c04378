// Run again / Edit: a run, a saved query or a history row (or { path, query }) back through the runner,
// or back into the query box (a query file for single-object paths). Returns the rows.
import * as vscode from 'vscode';
import { COMMAND } from '../../constants';
import { QueryNode } from './queryNode';
import { asQueryArgs } from './queryArgs';
import { openQueryFile } from './newQueryFile';
import { listRouteOf } from './queryInputBox';
import type { QueriesContext } from './queriesContext';
import { RunNode } from './runNode';
import { showRun } from './showRun';

export function querySpecOf(arg: unknown): { path: string; query: string } | undefined {
  if (arg instanceof RunNode) return { path: arg.run.path, query: arg.run.query };
  if (arg instanceof QueryNode) return { path: arg.path, query: arg.query };
  return asQueryArgs(arg);
}

export async function rerunQuery(qc: QueriesContext, arg: unknown): Promise<Record<string, unknown>[] | undefined> {
  const spec = querySpecOf(arg);
  if (!spec) throw new Error(vscode.l10n.t('Choose a query in the Queries or Query Results view to run it again.'));
  const run = await qc.runner.run(spec);
  await showRun(run, vscode.ViewColumn.Active, false);
  return run.rows;
}

/** Opens the query for editing: the palette box for lists (/products, /cars/7/events …), else a new query file. */
export async function editQuery(qc: QueriesContext, arg: unknown): Promise<unknown> {
  const spec = querySpecOf(arg);
  if (!spec) throw new Error(vscode.l10n.t('Choose a query in the Queries or Query Results view to edit it.'));
  if (listRouteOf(spec.path)) {
    return vscode.commands.executeCommand(COMMAND.runQuery, { path: spec.path.trim(), query: spec.query, edit: true });
  }
  const query = spec.query.trim() ? `?${spec.query.trim().replace(/^\?/, '')}` : '';
  const document = await openQueryFile(`GET ${spec.path}${query}\n`);
  qc.logger.debug(`editing ${spec.path} in a query file`);
  return document.uri.toString();
}
