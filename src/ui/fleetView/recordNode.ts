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
  // Set by recordNode on rows that expand (see PARENT_ROW).
  declare readonly getChildren?: () => Promise<TreeNode[]>;
  declare readonly invalidate?: () => void;
  /** Made on first use: most rows are never expanded, and VS Code keeps every row it shows alive. */
  private made: Children | undefined;

  constructor(
    readonly id: string,
    private readonly parent: TreeNode,
    readonly item: FleetItem,
    private readonly ctx: TreeContext,
    /** The kind of the record this row hangs under, which it does not show again. */
    private readonly under?: RecordKind,
  ) {}

  getTreeItem(): vscode.TreeItem {
    return itemTreeItem(this, this.getChildren !== undefined);
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
      ...(await this.made?.known()),
    };
  }

  /** The children as related.ts decides them (undefined for a leaf). */
  children(): Children | undefined {
    this.made ??= childrenOf(
      this,
      relatedOf(this.item).filter((r) => r.kind !== this.under),
      this.ctx,
      (childId, parentNode, childItem, childUnder) => recordNode(childId, parentNode, childItem, this.ctx, childUnder),
    );
    return this.made;
  }

  forget(): void {
    this.made?.clear();
  }
}

// Only rows with something under them have getChildren and invalidate (so refreshing a leaf refreshes its parent):
// the same two functions for every such row, not two closures a row.
interface ParentRow {
  getChildren(): Promise<TreeNode[]>;
  invalidate(): void;
}

const PARENT_ROW: ParentRow = {
  getChildren(this: RecordNode) {
    return this.children()?.get() ?? Promise.resolve([]);
  },
  invalidate(this: RecordNode) {
    this.forget();
  },
};

/** The row of a record: one with the record's related rows under it, or a leaf (assignments, events). */
export function recordNode(id: string, parent: TreeNode, item: FleetItem, ctx: TreeContext, under?: RecordKind): RecordNode {
  const node = new RecordNode(id, parent, item, ctx, under);
  if (relatedOf(item).some((r) => r.kind !== under)) Object.assign(node, PARENT_ROW);
  return node;
}

/** The record of the nearest row above that shows one (Access and Events rows show none). */
function nearestRecord(node: TreeNode | undefined): FleetItem | undefined {
  for (let at = node; at; at = at.getParent()) if (at.item) return at.item;
  return undefined;
}
