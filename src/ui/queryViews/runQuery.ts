// flinkey: Run OData Query… — pick a list (products, services, cars, users), type the options in one checked
// box, see the rows. With { collection | path, query } it runs without prompts; with edit: true the box opens on
// that path (any list, e.g. /cars/7/events). Returns the rows.
import * as vscode from 'vscode';
import { isFlinkeyError } from '../../core/api/errors';
import type { RouteInfo } from '../../core/queryLanguage/routes';
import { COMMAND } from '../../constants';
import { fieldNames, type Entity } from '../../core/odata/schema';
import { asQueryArgs, pathKey } from './queryArgs';
import { askQuery, listRouteOf } from './queryInputBox';
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
  const path = given ? given.path.trim() : await pickCollection(qc);
  if (!path) return undefined;
  const route = listRouteOf(path);
  if (!route) throw new Error(vscode.l10n.t('Only lists can be edited in the query box, not {0}.', path));
  return askAndRun(qc, path, route, given?.query ?? qc.lastText.get(pathKey(path)) ?? '', given?.message);
}

async function askAndRun(
  qc: QueriesContext,
  path: string,
  route: RouteInfo,
  value: string,
  message: string | undefined,
): Promise<Rows | undefined> {
  for (;;) {
    const text = await askQuery({ path, route, value, message });
    if (text === undefined) return undefined;
    qc.lastText.set(pathKey(path), text);
    try {
      const run = await qc.runner.run({ path, query: text });
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
      offerEdit(e, path, text);
      return undefined;
    }
  }
}

/** A failure that is not about the text (server down, signed out): say so, keep the text one click away. */
function offerEdit(error: unknown, path: string, text: string): void {
  const reason = error instanceof Error ? error.message : String(error);
  const signIn = vscode.l10n.t('Sign In');
  const edit = vscode.l10n.t('Edit Query');
  const actions = isFlinkeyError(error, 'unauthorized') || isFlinkeyError(error, 'invalidApiKey') ? [signIn, edit] : [edit];
  void vscode.window.showErrorMessage(vscode.l10n.t('flinkey: the query was not answered — {0}', reason), ...actions).then((choice) => {
    if (choice === edit) void vscode.commands.executeCommand(COMMAND.runQuery, { path, query: text, edit: true });
    if (choice === signIn) void vscode.commands.executeCommand(COMMAND.signIn);
  });
}

const LISTS: { path: string; entity: Entity; description: () => string }[] = [
  { path: '/products', entity: 'product', description: () => vscode.l10n.t('flinkey Box and flinkey IQ devices') },
  { path: '/services', entity: 'service', description: () => vscode.l10n.t('contracts of the boxes') },
  { path: '/cars', entity: 'car', description: () => vscode.l10n.t('cars: name, VIN, licence plate, brand, model') },
  { path: '/users', entity: 'user', description: () => vscode.l10n.t('people who may be given access to cars') },
];

/** The list to query; the one queried last comes first. */
async function pickCollection(qc: QueriesContext): Promise<string | undefined> {
  const last = qc.results.list().find((r) => LISTS.some((l) => l.path === pathKey(r.path)))?.path;
  const items = LISTS.map((l) => ({
    label: l.path,
    description: l.description(),
    detail: vscode.l10n.t('Fields: {0}', fieldNames(l.entity).join(', ')),
    path: l.path,
  }));
  const at = last ? items.findIndex((i) => i.path === pathKey(last)) : -1;
  if (at > 0) items.unshift(...items.splice(at, 1));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('flinkey: Run OData Query'),
    placeHolder: vscode.l10n.t('Which collection?'),
  });
  return picked?.path;
}
