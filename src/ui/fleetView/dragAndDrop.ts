// Dragging rows of the Fleet or Query Results view into an editor drops the ids of every dragged record (VS Code
// drags the whole selection), one per line, as text/plain.
import * as vscode from 'vscode';
import { linesOf } from '../../core/odata/valueList';
import { idOf } from '../documents/fleetRef';
import type { TreeNode } from './treeNode';

export class FleetDragAndDrop implements vscode.TreeDragAndDropController<TreeNode> {
  readonly dragMimeTypes = ['text/plain'];
  readonly dropMimeTypes: string[] = [];

  handleDrag(source: readonly TreeNode[], dataTransfer: vscode.DataTransfer): void {
    // One id per record: a product may be dragged from Products and from under its service.
    const byRecord = new Map(
      source.flatMap((node) => (node.item ? [[`${node.item.kind}/${idOf(node.item)}`, idOf(node.item)] as const] : [])),
    );
    const ids = [...byRecord.values()];
    if (ids.length > 0) dataTransfer.set('text/plain', new vscode.DataTransferItem(linesOf(ids)));
  }
}
