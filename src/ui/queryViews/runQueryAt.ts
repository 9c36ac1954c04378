// The Run lens of a query file: sends the request of one block and shows its rows beside the editor.
import * as vscode from 'vscode';
import type { QueryBlock } from '../../core/queryLanguage/parseQueryFile';
import { loadQuery } from './loadQuery';
import { QUERY_LANGUAGE } from '../../constants';
import type { QueriesContext } from './queriesContext';
import { showRun } from './showRun';
import { explainUntrusted, isUntrustedFile } from './workspaceTrust';

export interface BlockRef {
  document: vscode.TextDocument;
  block: QueryBlock;
}

/** `arg`: { uri, line } (the lens), or nothing for the request at the cursor of the active query file. */
export async function findBlock(arg: unknown): Promise<BlockRef | undefined> {
  let document: vscode.TextDocument | undefined;
  let line: number | undefined;
  if (arg && typeof arg === 'object' && 'uri' in arg && 'line' in arg) {
    const a = arg;
    const uri = a.uri instanceof vscode.Uri ? a.uri : typeof a.uri === 'string' ? vscode.Uri.parse(a.uri) : undefined;
    if (!uri || typeof a.line !== 'number') return undefined;
    document = await vscode.workspace.openTextDocument(uri);
    line = a.line;
  } else if (arg === undefined) {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId !== QUERY_LANGUAGE) return undefined;
    document = editor.document;
    line = editor.selection.active.line;
  }
  if (!document || line === undefined) return undefined;
  const block = loadQuery().blockAtLine(loadQuery().parseQueryFile(document.getText()), line);
  return block && { document, block };
}

export async function runQueryAt(qc: QueriesContext, arg: unknown): Promise<Record<string, unknown>[] | undefined> {
  const found = await findBlock(arg);
  if (!found) {
    throw new Error(vscode.l10n.t('No request here: put the cursor on a line like GET /products?$top=10 in a .flinkey-query file.'));
  }
  const { document, block } = found;
  if (isUntrustedFile(document)) {
    explainUntrusted();
    return undefined;
  }
  const error = block.problems.find((p) => p.severity === 'error');
  if (error) {
    const at = document.positionAt(error.offset);
    throw new Error(
      vscode.l10n.t(
        'The request on line {0} was not sent — line {1}, column {2}: {3}',
        block.startLine + 1,
        at.line + 1,
        at.character + 1,
        error.message,
      ),
    );
  }
  const run = await qc.runner.run({ path: block.path.text, query: block.query, bareFilter: 'error' });
  await showRun(run, vscode.ViewColumn.Beside, true);
  return run.rows;
}
