// What a tree node, a details document or a command argument points at. No vscode import.
import type { Assignment, Car, CarEvent, Group, Product, Service, User } from '../../core/api/models';

/** The kinds of record the Fleet view shows and details documents open. */
/** The kinds of record with a details document (every entity but key fobs and brands). */
export const RECORD_KINDS = ['product', 'service', 'car', 'user', 'assignment', 'event', 'group'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/**
 * A fetchable address in the fleet. A car is fetched by its id, or (as it was reached) through its product,
 * which then shows in its details too.
 */
export type FleetRef =
  | { kind: 'product' | 'service' | 'user' | 'assignment' | 'event' | 'group'; id: number }
  | { kind: 'car'; id: number; productId?: undefined }
  | { kind: 'car'; productId: number; id?: undefined };

/** A loaded record together with its kind. */
export type FleetItem =
  | { kind: 'product'; product: Product }
  | { kind: 'service'; service: Service }
  /** `productId` when the car was reached through its product (no endpoint leads from a car to its products). */
  | { kind: 'car'; car: Car; productId?: number }
  | { kind: 'user'; user: User }
  /** `user`: the person named by userId when known; null when the assignment names nobody. */
  | { kind: 'assignment'; assignment: Assignment; user?: User | null }
  /** `user`: who opened or closed the car, when known. */
  | { kind: 'event'; event: CarEvent; user?: User }
  | { kind: 'group'; group: Group };

export function refOf(item: FleetItem): FleetRef {
  if (item.kind === 'car') {
    return item.productId === undefined ? { kind: 'car', id: item.car.id } : { kind: 'car', productId: item.productId };
  }
  return { kind: item.kind, id: idOf(item) };
}

/** The record's own `id`. */
export function idOf(item: FleetItem): number {
  switch (item.kind) {
    case 'product':
      return item.product.id;
    case 'service':
      return item.service.id;
    case 'car':
      return item.car.id;
    case 'user':
      return item.user.id;
    case 'assignment':
      return item.assignment.id;
    case 'event':
      return item.event.id;
    case 'group':
      return item.group.id;
  }
}

const BY_ID = ['product', 'service', 'car', 'user', 'assignment', 'event', 'group'] as const;

/** Accepts a FleetRef passed as a command argument (e.g. from a test or a keybinding), else undefined. */
export function asFleetRef(value: unknown): FleetRef | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const int = (x: unknown) => typeof x === 'number' && Number.isInteger(x) && x >= 0;
  if (v.kind === 'car' && int(v.productId)) return { kind: 'car', productId: v.productId as number };
  const kind = BY_ID.find((k) => k === v.kind);
  if (kind && int(v.id)) return kind === 'car' ? { kind, id: v.id as number } : { kind, id: v.id as number };
  return undefined;
}

/** The API path that answers the record (a group has none of its own: its cars). */
export function apiPathOf(ref: FleetRef): string {
  if (ref.kind === 'car' && ref.productId !== undefined) return `/products/${ref.productId}/cars`;
  return ref.kind === 'group' ? `/groups/${ref.id}/cars` : `/${ref.kind}s/${ref.id}`;
}
