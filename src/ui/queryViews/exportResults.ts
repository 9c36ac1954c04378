// Export Results: the rows of a run as JSON or CSV, to a file picked in the save dialog (or given as
// { target, format }). Returns the written file's URI.
import * as vscode from 'vscode';
import { argProperty, numberArg } from '../commands/commandArgument';
import { jsonIndent, jsonText } from '../documents/jsonText';
import { loadQuery } from './loadQuery';
import type { QueriesContext } from './queriesContext';
import { resultValue, type QueryRun } from './queryResults';
import { rowCount } from './rowCount';
import { RunNode } from './runNode';

type Format = 'json' | 'csv';

export async function exportResults(qc: QueriesContext, arg: unknown): Promise<string | undefined> {
  const run = runOf(qc, arg);
  if (run?.state !== 'done') throw new Error('No query results to export: run a query first.');
  const given = argProperty(arg, 'format');
  const format = given === 'json' || given === 'csv' ? given : await pickFormat();
  if (!format) return undefined;
  const target = asTarget(argProperty(arg, 'target')) ?? (await pickTarget(run, format));
  if (!target) return undefined;
  const indent = jsonIndent(vscode.workspace.getConfiguration('editor', { uri: target, languageId: 'json' }));
  const text = format === 'csv' ? loadQuery().toCsv(run.rows) : jsonText(resultValue(run), indent);
  await vscode.workspace.fs.writeFile(target, Buffer.from(text, 'utf8'));
  vscode.window.setStatusBarMessage(vscode.l10n.t('$(save) Exported {0} to {1}', rowCount(run.rows.length), target.fsPath), 4000);
  return target.toString();
}

/** A run node, a result URI (or { uri }), { n }, else the active result document, else the newest result. */
function runOf(qc: QueriesContext, arg: unknown): QueryRun | undefined {
  if (arg instanceof RunNode) return arg.run;
  if (arg instanceof vscode.Uri || typeof arg === 'string') return qc.results.fromUri(arg);
  const uri = argProperty(arg, 'uri');
  if (uri instanceof vscode.Uri || typeof uri === 'string') return qc.results.fromUri(uri);
  const n = numberArg(arg, 'n');
  if (n !== undefined) return qc.results.get(n);
  const active = vscode.window.activeTextEditor?.document.uri;
  return (active && qc.results.fromUri(active)) ?? qc.results.latestDone();
}

function asTarget(value: unknown): vscode.Uri | undefined {
  return value instanceof vscode.Uri ? value : typeof value === 'string' ? vscode.Uri.file(value) : undefined;
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
