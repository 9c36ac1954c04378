// The interface the extension codes against; FlinkeyClient (client.ts) implements it.
import type { QueryOptions } from '../odata/queryOptions';
import type { Assignment, Car, CarEvent, Customer, Group, Key, Product, Service, Token, User } from './models';
import type { Collection } from './validateFleet';

/**
 * OData query options as raw (unencoded) strings, e.g. { filter: "type eq 'flinkey IQ'", top: 50 }.
 * src/core/odata turns them into a query string (toQueryString) and checks them.
 */
/** The OData options of a request: the query language's, sent by the client as they are. */
export type { QueryOptions };

export interface RequestOptions {
  signal?: AbortSignal;
  query?: QueryOptions;
}

/** A page of events: `top` is required, because the documentation asks that events are never listed without it. */
export interface EventsRequest extends RequestOptions {
  query: QueryOptions & { top: number };
}

/** A sensible page of events when the caller has no size of its own (the query feature uses it for a bare request). */
export const EVENTS_PAGE_SIZE = 50;

export interface FlinkeyApi {
  /** POST /oauth2/token (password grant). */
  getToken(username: string, password: string, signal?: AbortSignal): Promise<Token>;
  /** GET /customers (no Customer-ID header). */
  getCustomers(signal?: AbortSignal): Promise<Customer[]>;
  getProducts(opts?: RequestOptions): Promise<Product[]>;
  getProduct(productId: number, opts?: RequestOptions): Promise<Product>;
  getProductService(productId: number, opts?: RequestOptions): Promise<Service>;
  getProductCar(productId: number, opts?: RequestOptions): Promise<Car>;
  getServices(opts?: RequestOptions): Promise<Service[]>;
  getService(serviceId: number, opts?: RequestOptions): Promise<Service>;
  getServiceProduct(serviceId: number, opts?: RequestOptions): Promise<Product>;
  /** GET /cars: the customer's cars. */
  getCars(opts?: RequestOptions): Promise<Car[]>;
  /** GET /cars/{carId}. */
  getCar(carId: number, opts?: RequestOptions): Promise<Car>;
  /** GET /cars/{carId}/assignments: who may open the car, and when. */
  getCarAssignments(carId: number, opts?: RequestOptions): Promise<Assignment[]>;
  /** GET /cars/{carId}/events: one page of opens and closes; `$top` is always sent (a missing one is refused). */
  getCarEvents(carId: number, opts: EventsRequest): Promise<CarEvent[]>;
  /** GET /assignments/{assignmentId}. */
  getAssignment(assignmentId: number, opts?: RequestOptions): Promise<Assignment>;
  /** GET /events/{eventId}. */
  getEvent(eventId: number, opts?: RequestOptions): Promise<CarEvent>;
  /** GET /users: the customer's users. */
  getUsers(opts?: RequestOptions): Promise<User[]>;
  /** GET /users/{userId}. */
  getUser(userId: number, opts?: RequestOptions): Promise<User>;
  /**
   * The users with these ids in one `GET /users?$filter=id in (…)` (duplicates dropped; no request for none).
   * Users that do not exist are simply absent from the answer.
   */
  getUsersByIds(userIds: readonly number[], signal?: AbortSignal): Promise<User[]>;
  /** GET /groups, sent without query options (none are documented there); page it with LocalPager. */
  getGroups(signal?: AbortSignal): Promise<Group[]>;
  /** GET /groups/{groupId}/cars, sent without query options; page it with LocalPager. */
  getGroupCars(groupId: number, signal?: AbortSignal): Promise<Car[]>;
  /** GET /brands (no Customer-ID): the brands of the key catalogue. */
  getBrands(opts?: RequestOptions): Promise<string[]>;
  /** GET /brands/{brand}/keys (no Customer-ID): which flinkey Box fits a key of this brand. */
  getBrandKeys(brand: string, opts?: RequestOptions): Promise<Key[]>;
  /**
   * For the query feature: rows of a top-level list as sent, documented fields only, types checked.
   * With `select` the rows are partial. Optional so other implementations need not provide it.
   */
  query?(collection: Collection, query: QueryOptions, signal?: AbortSignal): Promise<Record<string, unknown>[]>;
}

/** Minimal logger the core writes to; the extension adapts a LogOutputChannel to it. */
export interface Logger {
  trace(message: string): void;
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: Logger = {
  trace() {},
  debug() {},
  info() {},
  warn() {},
  error() {},
};
