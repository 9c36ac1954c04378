// "1 row", "20 rows": one wording for counts of rows wherever a query run is described.
import * as vscode from 'vscode';

export function rowCount(n: number | undefined): string {
  if (n === undefined) return vscode.l10n.t('? rows');
  return n === 1 ? vscode.l10n.t('1 row') : vscode.l10n.t('{0} rows', n);
}
