// A car's children: Access (who may open it) and Events (when it was opened), loaded together when the car is
// expanded (carActivity.ts: at most 3 requests in 2 round trips), then each on its own when refreshed.
import { isFlinkeyError } from '../../core/api/errors';
import type { FleetItem } from '../documents/fleetRef';
import type { KnownParts } from '../documents/knownParts';
import { DETAILS_EVENTS } from '../documents/carDetails';
import { AccessNode } from './accessNode';
import { loadCarActivity } from './carActivity';
import { ChildCache } from './childCache';
import type { Children, RowFactory } from './rowFactory';
import { errorRow } from './errorRow';
import { EventsNode } from './eventsNode';
import type { TreeContext, TreeNode } from './treeNode';

export class CarChildren implements Children {
  private readonly cache = new ChildCache();
  private access: AccessNode | undefined;
  private events: EventsNode | undefined;

  constructor(
    private readonly owner: TreeNode & { item: FleetItem },
    private readonly carId: number,
    private readonly notes: TreeNode[],
    private readonly ctx: TreeContext,
    private readonly row: RowFactory,
  ) {}

  get(): Promise<TreeNode[]> {
    return this.cache.get(() => this.load());
  }

  clear(): void {
    this.cache.clear();
    this.access = undefined;
    this.events = undefined;
  }

  /** The assignments, the newest events (when enough are loaded) and the users both name. */
  known(): Promise<KnownParts> {
    const known: KnownParts = { users: this.ctx.users.snapshot() };
    const assignments = this.access?.assignments();
    if (assignments) known.assignments = assignments;
    const events = this.events?.loadedEvents();
    if (events && (events.items.length >= DETAILS_EVENTS || !events.more)) known.events = events.items;
    return Promise.resolve(known);
  }

  private async load(): Promise<TreeNode[]> {
    const { ctx, owner } = this;
    const top = ctx.pageSize();
    let activity;
    try {
      activity = await ctx.withProgress(async () => loadCarActivity(await ctx.api(), this.carId, top, ctx.users));
    } catch (error) {
      return [errorRow(`${owner.id}/error`, owner, error, () => this.retry())];
    }
    const { assignments, events } = activity;
    if (!assignments.ok && !events.ok && sameKind(assignments.error, events.error)) {
      // Both failed for the same reason (signed out, car gone): one row says it.
      return [errorRow(`${owner.id}/error`, owner, assignments.error, () => this.retry())];
    }
    this.access = new AccessNode(`${owner.id}/access`, owner, ctx, this.carId, assignments, this.row);
    this.events = new EventsNode(`${owner.id}/events`, owner, ctx, this.carId, events, top, this.row);
    return [this.access, this.events, ...this.notes];
  }

  private retry(): void {
    this.clear();
    this.ctx.changed(this.owner);
  }
}

function sameKind(a: unknown, b: unknown): boolean {
  return isFlinkeyError(a) && isFlinkeyError(b) && a.kind === b.kind;
}
