// Records of the flinkey API v3: products and services from shared/seeds, the rest of the fleet from
// shared/notes/flinkey-api-fleet.md. Validators live in validate.ts and validateFleet.ts.
import { EVENT_TYPES, PRODUCT_TYPES } from '../odata/schema';

/** The types documented today (the query schema lists them too). Validators pass other values through unchanged. */
export { EVENT_TYPES, PRODUCT_TYPES };

/** A documented type, or a newer one the API may send (kept as it came). */
export type ProductType = (typeof PRODUCT_TYPES)[number] | (string & {});

export interface Product {
  id: number;
  uniqueId: string;
  serialNumber: string;
  sapNumber: string;
  /** ISO date-time or null. */
  dongleTerminationTimeStamp: string | null;
  type: ProductType;
}

/** A service is the contract of one box. `/products/{id}/services` omits productId. */
export interface Service {
  id: number;
  name: string;
  productId?: number | null;
  isTerminated: boolean;
  terminationDate: string | null;
  terminationCause: string | null;
}

/** A car has at most two products, at most one of each type; no endpoint leads from a car to them. */
export interface Car {
  id: number;
  name: string;
  description: string | null;
  vin: string | null;
  licensePlate: string | null;
  brand: string | null;
  model: string | null;
}

export interface UserData {
  firstName: string | null;
  lastName: string | null;
}

/** A person who may be given access to cars. No endpoint leads from a user to their assignments. */
export interface User {
  id: number;
  emailAddress: string;
  userData: UserData;
}

/** Gives one user access to one car for a time range. */
export interface Assignment {
  id: number;
  carId: number;
  /** null: an assignment with no user. */
  userId: number | null;
  /** ISO date-time. */
  start: string;
  /** ISO date-time, or null for open-ended access. */
  end: string | null;
  /** Units are not documented: show the raw number. */
  lifetime: number | null;
  /** Units are not documented: show the raw number. */
  renewableAfter: number | null;
}

/** The event types documented today. Validators pass other values through unchanged. */
export type EventType = (typeof EVENT_TYPES)[number] | (string & {});

/** One open or close of a car. Named CarEvent so it does not shadow the DOM's Event. */
export interface CarEvent {
  id: number;
  /** ISO date-time as the API sends it; see `utcDateTime` for the UTC instant. */
  dateTime: string;
  /** ISO date-time in UTC. */
  utcDateTime: string;
  userId: number;
  carId: number;
  type: EventType;
  userAgent: string;
  latitude: number | null;
  longitude: number | null;
}

export interface Group {
  id: number;
  name: string;
}

export interface KeyForm {
  id: number;
  name: string;
  imageUrl: string;
}

/** An entry of the key-fob catalogue: which flinkey Box fits a key of this brand. */
export interface Key {
  id: number;
  brand: string;
  boxName: string | null;
  boxSapNumber: string | null;
  keyForm: KeyForm;
}

/** The API documents `id` as a string but shows numbers too; it is normalised to a string of digits. */
export interface Customer {
  id: string;
  name: string;
}

export interface Token {
  accessToken: string;
  /** Epoch milliseconds after which the token must not be used. */
  expiresAt: number;
}

export type EntityKind = 'product' | 'service' | 'car' | 'user' | 'assignment' | 'event' | 'group' | 'key';
