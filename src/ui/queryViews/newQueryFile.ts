// New Query File: an untitled flinkey-query document with a few requests to start from. Untitled documents
// are named plainly (flinkey-query-1.flinkey-query), not after their first line, and save as query files.
import * as vscode from 'vscode';
import { QUERY_LANGUAGE } from '../../constants';

const STARTER = `# flinkey OData queries — one request per block; Run (above each request) shows the rows beside.
# Ctrl+Space completes paths, options, fields, operators and values.

GET /products?$filter=type eq 'flinkey IQ' and dongleTerminationTimeStamp eq null&$top=20

###
GET /services?$filter=isTerminated eq false&$orderby=name&$select=id,name,productId
`;

export async function newQueryFile(): Promise<string> {
  return (await openQueryFile(STARTER)).uri.toString();
}

/** An untitled query file holding `content`, shown in the editor. */
export async function openQueryFile(content: string): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.from({ scheme: 'untitled', path: freeName() });
  let document = await vscode.workspace.openTextDocument(uri);
  if (document.languageId !== QUERY_LANGUAGE) document = await vscode.languages.setTextDocumentLanguage(document, QUERY_LANGUAGE);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(0, 0), content);
  await vscode.workspace.applyEdit(edit);
  await vscode.window.showTextDocument(document);
  return document;
}

/** The first flinkey-query-<n> name no open untitled document has. */
function freeName(): string {
  const taken = new Set(vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'untitled').map((d) => d.uri.path));
  for (let n = 1; ; n++) {
    const name = `flinkey-query-${n}.${QUERY_LANGUAGE}`;
    if (!taken.has(name)) return name;
  }
}
