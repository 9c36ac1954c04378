// Palette pickers: run a saved query, or one from the customer's history. Return the rows.
import * as vscode from 'vscode';
import { numberArg, stringArg } from '../commands/commandArgument';
import { customerKey } from './queryLibrary';
import type { QueriesContext } from './queriesContext';
import { rerunQuery } from './rerunQuery';
import { rowCount } from './rowCount';

export async function runSavedQuery(qc: QueriesContext, arg: unknown): Promise<Record<string, unknown>[] | undefined> {
  const name = typeof arg === 'string' ? arg : stringArg(arg, 'name');
  const saved = qc.library.saved.list();
  const chosen =
    name !== undefined
      ? qc.library.saved.get(name)
      : (
          await vscode.window.showQuickPick(
            saved.map((s) => ({ label: s.name, description: `${s.path} ${s.query}`.replace(/\s+/g, ' '), s })),
            {
              title: vscode.l10n.t('flinkey: Run Saved Query'),
              placeHolder: saved.length ? vscode.l10n.t('Saved queries') : vscode.l10n.t('No saved queries yet'),
            },
          )
        )?.s;
  if (name !== undefined && !chosen) throw new Error(vscode.l10n.t('There is no saved query named "{0}".', name));
  return chosen ? rerunQuery(qc, { path: chosen.path, query: chosen.query }) : undefined;
}

/** With { index } it runs that entry (0 = newest) without the picker. */
export async function showQueryHistory(qc: QueriesContext, arg: unknown): Promise<Record<string, unknown>[] | undefined> {
  const account = (await qc.session.ready())?.account;
  if (!account) throw new Error(vscode.l10n.t('Sign in to flinkey first: the history belongs to a customer.'));
  const entries = qc.library.history.list(customerKey(account));
  const index = numberArg(arg, 'index');
  if (index !== undefined) {
    const entry = entries[index];
    if (!entry) {
      throw new Error(vscode.l10n.t('The history of {0} has {1} entries, no entry {2}.', account.customerName, entries.length, index));
    }
    return rerunQuery(qc, { path: entry.path, query: entry.query });
  }
  const picked = await vscode.window.showQuickPick(
    entries.map((e) => ({
      label: `${e.path} ${e.query}`.replace(/\s+/g, ' ').trim(),
      description: `${rowCount(e.rows)} · ${new Date(e.ranAt).toLocaleString()}`,
      e,
    })),
    {
      title: vscode.l10n.t('flinkey: Query History · {0}', account.customerName),
      placeHolder: entries.length ? vscode.l10n.t('Run again') : vscode.l10n.t('No queries run yet'),
    },
  );
  return picked ? rerunQuery(qc, { path: picked.e.path, query: picked.e.query }) : undefined;
}
