// New Query File: an untitled flinkey-query document with a few requests to start from.
import * as vscode from 'vscode';
import { QUERY_LANGUAGE } from '../../constants';

const STARTER = `# flinkey OData queries — one request per block; Run (above each request) shows the rows beside.
# Ctrl+Space completes paths, options, fields, operators and values.

GET /products?$filter=type eq 'flinkey IQ' and dongleTerminationTimeStamp eq null&$top=20

###
GET /services?$filter=isTerminated eq false&$orderby=name&$select=id,name,productId
`;

export async function newQueryFile(): Promise<string> {
  const document = await vscode.workspace.openTextDocument({ language: QUERY_LANGUAGE, content: STARTER });
  await vscode.window.showTextDocument(document);
  return document.uri.toString();
}
