// What the opener of a details document already holds (a tree row, its parent and loaded children), so the
// document does not fetch it again. No vscode import.
import type { Assignment, Car, CarEvent, Group, Product, Service, User } from '../../core/api/models';
import type { FleetItem } from './fleetRef';

/** Undefined means unknown; null means known to be "none" (no service assigned, an assignment without a user). */
export interface KnownParts {
  product?: Product | null;
  service?: Service | null;
  car?: Car | null;
  user?: User | null;
  assignment?: Assignment;
  event?: CarEvent;
  group?: Group;
  /** A car's assignments, all of them. */
  assignments?: Assignment[];
  /** A car's newest events, newest first (at least as many as its details show, or all). */
  events?: CarEvent[];
  /** Users already loaded, by id. */
  users?: ReadonlyMap<number, User>;
}

/** A full record in hand (not a $select projection) is its document's main part. */
export function partsOf(item: FleetItem): KnownParts {
  switch (item.kind) {
    case 'product':
      return { product: item.product };
    case 'service':
      return { service: item.service };
    case 'car':
      return { car: item.car };
    case 'user':
      return { user: item.user };
    case 'assignment':
      return item.user === undefined ? { assignment: item.assignment } : { assignment: item.assignment, user: item.user };
    case 'event':
      return item.user === undefined ? { event: item.event } : { event: item.event, user: item.user };
    case 'group':
      return { group: item.group };
  }
}
