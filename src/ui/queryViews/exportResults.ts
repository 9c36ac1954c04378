// Export Results: the rows of a run, of the selected rows, or of a section's loaded records, as JSON or CSV, to a
// file picked in the save dialog (or given as { target, format }; { selection: true } takes the views' selection).
// Returns the written file's URI; a notification offers to open it or show it in the file manager.
import * as vscode from 'vscode';
import { argProperty, numberArg } from '../commands/commandArgument';
import { selectedRows } from '../commands/rowValues';
import { jsonIndent, jsonText } from '../documents/jsonText';
import { isTreeNode } from '../fleetView/treeNode';
import { rowsOfNodes, type ExportSource } from './exportRows';
import { loadQuery } from './loadQuery';
import type { QueriesContext } from './queriesContext';
import { resultValue, type QueryRun } from './queryResults';
import { rowCount } from './rowCount';
import { RunNode } from './runNode';

type Format = 'json' | 'csv';

export async function exportResults(qc: QueriesContext, arg: unknown, selected?: unknown): Promise<string | undefined> {
  const source = await sourceOf(qc, arg, selected);
  const given = argProperty(arg, 'format');
  const format = given === 'json' || given === 'csv' ? given : await pickFormat();
  if (!format) return undefined;
  const target = asTarget(argProperty(arg, 'target')) ?? (await pickTarget(source.name, format));
  if (!target) return undefined;
  const indent = jsonIndent(vscode.workspace.getConfiguration('editor', { uri: target, languageId: 'json' }));
  const text = format === 'csv' ? loadQuery().toCsv(source.rows) : jsonText(source.value ?? source.rows, indent);
  await vscode.workspace.fs.writeFile(target, Buffer.from(text, 'utf8'));
  void offerToOpen(target, source.rows.length);
  return target.toString();
}

type Source = ExportSource & { value?: unknown };

/** The menu's rows (a run row stands for its run), with { selection: true } the views' selection, else a run. */
async function sourceOf(qc: QueriesContext, arg: unknown, selected: unknown): Promise<Source> {
  const fromViews = argProperty(arg, 'selection') === true;
  if (!fromViews && !isTreeNode(arg)) return runSource(runOf(qc, arg));
  const nodes = fromViews ? selectedRows(qc.views, undefined, undefined) : selectedRows(qc.views, arg, selected);
  if (!nodes?.length) throw new Error(vscode.l10n.t('Nothing to export: select rows in the Fleet or Query Results view first.'));
  if (nodes.length === 1 && nodes[0] instanceof RunNode) return runSource(nodes[0].run);
  return rowsOfNodes(nodes);
}

function runSource(run: QueryRun | undefined): Source {
  if (run?.state !== 'done') throw new Error(vscode.l10n.t('No query results to export: run a query first.'));
  return { rows: run.rows, value: resultValue(run), name: `${run.request.path.replace(/^\//, '').replace(/\//g, '-')}-${run.n}` };
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

/** Open shows the file in an editor; Reveal shows it in the system's file manager. */
async function offerToOpen(target: vscode.Uri, count: number): Promise<void> {
  const open = vscode.l10n.t('Open');
  const reveal = revealLabel();
  const name = target.scheme === 'file' ? target.fsPath : target.toString(true);
  const message = vscode.l10n.t('Exported {0} to {1}', rowCount(count), name);
  const chosen = await vscode.window.showInformationMessage(message, open, reveal);
  if (chosen === open) await vscode.commands.executeCommand('vscode.open', target);
  else if (chosen === reveal) await vscode.commands.executeCommand('revealFileInOS', target);
}

function revealLabel(): string {
  if (process.platform === 'darwin') return vscode.l10n.t('Reveal in Finder');
  if (process.platform === 'win32') return vscode.l10n.t('Reveal in File Explorer');
  return vscode.l10n.t('Reveal in File Manager');
}

function asTarget(value: unknown): vscode.Uri | undefined {
  return value instanceof vscode.Uri ? value : typeof value === 'string' ? vscode.Uri.file(value) : undefined;
}

async function pickFormat(): Promise<Format | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'CSV', description: vscode.l10n.t('one line per row, for spreadsheets'), format: 'csv' as const },
      { label: 'JSON', description: vscode.l10n.t('the rows as the API sent them'), format: 'json' as const },
    ],
    { title: vscode.l10n.t('flinkey: Export Results'), placeHolder: vscode.l10n.t('Format') },
  );
  return picked?.format;
}

function pickTarget(name: string, format: Format): Thenable<vscode.Uri | undefined> {
  const file = `flinkey-${name}.${format}`;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.window.showSaveDialog({
    title: vscode.l10n.t('flinkey: Export Results'),
    defaultUri: folder ? vscode.Uri.joinPath(folder, file) : undefined,
    filters: format === 'csv' ? { CSV: ['csv'] } : { JSON: ['json'] },
    saveLabel: 'Export',
  });
}
