// The hover's Copy links: the value is in the link, so copying needs no request. Returns what it copied.
import * as vscode from 'vscode';

export async function copyFleetValue(arg: unknown): Promise<string> {
  const v = arg && typeof arg === 'object' ? (arg as Record<string, unknown>) : {};
  if (typeof v.value !== 'string' || v.value === '') {
    throw new Error(vscode.l10n.t('Copy Fleet Value copies a value shown in a fleet-id hover; open one and use its Copy links.'));
  }
  const label = typeof v.label === 'string' ? v.label : vscode.l10n.t('value');
  await vscode.env.clipboard.writeText(v.value);
  vscode.window.setStatusBarMessage(`$(copy) ${vscode.l10n.t('Copied {0} {1}', label, v.value)}`, 3000);
  return v.value;
}
