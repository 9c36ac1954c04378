// Validators for the rest of the fleet (shared/notes/flinkey-api-fleet.md): cars, users, assignments, events,
// groups and the key catalogue, plus rows for the query feature. Enum-like fields (an event's type) accept values
// the documentation does not list yet; only a missing or mistyped required field is an invalid response.
import type { Assignment, Car, CarEvent, Group, Key, User } from './models';
import { carRules, productRules, serviceRules } from './validate';
import {
  date,
  fail,
  integer,
  list,
  nested,
  nullableDate,
  nullableInteger,
  nullableNumber,
  nullableString,
  record,
  string,
  type Rules,
} from './validateCore';

const userRules: Rules = {
  id: integer,
  emailAddress: string,
  userData: nested({ firstName: nullableString, lastName: nullableString }),
};

const assignmentRules: Rules = {
  id: integer,
  carId: integer,
  userId: nullableInteger,
  start: date,
  end: nullableDate,
  lifetime: nullableInteger,
  renewableAfter: nullableInteger,
};

const eventRules: Rules = {
  id: integer,
  dateTime: date,
  utcDateTime: date,
  userId: integer,
  carId: integer,
  type: string,
  userAgent: string,
  latitude: nullableNumber,
  longitude: nullableNumber,
};

const groupRules: Rules = { id: integer, name: string };

const keyRules: Rules = {
  id: integer,
  brand: string,
  boxName: nullableString,
  boxSapNumber: nullableString,
  keyForm: nested({ id: integer, name: string, imageUrl: string }),
};

/** One object of `rules`. */
function one<T>(rules: Rules): (body: unknown, partial?: boolean) => T {
  return (body, partial = false) => record(body, '', rules, partial) as unknown as T;
}

/** A bare JSON array of `rules` objects. */
function many<T>(rules: Rules): (body: unknown, partial?: boolean) => T[] {
  return (body, partial = false) => list(body, (item, path) => record(item, path, rules, partial)) as unknown as T[];
}

export const parseCars = many<Car>(carRules);
export const parseUser = one<User>(userRules);
export const parseUsers = many<User>(userRules);
export const parseAssignment = one<Assignment>(assignmentRules);
export const parseAssignments = many<Assignment>(assignmentRules);
export const parseEvent = one<CarEvent>(eventRules);
export const parseEvents = many<CarEvent>(eventRules);
export const parseGroups = many<Group>(groupRules);
export const parseKeys = many<Key>(keyRules);

/** GET /brands: an array of brand names. */
export function parseBrands(body: unknown): string[] {
  return list(body, (item, path) => (typeof item === 'string' ? item : fail(path, 'a string', item)));
}

/** The lists the query feature reads through `FlinkeyApi.query`. */
export type Collection = 'products' | 'services' | 'cars' | 'users';

const ROW_RULES: Record<Collection, Rules> = { products: productRules, services: serviceRules, cars: carRules, users: userRules };

/** Rows for the query feature: documented fields only, types checked, absent fields allowed when partial. */
export function parseRows(collection: Collection, body: unknown, partial: boolean): Record<string, unknown>[] {
  return list(body, (item, path) => record(item, path, ROW_RULES[collection], partial));
}
