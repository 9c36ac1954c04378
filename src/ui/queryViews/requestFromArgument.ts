// Finds the request behind a command argument, for Copy as cURL / TypeScript: a query, a run, a saved or
// history row, a query-file block, a results or details document, or any fleet row.
import * as vscode from 'vscode';
import { PRODUCTION_BASE_URL, QUERY_LANGUAGE } from '../../constants';
import { fromDetailsUri } from '../documents/detailsUri';
import { apiPathOf, asFleetRef, refOf, type FleetRef } from '../documents/fleetRef';
import type { QueryRequest } from '../../core/queryLanguage/requestUrl';
import { loadQuery } from './loadQuery';
import { isTreeNode } from '../fleetView/treeNode';
import { QueryNode } from './queryNode';
import { asQueryArgs } from './queryArgs';
import { QueryProblemError } from './queryRunner';
import type { QueriesContext } from './queriesContext';
import { RowNode } from './rowNode';
import { RunNode } from './runNode';
import { findBlock } from './runQueryAt';

/** undefined when the argument (or, without one, the active editor) names no request. */
export async function requestFromArgument(qc: QueriesContext, arg: unknown): Promise<QueryRequest | undefined> {
  const baseUrl = (await qc.session.ready())?.account.baseUrl ?? PRODUCTION_BASE_URL;
  const fromText = (path: string, query: string, bareFilter: 'allowed' | 'error' = 'allowed'): QueryRequest => {
    const prepared = loadQuery().prepareRequest(path, query, bareFilter);
    if (!prepared.ok) throw new QueryProblemError(prepared.problem, prepared.where);
    return { baseUrl, path: loadQuery().pathOfMatch(prepared.match), query: prepared.options };
  };
  const fromRef = (ref: FleetRef): QueryRequest => ({ baseUrl, path: apiPathOf(ref) });

  if (arg instanceof RunNode) return arg.run.request;
  if (arg instanceof QueryNode) return fromText(arg.path, arg.query);
  if (arg instanceof RowNode) {
    const ref = arg.ref();
    return ref ? fromRef(ref) : undefined;
  }
  if (isTreeNode(arg)) return arg.item ? fromRef(refOf(arg.item)) : undefined;
  if (arg instanceof vscode.Uri || typeof arg === 'string') return fromUri(qc, arg, fromRef);
  const block = arg !== undefined ? await findBlock(arg) : undefined;
  if (block) return fromText(block.block.path.text, block.block.query, 'error');
  const query = asQueryArgs(arg);
  if (query) return fromText(query.path, query.query);
  const ref = asFleetRef(arg);
  if (ref) return fromRef(ref);
  if (arg !== undefined) return undefined;

  // From the palette: whatever the active editor shows.
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  if (editor.document.languageId === QUERY_LANGUAGE) {
    const here = await findBlock(undefined);
    return here && fromText(here.block.path.text, here.block.query, 'error');
  }
  return fromUri(qc, editor.document.uri, fromRef);
}

function fromUri(qc: QueriesContext, uri: vscode.Uri | string, fromRef: (ref: FleetRef) => QueryRequest): QueryRequest | undefined {
  const run = qc.results.fromUri(uri);
  if (run) return run.request;
  const ref = fromDetailsUri(typeof uri === 'string' ? uri : { scheme: uri.scheme, path: uri.path });
  return ref && fromRef(ref);
}
