// Everything the flinkey documentation leaves open (shared/notes/flinkey-api-fleet.md says "not documented —
// assume"), in one place. The sandbox serves these answers and the client relies on them; when the real
// server answers otherwise, correct it here and the tests will show what else has to follow.

/** Plain-text 404 reasons the documentation does not give. Each names its subject first, like the documented ones. */
export const ASSUMED_TEXTS = {
  /** GET /cars/{carId}, …/assignments, …/events for an unknown car: the text the installation endpoint documents. */
  carNotFound: 'Unable to find a car for the given carId which is assigned to the given customerId.',
  /** GET /users/{userId} for an unknown user. */
  userNotFound: 'Unable to find a user for the given userId which is assigned to the given customerId.',
  /** GET /events/{eventId} for an unknown event. */
  eventNotFound: 'Unable to find an event for the given eventId which is assigned to the given customerId.',
  /** GET /groups/{groupId}/cars for an unknown group. */
  groupNotFound: 'Unable to find a group for the given groupId which is assigned to the given customerId.',
  /** 400 for $filter, $orderby or $select on /brands (see `brandsOptions`). */
  brandsOptions: 'Only $top and $skip can be applied to /brands.',
  /** 400 for an $expand other than keyForm on /brands/{brand}/keys. */
  invalidExpand: 'Invalid $expand: only keyForm can be expanded, optionally with ($select=id,name,imageUrl).',
} as const;

/** Behaviour assumed where the documentation is silent. */
export const ASSUMPTIONS = {
  /** GET /cars/{carId}/assignments answers a bare array of assignment, like the other lists. */
  carAssignmentsIsList: true,
  /** GET /events/{eventId} answers one event object. */
  eventIsObject: true,
  /**
   * /groups and /groups/{id}/cars do not state OData support: the sandbox ignores query options there, and the
   * client sends none and pages the answer itself (an ignored $top would otherwise make "Load more" loop).
   */
  groupsHonourQueryOptions: false,
  /**
   * The documentation asks that events are always limited with $top but does not say what happens without it:
   * the sandbox answers every event of the car. The client never sends such a request.
   */
  eventsWithoutTopAnswerAll: true,
  /**
   * `dateTime` of an event is the car's wall-clock time with its UTC offset (the sandbox uses the rules of
   * Europe/Berlin); `utcDateTime` is the same instant in UTC.
   */
  eventDateTimeHasOffset: true,
  /**
   * /brands is a list of plain strings: of the OData options only $top and $skip apply there (there is no field to
   * filter, sort or select); the sandbox answers the others with 400.
   */
  brandsOptions: ['top', 'skip'] as const,
  /** A brand in /brands/{brand}/keys is matched without regard to case, after percent-decoding. */
  brandMatchIgnoresCase: true,
  /**
   * The vendor's own web components send `$expand=keyForm(...)`, so keyForm may be a navigation property that only
   * comes with $expand. The client always sends `$expand=keyForm`; the sandbox includes keyForm either way.
   */
  keysExpand: 'keyForm',
  /** Ids that are not int32 in a path match no row and get the same 404 as an unknown id (as for products). */
  badPathIdIsNotFound: true,
} as const;
