// Copy as cURL / Copy as TypeScript: the request behind the argument as code, headers from environment
// variables (never the real key or token). Writes the clipboard and returns the text.
import * as vscode from 'vscode';
import { loadQuery } from './loadQuery';
import type { QueriesContext } from './queriesContext';
import { requestFromArgument } from './requestFromArgument';

export async function copySnippet(qc: QueriesContext, language: 'curl' | 'typescript', arg: unknown): Promise<string | undefined> {
  const request = await requestFromArgument(qc, arg);
  if (!request) {
    throw new Error(vscode.l10n.t('Nothing to copy: run a query, or open a query file, a query result or a details document first.'));
  }
  const text = language === 'curl' ? loadQuery().toCurl(request) : loadQuery().toTypeScript(request);
  await vscode.env.clipboard.writeText(text);
  vscode.window.setStatusBarMessage(
    vscode.l10n.t('$(copy) Copied GET {0} as {1}', request.path, language === 'curl' ? 'cURL' : 'TypeScript'),
    3000,
  );
  return text;
}
