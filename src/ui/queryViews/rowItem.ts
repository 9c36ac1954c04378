// Which fleet record a full result row is, so Query Results shows it as the Fleet view's row (with its children
// and actions), and which record a row cut down by $select still names. No vscode import.
import type { Assignment, Car, CarEvent, Group, Product, Service, User } from '../../core/api/models';
import type { Entity } from '../../core/odata/schema';
import type { RouteMatch } from '../../core/queryLanguage/routes';
import type { FleetItem, FleetRef } from '../documents/fleetRef';

/**
 * The record of a full row, with the path its row id ends in; undefined for keys, brands and rows without an id.
 * `userOf` names the users of assignments and events, when known.
 */
export function rowItem(
  entity: Entity,
  row: Record<string, unknown>,
  match: RouteMatch,
  userOf: (id: number) => User | undefined = () => undefined,
): { item: FleetItem; path: string } | undefined {
  const id = row.id;
  if (typeof id !== 'number') return undefined;
  switch (entity) {
    case 'product':
      return { item: { kind: 'product', product: row as unknown as Product }, path: `products/${id}` };
    case 'service':
      return { item: { kind: 'service', service: row as unknown as Service }, path: `services/${id}` };
    case 'car': {
      const car = row as unknown as Car;
      // The car of a product is known to be that product's: its row says so, as in the Fleet view.
      if (match.route.kind === 'productCar' && match.id !== undefined) {
        return { item: { kind: 'car', car, productId: match.id }, path: 'car' };
      }
      return { item: { kind: 'car', car }, path: `cars/${id}` };
    }
    case 'user':
      return { item: { kind: 'user', user: row as unknown as User }, path: `users/${id}` };
    case 'assignment': {
      const assignment = row as unknown as Assignment;
      const user = assignment.userId === null ? null : userOf(assignment.userId);
      return { item: { kind: 'assignment', assignment, user }, path: `assignments/${id}` };
    }
    case 'event': {
      const event = row as unknown as CarEvent;
      return { item: { kind: 'event', event, user: userOf(event.userId) }, path: `events/${id}` };
    }
    case 'group':
      return { item: { kind: 'group', group: row as unknown as Group }, path: `groups/${id}` };
    default:
      return undefined;
  }
}

/** The record a partial row names, when it carries enough to find it. */
export function rowRef(entity: Entity, row: Record<string, unknown>, match: RouteMatch): FleetRef | undefined {
  if (entity === 'car' && match.route.kind === 'productCar' && match.id !== undefined) return { kind: 'car', productId: match.id };
  const id = row.id;
  if (typeof id !== 'number') return undefined;
  switch (entity) {
    case 'product':
    case 'service':
    case 'user':
    case 'assignment':
    case 'event':
    case 'group':
      return { kind: entity, id };
    case 'car':
      return { kind: 'car', id };
    default:
      return undefined;
  }
}
