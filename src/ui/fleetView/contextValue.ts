// contextValue strings: `;`-joined tokens that package.json menus match with `=~`. No vscode import.
import type { FleetItem } from '../documents/fleetRef';

/** Every token a tree item can carry. The manifest test checks each one appears in a menu `when` clause. */
export const CONTEXT_TOKENS = [
  'product',
  'service',
  'car',
  'user',
  'assignment',
  'event',
  'fleetGroup',
  'group',
  'activity',
  'message',
  'box',
  'iq',
  'hasUniqueId',
  'hasSerialNumber',
  'hasVin',
  'hasPlate',
  'hasEmail',
  'retry',
  'filtered',
] as const;

export type ContextToken = (typeof CONTEXT_TOKENS)[number];

/**
 * The contextValue of a row, e.g. `product;box;hasUniqueId;hasSerialNumber`. A top-level section (Products,
 * Cars, …) is `group` (`group;filtered` while a filter or sort is set); a flinkey group (a record) is `fleetGroup`; a car's Access and Events rows are `activity`.
 */
export function contextValue(
  item:
    FleetItem | { kind: 'section'; filtered?: boolean } | { kind: 'activity' } | { kind: 'message'; retry: boolean; filtered?: boolean },
): string {
  const tokens: ContextToken[] = [];
  switch (item.kind) {
    case 'product':
      tokens.push('product', item.product.type === 'flinkey IQ' ? 'iq' : 'box');
      if (item.product.uniqueId) tokens.push('hasUniqueId');
      if (item.product.serialNumber) tokens.push('hasSerialNumber');
      break;
    case 'service':
      tokens.push('service');
      break;
    case 'car':
      tokens.push('car');
      if (item.car.vin) tokens.push('hasVin');
      if (item.car.licensePlate) tokens.push('hasPlate');
      break;
    case 'user':
      tokens.push('user');
      if (item.user.emailAddress) tokens.push('hasEmail');
      break;
    case 'assignment':
    case 'event':
      tokens.push(item.kind);
      break;
    case 'group':
      tokens.push('fleetGroup');
      break;
    case 'section':
      tokens.push('group');
      if (item.filtered) tokens.push('filtered');
      break;
    case 'activity':
      tokens.push('activity');
      break;
    case 'message':
      tokens.push('message');
      if (item.retry) tokens.push('retry');
      if (item.filtered) tokens.push('filtered');
      break;
  }
  return interned(tokens.join(';'));
}

/** The few distinct values are shared, not one string per tree row. */
const seen = new Map<string, string>();
function interned(value: string): string {
  const known = seen.get(value);
  if (known !== undefined) return known;
  seen.set(value, value);
  return value;
}
