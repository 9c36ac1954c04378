// Copy as cURL / Copy as TypeScript: the request behind the argument as code, headers from environment
// variables (never the real key or token). Writes the clipboard and returns the text.
import * as vscode from 'vscode';
import { loadQuery } from './loadQuery';
import type { QueriesContext } from './queriesContext';
import { requestFromArgument } from './requestFromArgument';

export async function copySnippet(qc: QueriesContext, language: 'curl' | 'typescript', arg: unknown): Promise<string | undefined> {
  const request = await requestFromArgument(qc, arg);
  if (!request) {
    throw new Error('Nothing to copy: run a query, or open a query file, a query result or a details document first.');
  }
  const text = language === 'curl' ? loadQuery().toCurl(request) : loadQuery().toTypeScript(request);
  await vscode.env.clipboard.writeText(text);
  vscode.window.setStatusBarMessage(`$(copy) Copied GET ${request.path} as ${language === 'curl' ? 'cURL' : 'TypeScript'}`, 3000);
  return text;
}
