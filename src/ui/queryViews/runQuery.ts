// flinkey: Run OData Query… — pick products or services, type the options in one checked box, see the rows.
// With { collection | path, query } it runs without prompts. Returns the rows.
import * as vscode from 'vscode';
import { isFlinkeyError } from '../../core/api/errors';
import { COMMAND } from '../../constants';
import { fieldNames } from '../../core/odata/schema';
import { asQueryArgs, collectionOf } from './queryArgs';
import { askQuery } from './queryInputBox';
import { QueryProblemError } from './queryRunner';
import type { QueriesContext } from './queriesContext';
import { showRun } from './showRun';

type Rows = Record<string, unknown>[];

export async function runQuery(qc: QueriesContext, arg: unknown): Promise<Rows | undefined> {
  const given = asQueryArgs(arg);
  if (given && !given.edit) {
    const run = await qc.runner.run({ path: given.path, query: given.query });
    await showRun(run, vscode.ViewColumn.Active, false);
    return run.rows;
  }
  const collection = given ? collectionOf(given.path) : await pickCollection(qc);
  if (!collection) {
    if (given) throw new Error(`Only /products and /services can be edited in the query box, not ${given.path}.`);
    return undefined;
  }
  return askAndRun(qc, collection, given?.query ?? qc.lastText.get(collection) ?? '', given?.message);
}

async function askAndRun(
  qc: QueriesContext,
  collection: 'products' | 'services',
  value: string,
  message: string | undefined,
): Promise<Rows | undefined> {
  const entity = collection === 'products' ? 'product' : 'service';
  for (;;) {
    const text = await askQuery({ collection, entity, value, message });
    if (text === undefined) return undefined;
    qc.lastText.set(collection, text);
    try {
      const run = await qc.runner.run({ path: `/${collection}`, query: text });
      await showRun(run, vscode.ViewColumn.Active, false);
      return run.rows;
    } catch (e) {
      if (isFlinkeyError(e, 'cancelled')) return undefined;
      if (e instanceof QueryProblemError || isFlinkeyError(e, 'badRequest')) {
        // Back into the box with the same text and the reason.
        value = text;
        message = e instanceof QueryProblemError ? e.message : `flinkey rejected the query: ${e.details.reason ?? e.message}`;
        continue;
      }
      offerEdit(e, collection, text);
      return undefined;
    }
  }
}

/** A failure that is not about the text (server down, signed out): say so, keep the text one click away. */
function offerEdit(error: unknown, collection: string, text: string): void {
  const reason = error instanceof Error ? error.message : String(error);
  const actions =
    isFlinkeyError(error, 'unauthorized') || isFlinkeyError(error, 'invalidApiKey') ? ['Sign In', 'Edit Query'] : ['Edit Query'];
  void vscode.window.showErrorMessage(`flinkey: the query was not answered — ${reason}`, ...actions).then((choice) => {
    if (choice === 'Edit Query') void vscode.commands.executeCommand(COMMAND.runQuery, { collection, query: text, edit: true });
    if (choice === 'Sign In') void vscode.commands.executeCommand(COMMAND.signIn);
  });
}

async function pickCollection(qc: QueriesContext): Promise<'products' | 'services' | undefined> {
  const last = qc.results.list().find((r) => collectionOf(r.path))?.path;
  const items = (['products', 'services'] as const).map((c) => ({
    label: `/${c}`,
    description: c === 'products' ? 'flinkey Box and flinkey IQ devices' : 'contracts of the boxes',
    detail: `Fields: ${fieldNames(c === 'products' ? 'product' : 'service').join(', ')}`,
    collection: c,
  }));
  if (last && collectionOf(last) === 'services') items.reverse();
  const picked = await vscode.window.showQuickPick(items, { title: 'flinkey: Run OData Query', placeHolder: 'Which collection?' });
  return picked?.collection;
}
