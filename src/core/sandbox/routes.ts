// Routing and the data endpoints (everything but the token endpoint) of the sandbox.
import type { IncomingMessage } from 'node:http';
import { formatProblem, fromSearchParams } from '../odata';
import { ASSUMPTIONS } from '../api/assumptions';
import { headerValue } from './auth';
import { brandKeysReply, brandsReply } from './brandRoutes';
import { carOfProduct, findCustomer, findProduct, findService, serviceOfProduct, type CustomerFleet, type Fleet } from './fleet';
import { fleetReply, groupReply, type FleetRouteKind, type GroupRouteKind } from './fleetRoutes';
import { json, MESSAGES, text, type Reply } from './reply';
import { hasOptions, list, one, parseId, type ListCache } from './replies';

export type { ListCache } from './replies';

export type RouteKind =
  | 'token'
  | 'customers'
  | 'products'
  | 'product'
  | 'productService'
  | 'productCar'
  | 'services'
  | 'service'
  | 'serviceProduct'
  | FleetRouteKind
  | GroupRouteKind
  | 'brands'
  | 'brandKeys';

export interface Route {
  kind: RouteKind;
  /** The raw path id (or brand), validated by the handler (a bad id is a 404, as in production). */
  id?: string;
}

export const PREFIX = '/v3';

/** Collection → [kind without id, kind with id, { sub-resource: kind }]. */
const TABLE: Record<string, [RouteKind | undefined, RouteKind | undefined, Record<string, RouteKind>]> = {
  products: ['products', 'product', { services: 'productService', cars: 'productCar' }],
  services: ['services', 'service', { products: 'serviceProduct' }],
  cars: ['cars', 'car', { assignments: 'carAssignments', events: 'carEvents' }],
  assignments: [undefined, 'assignment', {}],
  events: [undefined, 'event', {}],
  users: ['users', 'user', {}],
  groups: ['groups', undefined, { cars: 'groupCars' }],
  brands: ['brands', undefined, { keys: 'brandKeys' }],
};

/** Matches a pathname like /v3/products/42/cars; case-insensitive, one trailing slash tolerated. */
export function matchRoute(pathname: string): Route | undefined {
  const trimmed = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  const parts = trimmed.split('/').slice(1);
  if (parts.shift()?.toLowerCase() !== PREFIX.slice(1)) return undefined;
  const [a, id, b, ...rest] = parts.map((p, i) => (i === 1 ? p : p.toLowerCase()));
  if (rest.length > 0 || a === undefined) return undefined;
  if (a === 'oauth2' && id?.toLowerCase() === 'token' && b === undefined) return { kind: 'token' };
  if (a === 'customers' && id === undefined) return { kind: 'customers' };
  const entry = Object.hasOwn(TABLE, a) ? TABLE[a] : undefined;
  if (!entry) return undefined;
  const [whole, single, subs] = entry;
  const kind = id === undefined ? whole : b === undefined ? single : Object.hasOwn(subs, b) ? subs[b] : undefined;
  if (!kind) return undefined;
  return id === undefined ? { kind } : { kind, id };
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

/** A data GET after the key and token checks passed. */
export function dataReply(route: Route, req: IncomingMessage, params: URLSearchParams, fleet: Fleet, cache: ListCache): Reply {
  // The key catalogue needs no Customer-ID; its keys take $expand, which the generic parser does not know.
  if (route.kind === 'brandKeys') return brandKeysReply(fleet.keys, route.id, params);
  // Groups do not state OData support: their options are ignored unparsed (see api/assumptions.ts).
  const ignoreOptions = (route.kind === 'groups' || route.kind === 'groupCars') && !ASSUMPTIONS.groupsHonourQueryOptions;
  const { options, problems } = ignoreOptions ? { options: {}, problems: [] } : fromSearchParams(params);
  if (problems.length > 0) return text(400, `Invalid ${formatProblem(problems[0])}`);
  if (route.kind === 'brands') return brandsReply(fleet.keys, options);
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
    case 'token':
      return text(404, MESSAGES.notFound);
    case 'groups':
    case 'groupCars':
      return groupReply(route.kind, route.id, customer, options, cache);
    default:
      return fleetReply(route.kind, route.id, customer, options, cache);
  }
}
