// The row of a fleet record wherever it appears (a section, under another record, a car's Access or Events, a
// query's results). What it expands to comes from related.ts, less the kind of record it hangs under: a product
// under a service shows its car only, a service under a product nothing.
import type * as vscode from 'vscode';
import type { FleetItem } from '../documents/fleetRef';
import { partsOf, type KnownParts } from '../documents/knownParts';
import { childrenOf } from './children';
import type { Children } from './rowFactory';
import { itemTooltip, itemTreeItem } from './itemTreeItem';
import { relatedOf, type RecordKind } from './related';
import type { TreeContext, TreeNode } from './treeNode';

export class RecordNode implements TreeNode {
  // Only rows with something under them have these, so refreshing a leaf refreshes its parent.
  readonly getChildren?: () => Promise<TreeNode[]>;
  readonly invalidate?: () => void;
  private readonly children: Children | undefined;

  constructor(
    readonly id: string,
    private readonly parent: TreeNode,
    readonly item: FleetItem,
    private readonly ctx: TreeContext,
    /** The kind of the record this row hangs under, which it does not show again. */
    under?: RecordKind,
  ) {
    const related = relatedOf(item).filter((r) => r.kind !== under);
    const children = childrenOf(
      this,
      related,
      ctx,
      (childId, parentNode, childItem, childUnder) => new RecordNode(childId, parentNode, childItem, ctx, childUnder),
    );
    this.children = children;
    if (children) {
      this.getChildren = () => children.get();
      this.invalidate = () => children.clear();
    }
  }

  getTreeItem(): vscode.TreeItem {
    return itemTreeItem(this, this.children !== undefined);
  }

  /** The Markdown table is built on hover only: VS Code keeps every row's TreeItem. */
  resolveTreeItem(item: vscode.TreeItem): vscode.TreeItem {
    if (item.tooltip === undefined) item.tooltip = itemTooltip(this.item);
    return item;
  }

  getParent(): TreeNode {
    return this.parent;
  }

  /**
   * What a details document of this row need not fetch: the record, the record it hangs under (a car's product,
   * an assignment's car), the users the view knows, and what its expanded children hold.
   */
  async knownParts(): Promise<KnownParts> {
    const above = nearestRecord(this.parent);
    return {
      ...(above ? partsOf(above) : {}),
      users: this.ctx.users.snapshot(),
      ...partsOf(this.item),
      ...(await this.children?.known()),
    };
  }
}

/** The record of the nearest row above that shows one (Access and Events rows show none). */
function nearestRecord(node: TreeNode | undefined): FleetItem | undefined {
  for (let at = node; at; at = at.getParent()) if (at.item) return at.item;
  return undefined;
}
