// Open Details: the record as read-only JSON on the flinkey: scheme (flinkey:/products/42/Product ….json).
import * as vscode from 'vscode';
import { notDetails } from '../documents/documentText';
import { fromDetailsUri, toDetailsUri } from '../documents/detailsUri';
import { idOf, refOf, type FleetItem } from '../documents/fleetRef';
import { partsOf, type KnownParts } from '../documents/knownParts';
import { describeItem } from '../fleetView/describe';
import type { CommandDeps } from './commandDeps';
import { isTreeNode } from '../fleetView/treeNode';
import { loadedNode, resolveItem } from './resolveItem';

/** Resolves with the document's URI (as a string). A flinkey: URI argument is opened as it is. */
export async function openDetails(deps: CommandDeps, arg: unknown): Promise<string | undefined> {
  let uri: vscode.Uri;
  let known: KnownParts = {};
  if (arg instanceof vscode.Uri || typeof arg === 'string') {
    uri = arg instanceof vscode.Uri ? arg : vscode.Uri.parse(arg);
    if (!fromDetailsUri(uri)) throw new Error(notDetails(uri));
  } else {
    // Tree nodes, { kind, id } objects and the quick pick all give the record, hence a readable title.
    const item = await resolveItem(deps, arg, 'Open Details');
    if (!item) return undefined;
    uri = vscode.Uri.parse(toDetailsUri(refOf(item), titleOf(item)));
    // What is already in hand (the record, a tree row's loaded children) is not fetched again.
    const node = isTreeNode(arg) ? arg : loadedNode(deps, refOf(item));
    known = node?.knownParts ? await node.knownParts() : partsOf(item);
  }
  const document = await deps.details.openWith(uri, known, () => vscode.workspace.openTextDocument(uri));
  await vscode.window.showTextDocument(document, { preview: true, preserveFocus: isTreeNode(arg) });
  return uri.toString();
}

/** The editor title after the kind: the row's label; assignments and events are named by id too, their labels repeat. */
function titleOf(item: FleetItem): string {
  const label = describeItem(item).label;
  return item.kind === 'assignment' || item.kind === 'event' ? `${idOf(item)} · ${label}` : label;
}
