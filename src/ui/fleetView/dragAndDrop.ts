// Dragging products, services or cars into an editor drops their ids (one per line) as text/plain.
import * as vscode from 'vscode';
import { idOf } from '../documents/fleetRef';
import type { TreeNode } from './treeNode';

export class FleetDragAndDrop implements vscode.TreeDragAndDropController<TreeNode> {
  readonly dragMimeTypes = ['text/plain'];
  readonly dropMimeTypes: string[] = [];

  handleDrag(source: readonly TreeNode[], dataTransfer: vscode.DataTransfer): void {
    const ids = source.flatMap((node) => (node.item ? [String(idOf(node.item))] : []));
    if (ids.length > 0) dataTransfer.set('text/plain', new vscode.DataTransferItem(ids.join('\n')));
  }
}
