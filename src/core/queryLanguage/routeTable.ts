// Every read path of the flinkey API v3 a query may use, with what it returns and which options it takes.
import type { Entity } from '../odata/schema';

export type RouteKind =
  | 'products'
  | 'services'
  | 'product'
  | 'service'
  | 'productService'
  | 'productCar'
  | 'serviceProduct'
  | 'cars'
  | 'car'
  | 'carAssignments'
  | 'carEvents'
  | 'users'
  | 'user'
  | 'assignment'
  | 'event'
  | 'groups'
  | 'groupCars'
  | 'brands'
  | 'brandKeys';

/**
 * Which query options an endpoint takes: all five (lists), only $select (single objects), only $top and $skip
 * (/brands, a list of names), or none (/groups…, where the documentation states no OData support).
 */
export type RouteOptions = 'all' | 'select' | 'paging' | 'none';

export interface RouteInfo {
  kind: RouteKind;
  /** As shown to people: /products/{id}/cars */
  template: string;
  entity: Entity;
  /** A list of rows (true) or one object (false). */
  list: boolean;
  description: string;
  options: RouteOptions;
  /** The documentation asks that this list is always limited with $top (events). */
  requiresTop?: boolean;
  /** What stands in the path: a database id (default) or a brand name. */
  param?: 'id' | 'brand';
  /** Sent without the Customer-ID header. */
  noCustomer?: boolean;
}

const list = (kind: RouteKind, template: string, entity: Entity, description: string, extra: Partial<RouteInfo> = {}): RouteInfo => ({
  kind,
  template,
  entity,
  list: true,
  description,
  options: 'all',
  ...extra,
});

const one = (kind: RouteKind, template: string, entity: Entity, description: string): RouteInfo => ({
  kind,
  template,
  entity,
  list: false,
  description,
  options: 'select',
});

export const ROUTES: readonly RouteInfo[] = [
  list('products', '/products', 'product', 'All products (flinkey Box and flinkey IQ) of the customer.'),
  list('services', '/services', 'service', 'All services (contracts of boxes) of the customer.'),
  one('product', '/products/{id}', 'product', 'One product by its database ID.'),
  one('service', '/services/{id}', 'service', 'One service by its database ID.'),
  one('productService', '/products/{id}/services', 'service', 'The service of a product (without productId).'),
  one('productCar', '/products/{id}/cars', 'car', 'The car a product is built into.'),
  one('serviceProduct', '/services/{id}/products', 'product', 'The product a service belongs to.'),
  list('cars', '/cars', 'car', 'All cars of the customer.'),
  one('car', '/cars/{id}', 'car', 'One car by its database ID.'),
  list('carAssignments', '/cars/{id}/assignments', 'assignment', 'Who may open the car, and when (its assignments).'),
  list('carEvents', '/cars/{id}/events', 'event', 'When the car was opened and closed; always limit with $top.', { requiresTop: true }),
  list('users', '/users', 'user', 'All users of the customer.'),
  one('user', '/users/{id}', 'user', 'One user by their database ID.'),
  one('assignment', '/assignments/{id}', 'assignment', 'One assignment (access of a user to a car) by its database ID.'),
  one('event', '/events/{id}', 'event', 'One open or close of a car by its database ID.'),
  list('groups', '/groups', 'group', 'All groups of the customer (no query options: the list comes whole).', { options: 'none' }),
  list('groupCars', '/groups/{id}/cars', 'car', 'The cars of a group (no query options: the list comes whole).', { options: 'none' }),
  list('brands', '/brands', 'brand', 'The car brands of the key-fob catalogue (plain names).', { options: 'paging', noCustomer: true }),
  list('brandKeys', '/brands/{brand}/keys', 'key', 'Which flinkey Box fits a key of this brand.', { param: 'brand', noCustomer: true }),
];
