// Save, rename and delete queries; clear the history. Each returns what it changed.
import * as vscode from 'vscode';
import { stringArg } from '../commands/commandArgument';
import { checkQueryName, type SavedQuery } from '../../core/queryLanguage/savedQueries';
import { QueryNode } from './queryNode';
import { customerKey } from './queryLibrary';
import type { QueriesContext } from './queriesContext';
import { querySpecOf } from './rerunQuery';

/** Save Query: a run, a history row or { path, query, name? }; asks for the name unless given. */
export async function saveQuery(qc: QueriesContext, arg: unknown): Promise<SavedQuery | undefined> {
  const latest = qc.results.list()[0];
  const spec = querySpecOf(arg) ?? (latest && { path: latest.path, query: latest.query });
  if (!spec) throw new Error(vscode.l10n.t('Run a query first, then save it.'));
  const name =
    stringArg(arg, 'name') ?? (await askName(`${spec.path} ${spec.query}`.replace(/\s+/g, ' ').trim().slice(0, 60), 'Save Query'));
  if (name === undefined) return undefined;
  return qc.library.save({ name, path: spec.path, query: spec.query });
}

export async function renameSavedQuery(qc: QueriesContext, arg: unknown): Promise<SavedQuery | undefined> {
  const from = await savedNameOf(qc, arg, 'Rename Saved Query');
  if (from === undefined) return undefined;
  const to = stringArg(arg, 'to') ?? (await askName(from, 'Rename Saved Query'));
  if (to === undefined) return undefined;
  return qc.library.rename(from, to);
}

/** Deletes a saved query or a history row; true when something went. */
export async function deleteQuery(qc: QueriesContext, arg: unknown): Promise<boolean> {
  if (arg instanceof QueryNode && arg.source.kind === 'history') {
    await qc.library.forget(arg.source.customer, arg.source.entry);
    return true;
  }
  const name = await savedNameOf(qc, arg, 'Delete Saved Query');
  return name === undefined ? false : qc.library.delete(name);
}

export async function clearQueryHistory(qc: QueriesContext): Promise<boolean> {
  const account = (await qc.session.ready())?.account;
  if (!account) throw new Error(vscode.l10n.t('Sign in to flinkey first: the history belongs to a customer.'));
  const clear = vscode.l10n.t('Clear');
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('Clear the query history of {0}?', account.customerName),
    { modal: true },
    clear,
  );
  if (answer !== clear) return false;
  await qc.library.clearHistory(customerKey(account));
  return true;
}

async function savedNameOf(qc: QueriesContext, arg: unknown, title: string): Promise<string | undefined> {
  if (arg instanceof QueryNode && arg.source.kind === 'saved') return arg.source.saved.name;
  const named = stringArg(arg, 'name');
  if (named !== undefined) return named;
  const saved = qc.library.saved.list();
  if (saved.length === 0) throw new Error(vscode.l10n.t('There are no saved queries yet.'));
  const picked = await vscode.window.showQuickPick(
    saved.map((s) => ({ label: s.name, description: `${s.path} ${s.query}`.replace(/\s+/g, ' ') })),
    { title: `flinkey: ${title}` },
  );
  return picked?.label;
}

function askName(value: string, title: string): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: `flinkey: ${title}`,
    prompt: vscode.l10n.t('Name of the query'),
    value,
    validateInput: (v) => checkQueryName(v),
  });
}
