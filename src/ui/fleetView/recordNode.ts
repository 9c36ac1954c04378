// A product, service or car row. It expands to its related records (related.ts), fetched in parallel, except
// the kind it hangs under: a product under a service shows its car only, a service under a product nothing.
import type * as vscode from 'vscode';
import { isFlinkeyError } from '../../core/api/errors';
import type { FleetItem } from '../documents/fleetRef';
import { partsOf, type KnownParts } from '../documents/loadDetails';
import { ChildCache } from './childCache';
import { errorRow } from './errorRow';
import { itemTooltip, itemTreeItem } from './itemTreeItem';
import { MessageNode } from './messageNode';
import { relatedOf, type RecordKind, type Related } from './related';
import type { TreeContext, TreeNode } from './treeNode';

type Settled = { ok: true; value: FleetItem } | { ok: false; error: unknown };
/** A related record fetched or failed, or known to be missing (`none` says why). */
type Outcome = Settled | { none: string };

export class RecordNode implements TreeNode {
  // Only rows with something under them have these, so refreshing a leaf refreshes its parent.
  readonly getChildren?: () => Promise<TreeNode[]>;
  readonly invalidate?: () => void;
  private readonly related: Related[];
  private readonly children = new ChildCache();

  constructor(
    readonly id: string,
    private readonly parent: TreeNode,
    readonly item: FleetItem,
    private readonly ctx: TreeContext,
    /** The kind of the record this row hangs under, which it does not show again. */
    under?: RecordKind,
  ) {
    this.related = relatedOf(item).filter((r) => r.kind !== under);
    if (this.related.length > 0) {
      this.getChildren = () => this.children.get(() => this.load());
      this.invalidate = () => this.children.clear();
    }
  }

  getTreeItem(): vscode.TreeItem {
    return itemTreeItem(this, this.related.length > 0);
  }

  /** The Markdown table is built on hover only: VS Code keeps every row's TreeItem. */
  resolveTreeItem(item: vscode.TreeItem): vscode.TreeItem {
    if (item.tooltip === undefined) item.tooltip = itemTooltip(this.item);
    return item;
  }

  getParent(): TreeNode {
    return this.parent;
  }

  /** The record, plus its related records when the row was expanded (null for a "No …" row). */
  async knownParts(): Promise<KnownParts> {
    const known = partsOf(this.item);
    if (!this.getChildren || !this.children.loaded) return known;
    for (const child of await this.getChildren()) {
      if (child.item) {
        Object.assign(known, partsOf(child.item));
      } else if (child instanceof MessageNode && child.kind === 'empty') {
        const none = this.related.find((r) => child.id === this.slotId(r.kind));
        if (none) known[none.kind] = null;
      }
    }
    return known;
  }

  private slotId(kind: RecordKind): string {
    return `${this.id}/${kind}`;
  }

  private async load(): Promise<TreeNode[]> {
    const retry = () => {
      this.invalidate?.();
      this.ctx.changed(this);
    };
    const settleAll = () =>
      Promise.all(this.related.map((r): Promise<Outcome> => ('none' in r ? Promise.resolve(r) : settle(this.ctx.api().then(r.fetch)))));
    const outcomes = this.related.some((r) => 'fetch' in r) ? await this.ctx.withProgress(settleAll) : await settleAll();
    const [first] = outcomes;
    if (outcomes.length > 1 && outcomes.every((o) => sameFailure(first, o)) && 'error' in first) {
      // Requests that failed for the same reason (e.g. all 401) deserve one row, not one each.
      return [errorRow(`${this.id}/error`, this, first.error, retry)];
    }
    return outcomes.map((outcome, i) => this.slotRow(this.related[i].kind, outcome, retry));
  }

  /** The related record's row, a quiet "No car" row (none assigned), or an error row. */
  private slotRow(kind: RecordKind, outcome: Outcome, retry: () => void): TreeNode {
    const id = this.slotId(kind);
    if ('none' in outcome) return new MessageNode(id, this, 'empty', `No ${kind}`, { tooltip: outcome.none });
    if (outcome.ok) return new RecordNode(id, this, outcome.value, this.ctx, this.item.kind);
    const { error } = outcome;
    // The documented 404 "no car (service, product) assigned" is an answer, not a failure.
    if (isFlinkeyError(error, 'notFound') && error.details.subject === kind) {
      return new MessageNode(id, this, 'empty', `No ${kind}`, { tooltip: error.details.reason ?? error.message });
    }
    return errorRow(id, this, error, retry);
  }
}

function settle(promise: Promise<FleetItem>): Promise<Settled> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

function sameFailure(a: Outcome | undefined, b: Outcome): boolean {
  if (!a || !('error' in a) || !('error' in b) || !isFlinkeyError(a.error) || !isFlinkeyError(b.error)) return false;
  return a.error.kind === b.error.kind && a.error.kind !== 'notFound';
}
