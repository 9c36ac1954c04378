// What a tree node, a details document or a command argument points at. No vscode import.
import type { Car, Product, Service } from '../../core/api/models';

/** A fetchable address in the fleet. A car has no endpoint of its own: it is reached through its product. */
export type FleetRef = { kind: 'product'; id: number } | { kind: 'service'; id: number } | { kind: 'car'; productId: number };

/** A loaded record together with its kind. */
export type FleetItem =
  { kind: 'product'; product: Product } | { kind: 'service'; service: Service } | { kind: 'car'; car: Car; productId: number };

export function refOf(item: FleetItem): FleetRef {
  switch (item.kind) {
    case 'product':
      return { kind: 'product', id: item.product.id };
    case 'service':
      return { kind: 'service', id: item.service.id };
    case 'car':
      return { kind: 'car', productId: item.productId };
  }
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
  }
}

/** Accepts a FleetRef passed as a command argument (e.g. from a test or a keybinding), else undefined. */
export function asFleetRef(value: unknown): FleetRef | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const int = (x: unknown) => typeof x === 'number' && Number.isInteger(x) && x >= 0;
  if ((v.kind === 'product' || v.kind === 'service') && int(v.id)) {
    return { kind: v.kind, id: v.id as number };
  }
  if (v.kind === 'car' && int(v.productId)) return { kind: 'car', productId: v.productId as number };
  return undefined;
}
