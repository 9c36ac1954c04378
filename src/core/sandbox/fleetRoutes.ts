// The data endpoints beyond products and services: cars, their assignments and events, users, groups.
import type { QueryOptions } from '../api/api';
import { ASSUMED_TEXTS } from '../api/assumptions';
import { assignmentsOf, findAssignment } from './activity';
import { eventsOf, findEvent } from './events';
import { indexById, type CustomerFleet } from './fleet';
import { MESSAGES, text, type Reply } from './reply';
import { list, one, parseId, type ListCache } from './replies';

export type FleetRouteKind = 'cars' | 'car' | 'carAssignments' | 'carEvents' | 'assignment' | 'event' | 'users' | 'user';
export type GroupRouteKind = 'groups' | 'groupCars';

/** A data GET on a fleet route, for the customer of the Customer-ID header. */
export function fleetReply(
  kind: FleetRouteKind,
  rawId: string | undefined,
  customer: CustomerFleet,
  options: QueryOptions,
  cache: ListCache,
): Reply {
  const { cars, users, activity } = customer;
  const id = parseId(rawId);
  const carAt = kind === 'car' || kind === 'carAssignments' || kind === 'carEvents' ? indexById(cars, id) : -1;
  switch (kind) {
    case 'cars':
      return list(cars, options, 'car', `${customer.customerId}:cars`, cache);
    case 'users':
      return list(users, options, 'user', `${customer.customerId}:users`, cache);
    case 'car':
      return carAt < 0 ? text(404, ASSUMED_TEXTS.carNotFound) : one(cars[carAt], options, 'car');
    case 'carAssignments':
      return carAt < 0 ? text(404, ASSUMED_TEXTS.carNotFound) : list(assignmentsOf(activity, cars, users, carAt), options, 'assignment');
    case 'carEvents':
      // Without $top this answers every event of the car (an assumption); the client never asks that way.
      return carAt < 0 ? text(404, ASSUMED_TEXTS.carNotFound) : list(eventsOf(activity, cars, users, carAt), options, 'event');
    case 'assignment': {
      const assignment = findAssignment(activity, cars, users, id);
      return assignment ? one(assignment, options, 'assignment') : text(404, MESSAGES.assignmentNotFound);
    }
    case 'event': {
      const event = findEvent(activity, cars, users, id);
      return event ? one(event, options, 'event') : text(404, ASSUMED_TEXTS.eventNotFound);
    }
    case 'user': {
      const at = indexById(users, id);
      return at < 0 ? text(404, ASSUMED_TEXTS.userNotFound) : one(users[at], options, 'user');
    }
  }
}

/**
 * /groups and /groups/{id}/cars do not state OData support: the caller passes no options (the whole list comes
 * back, whatever the query said) unless ASSUMPTIONS.groupsHonourQueryOptions says otherwise.
 */
export function groupReply(
  kind: GroupRouteKind,
  rawId: string | undefined,
  customer: CustomerFleet,
  options: QueryOptions,
  cache: ListCache,
): Reply {
  if (kind === 'groups') return list(customer.groups, options, 'group', `${customer.customerId}:groups`, cache);
  const at = indexById(customer.groups, parseId(rawId));
  if (at < 0) return text(404, ASSUMED_TEXTS.groupNotFound);
  return list(
    Array.from(customer.groupCars[at], (k) => customer.cars[k]),
    options,
    'car',
  );
}
