// Routing and the data endpoints (everything but the token endpoint) of the sandbox.
import type { IncomingMessage } from 'node:http';
import type { QueryOptions } from '../api/api';
import type { EntityKind } from '../api/models';
import { applyQuery, applyToOne, formatProblem, fromSearchParams, ODataError } from '../odata';
import { headerValue } from './auth';
import { carOfProduct, findCustomer, findProduct, findService, serviceOfProduct, type CustomerFleet, type Fleet } from './fleet';
import { json, MESSAGES, text, type Reply } from './reply';

export type RouteKind =
  'token' | 'customers' | 'products' | 'product' | 'productService' | 'productCar' | 'services' | 'service' | 'serviceProduct';

export interface Route {
  kind: RouteKind;
  /** The raw path id, validated by the handler (a bad id is a 404, as in production). */
  id?: string;
}

export const PREFIX = '/v3';

/** Matches a pathname like /v3/products/42/cars; case-insensitive, one trailing slash tolerated. */
export function matchRoute(pathname: string): Route | undefined {
  const trimmed = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  const parts = trimmed.split('/').slice(1);
  if (parts.shift()?.toLowerCase() !== PREFIX.slice(1)) return undefined;
  const [a, id, b, ...rest] = parts.map((p, i) => (i === 1 ? p : p.toLowerCase()));
  if (rest.length > 0 || a === undefined) return undefined;
  if (a === 'oauth2' && id?.toLowerCase() === 'token' && b === undefined) return { kind: 'token' };
  if (a === 'customers' && id === undefined) return { kind: 'customers' };
  if (a === 'products') {
    if (id === undefined) return { kind: 'products' };
    if (b === undefined) return { kind: 'product', id };
    if (b === 'services') return { kind: 'productService', id };
    if (b === 'cars') return { kind: 'productCar', id };
  }
  if (a === 'services') {
    if (id === undefined) return { kind: 'services' };
    if (b === undefined) return { kind: 'service', id };
    if (b === 'products') return { kind: 'serviceProduct', id };
  }
  return undefined;
}

export const methodOf = (route: Route): 'GET' | 'POST' => (route.kind === 'token' ? 'POST' : 'GET');

/** Resolves the Customer-ID header to a fleet, or a 400 with a plain-text reason (never a 500). */
export function resolveCustomer(req: IncomingMessage, fleet: Fleet): CustomerFleet | Reply {
  const raw = headerValue(req, 'Customer-ID');
  if (raw === undefined || raw.trim() === '') return text(400, 'The Customer-ID header is missing.');
  const value = raw.trim();
  if (!/^-?\d+$/.test(value)) {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return text(400, `The Customer-ID header must be an integer, got '${shown}'.`);
  }
  const digits = BigInt(value).toString();
  const found = Number.isSafeInteger(Number(digits)) ? findCustomer(fleet, Number(digits)) : undefined;
  return found ?? text(400, `No customer with ID ${digits} is assigned to this API Manager.`);
}

/** Path ids are int32; anything else matches no row. */
function parseId(raw: string | undefined): number {
  if (raw === undefined || !/^\d{1,10}$/.test(raw)) return -1;
  const n = Number(raw);
  return n <= 2_147_483_647 ? n : -1;
}

function odataReply(e: unknown): Reply {
  if (e instanceof ODataError) return text(400, `Invalid ${formatProblem(e.problem)}`);
  throw e;
}

const hasOptions = (o: QueryOptions) => Object.values(o).some((v) => v !== undefined);

/** Full, unfiltered lists are cached as bytes: the fleet never changes and 200k rows take a while to serialise. */
export type ListCache = Map<string, Buffer>;

function list<T extends object>(rows: readonly T[], options: QueryOptions, entity: EntityKind, key: string, cache: ListCache): Reply {
  if (!hasOptions(options)) {
    let bytes = cache.get(key);
    if (!bytes) cache.set(key, (bytes = Buffer.from(JSON.stringify(rows))));
    return { status: 200, jsonBytes: bytes };
  }
  try {
    return json(200, applyQuery(rows, options, entity));
  } catch (e) {
    return odataReply(e);
  }
}

function one<T extends object>(row: T, options: QueryOptions, entity: EntityKind): Reply {
  try {
    return json(200, applyToOne(row, options, entity));
  } catch (e) {
    return odataReply(e);
  }
}

/** A data GET after the key and token checks passed. */
export function dataReply(route: Route, req: IncomingMessage, params: URLSearchParams, fleet: Fleet, cache: ListCache): Reply {
  const { options, problems } = fromSearchParams(params);
  if (problems.length > 0) return text(400, `Invalid ${formatProblem(problems[0])}`);
  if (route.kind === 'customers') {
    if (hasOptions(options)) return text(400, 'OData query options are not supported on /customers.');
    return json(
      200,
      fleet.customers.map((c) => ({ id: c.customerId, name: c.customer.name })),
    );
  }
  const customer = resolveCustomer(req, fleet);
  if ('status' in customer) return customer;
  const id = parseId(route.id);
  switch (route.kind) {
    case 'products':
      return list(customer.products, options, 'product', `${customer.customerId}:products`, cache);
    case 'services':
      return list(customer.services, options, 'service', `${customer.customerId}:services`, cache);
    case 'product': {
      const product = findProduct(customer, id);
      return product ? one(product, options, 'product') : text(404, MESSAGES.productNotFound);
    }
    case 'productService': {
      if (!findProduct(customer, id)) return text(404, MESSAGES.productNotFoundSub);
      const service = serviceOfProduct(customer, id);
      if (!service) return text(404, MESSAGES.noServiceForProduct);
      // This variant leaves out productId, as documented.
      const { productId: _omitted, ...rest } = service;
      return one(rest, options, 'service');
    }
    case 'productCar': {
      if (!findProduct(customer, id)) return text(404, MESSAGES.productNotFoundSub);
      const car = carOfProduct(customer, id);
      return car ? one(car, options, 'car') : text(404, MESSAGES.noCarForProduct);
    }
    case 'service': {
      const service = findService(customer, id);
      return service ? one(service, options, 'service') : text(404, MESSAGES.serviceNotFound);
    }
    case 'serviceProduct': {
      const service = findService(customer, id);
      if (!service) return text(404, MESSAGES.serviceNotFoundSub);
      const product = service.productId === null || service.productId === undefined ? undefined : findProduct(customer, service.productId);
      return product ? one(product, options, 'product') : text(404, MESSAGES.noProductForService);
    }
    default:
      return text(404, MESSAGES.notFound);
  }
}
