// Related records in slots: a product's service and car, a service's product, fetched in parallel. A documented
// "none assigned" 404 is a quiet "No car" row; requests that all failed for the same reason are one error row.
import * as l10n from '@vscode/l10n';
import { isFlinkeyError } from '../../core/api/errors';
import type { FleetItem } from '../documents/fleetRef';
import { partsOf, type KnownParts } from '../documents/knownParts';
import { settle, type Settled } from './carActivity';
import { ChildCache } from './childCache';
import type { Children, RowFactory } from './rowFactory';
import { errorRow } from './errorRow';
import { MessageNode } from './messageNode';
import type { Related, RecordKind } from './related';
import type { TreeContext, TreeNode } from './treeNode';

type Slot = Extract<Related, { kind: RecordKind }>;
/** A related record fetched or failed, or known to be missing (`none` says why). */
type Outcome = Settled<FleetItem> | { none: string };

export class SlotChildren implements Children {
  private readonly cache = new ChildCache();
  private readonly slots: Slot[];

  constructor(
    private readonly owner: TreeNode & { item: FleetItem },
    related: Related[],
    /** Rows shown after the slots, as they are. */
    private readonly notes: TreeNode[],
    private readonly ctx: TreeContext,
    private readonly row: RowFactory,
  ) {
    this.slots = related.filter((r): r is Slot => 'fetch' in r || 'none' in r);
  }

  get(): Promise<TreeNode[]> {
    return this.cache.get(() => this.load());
  }

  clear(): void {
    this.cache.clear();
  }

  /** The related records of the loaded rows, and null for a "No …" row. */
  async known(): Promise<KnownParts> {
    const known: KnownParts = {};
    if (!this.cache.loaded) return known;
    for (const child of await this.get()) {
      if (child.item) {
        Object.assign(known, partsOf(child.item));
      } else if (child instanceof MessageNode && child.kind === 'empty') {
        const none = this.slots.find((r) => child.id === this.slotId(r.kind));
        if (none) known[none.kind as 'product' | 'service' | 'car'] = null;
      }
    }
    return known;
  }

  private slotId(kind: RecordKind): string {
    return `${this.owner.id}/${kind}`;
  }

  private async load(): Promise<TreeNode[]> {
    const retry = () => {
      this.clear();
      this.ctx.changed(this.owner);
    };
    const settleAll = () =>
      Promise.all(this.slots.map((r): Promise<Outcome> => ('none' in r ? Promise.resolve(r) : settle(this.ctx.api().then(r.fetch)))));
    const outcomes = this.slots.some((r) => 'fetch' in r) ? await this.ctx.withProgress(settleAll) : await settleAll();
    const [first] = outcomes;
    if (outcomes.length > 1 && outcomes.every((o) => sameFailure(first, o)) && 'error' in first) {
      // Requests that failed for the same reason (e.g. all 401) deserve one row, not one each.
      return [errorRow(`${this.owner.id}/error`, this.owner, first.error, retry)];
    }
    return [...outcomes.map((outcome, i) => this.slotRow(this.slots[i].kind, outcome, retry)), ...this.notes];
  }

  /** The related record's row, a quiet "No car" row (none assigned), or an error row. */
  private slotRow(kind: RecordKind, outcome: Outcome, retry: () => void): TreeNode {
    const id = this.slotId(kind);
    if ('none' in outcome) return new MessageNode(id, this.owner, 'empty', noneOf(kind), { tooltip: outcome.none });
    if (outcome.ok) return this.row(id, this.owner, outcome.value, this.owner.item.kind);
    const { error } = outcome;
    // The documented 404 "no car (service, product) assigned" is an answer, not a failure.
    if (isFlinkeyError(error, 'notFound') && error.details.subject === kind) {
      return new MessageNode(id, this.owner, 'empty', noneOf(kind), { tooltip: error.details.reason ?? error.message });
    }
    return errorRow(id, this.owner, error, retry);
  }
}

function sameFailure(a: Outcome | undefined, b: Outcome): boolean {
  if (!a || !('error' in a) || !('error' in b) || !isFlinkeyError(a.error) || !isFlinkeyError(b.error)) return false;
  return a.error.kind === b.error.kind && a.error.kind !== 'notFound';
}

/** "No car", "No service", … as a quiet row. */
function noneOf(kind: RecordKind): string {
  const texts: Partial<Record<RecordKind, () => string>> = {
    product: () => l10n.t('No product'),
    service: () => l10n.t('No service'),
    car: () => l10n.t('No car'),
    user: () => l10n.t('No user'),
  };
  return texts[kind]?.() ?? l10n.t('None');
}
