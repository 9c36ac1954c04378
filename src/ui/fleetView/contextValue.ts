// contextValue strings: `;`-joined tokens that package.json menus match with `=~`. No vscode import.
import type { FleetItem } from '../documents/fleetRef';

/** Every token a tree item can carry. The manifest test checks each one appears in a menu `when` clause. */
export const CONTEXT_TOKENS = [
  'product',
  'service',
  'car',
  'group',
  'message',
  'box',
  'iq',
  'hasUniqueId',
  'hasSerialNumber',
  'hasVin',
  'hasPlate',
  'retry',
] as const;

export type ContextToken = (typeof CONTEXT_TOKENS)[number];

/** The contextValue of a fleet record's node, e.g. `product;box;hasUniqueId;hasSerialNumber`. */
export function contextValue(item: FleetItem | { kind: 'group' } | { kind: 'message'; retry: boolean }): string {
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
    case 'group':
      tokens.push('group');
      break;
    case 'message':
      tokens.push('message');
      if (item.retry) tokens.push('retry');
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
