// Export Results: the rows of a run as JSON or CSV, to a file picked in the save dialog (or given as
// { target, format }). Returns the written file's URI.
import * as vscode from 'vscode';
import { loadQuery } from './loadQuery';
import type { QueriesContext } from './queriesContext';
import type { QueryRun } from './queryResults';
import { RunNode } from './runNode';

type Format = 'json' | 'csv';

export async function exportResults(qc: QueriesContext, arg: unknown): Promise<string | undefined> {
  const a = (arg && typeof arg === 'object' ? arg : {}) as { format?: unknown; target?: unknown; uri?: unknown; n?: unknown };
  const run = runOf(qc, arg);
  if (!run || run.state !== 'done') throw new Error('No query results to export: run a query first.');
  const format = a.format === 'json' || a.format === 'csv' ? a.format : await pickFormat();
  if (!format) return undefined;
  const target =
    a.target instanceof vscode.Uri ? a.target : typeof a.target === 'string' ? vscode.Uri.file(a.target) : await pickTarget(run, format);
  if (!target) return undefined;
  const indent = vscode.workspace.getConfiguration('editor', { languageId: 'json' }).get<number>('tabSize', 2);
  const text = format === 'csv' ? loadQuery().toCsv(run.rows!) : loadQuery().toJsonText(run.single ? run.rows![0] : run.rows, indent);
  await vscode.workspace.fs.writeFile(target, Buffer.from(text, 'utf8'));
  vscode.window.setStatusBarMessage(`$(save) Exported ${run.rows!.length} rows to ${target.fsPath}`, 4000);
  return target.toString();
}

/** A run node, a result URI (or { uri }), { n }, else the active result document, else the newest result. */
function runOf(qc: QueriesContext, arg: unknown): QueryRun | undefined {
  if (arg instanceof RunNode) return arg.run;
  if (arg instanceof vscode.Uri || typeof arg === 'string') return qc.results.fromUri(arg);
  const a = (arg && typeof arg === 'object' ? arg : {}) as { uri?: unknown; n?: unknown };
  if (a.uri instanceof vscode.Uri || typeof a.uri === 'string') return qc.results.fromUri(a.uri);
  if (typeof a.n === 'number') return qc.results.get(a.n);
  const active = vscode.window.activeTextEditor?.document.uri;
  return (active && qc.results.fromUri(active)) ?? qc.results.list().find((r) => r.state === 'done');
}

async function pickFormat(): Promise<Format | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'CSV', description: 'one line per row, for spreadsheets', format: 'csv' as const },
      { label: 'JSON', description: 'the rows as the API sent them', format: 'json' as const },
    ],
    { title: 'flinkey: Export Results', placeHolder: 'Format' },
  );
  return picked?.format;
}

function pickTarget(run: QueryRun, format: Format): Thenable<vscode.Uri | undefined> {
  const name = `flinkey-${run.request.path.replace(/^\//, '').replace(/\//g, '-')}-${run.n}.${format}`;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.window.showSaveDialog({
    title: 'flinkey: Export Results',
    defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
    filters: format === 'csv' ? { CSV: ['csv'] } : { JSON: ['json'] },
    saveLabel: 'Export',
  });
}
