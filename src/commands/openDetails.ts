// Open Details: the record as read-only JSON on the flinkey: scheme (flinkey:/products/42/Product ….json).
import * as vscode from 'vscode';
import { toDetailsUri } from '../documents/detailsUri';
import { refOf as refOfItem } from '../documents/fleetRef';
import { describeItem } from '../tree/describe';
import type { CommandDeps } from './commandDeps';
import { isFleetNode, refOf, resolveItem } from './resolveItem';

/** Returns the document's URI (as a string). A URI or { kind, id } argument opens without fetching first. */
export async function openDetails(deps: CommandDeps, arg: unknown): Promise<string | undefined> {
  const direct = isFleetNode(arg) ? undefined : refOf(arg);
  let uri: vscode.Uri;
  if (direct) {
    uri = arg instanceof vscode.Uri ? arg : vscode.Uri.parse(toDetailsUri(direct));
  } else {
    const item = await resolveItem(deps, arg, 'Open Details');
    if (!item) return undefined;
    uri = vscode.Uri.parse(toDetailsUri(refOfItem(item), describeItem(item).label));
  }
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: true, preserveFocus: isFleetNode(arg) });
  return uri.toString();
}
