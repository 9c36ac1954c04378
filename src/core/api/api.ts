// The interface the extension codes against; FlinkeyClient (client.ts) implements it.
import type { Car, Customer, Product, Service, Token } from './models';

/**
 * OData query options as raw (unencoded) strings, e.g. { filter: "type eq 'flinkey IQ'", top: 50 }.
 * src/core/odata turns them into a query string (toQueryString) and checks them.
 */
export interface QueryOptions {
  filter?: string;
  orderby?: string;
  select?: string;
  expand?: string;
  top?: number;
  skip?: number;
  /** Parameter alias values by name without '@': `&@n='Golf'` is { n: "'Golf'" }. */
  aliases?: Record<string, string>;
}

export interface RequestOptions {
  signal?: AbortSignal;
  query?: QueryOptions;
}

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
  /**
   * For the query feature: rows of products or services as sent, documented fields only, types checked.
   * With `select` the rows are partial. Optional so other implementations need not provide it.
   */
  query?(collection: 'products' | 'services', query: QueryOptions, signal?: AbortSignal): Promise<Record<string, unknown>[]>;
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
