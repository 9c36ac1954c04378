// The request paths a query file may use, and what each returns. Paths are relative to the signed-in base URL.
import type { Entity } from '../odata/schema';
import { closest } from '../odata/suggest';

export type RouteKind = 'products' | 'services' | 'product' | 'service' | 'productService' | 'productCar' | 'serviceProduct';

export interface RouteInfo {
  kind: RouteKind;
  /** As shown to people: /products/{id}/cars */
  template: string;
  entity: Entity;
  /** A list of rows (true) or one object (false). */
  list: boolean;
  description: string;
}

export const ROUTES: readonly RouteInfo[] = [
  {
    kind: 'products',
    template: '/products',
    entity: 'product',
    list: true,
    description: 'All products (flinkey Box and flinkey IQ) of the customer.',
  },
  {
    kind: 'services',
    template: '/services',
    entity: 'service',
    list: true,
    description: 'All services (contracts of boxes) of the customer.',
  },
  { kind: 'product', template: '/products/{id}', entity: 'product', list: false, description: 'One product by its database ID.' },
  { kind: 'service', template: '/services/{id}', entity: 'service', list: false, description: 'One service by its database ID.' },
  {
    kind: 'productService',
    template: '/products/{id}/services',
    entity: 'service',
    list: false,
    description: 'The service of a product (without productId).',
  },
  { kind: 'productCar', template: '/products/{id}/cars', entity: 'car', list: false, description: 'The car a product is built into.' },
  {
    kind: 'serviceProduct',
    template: '/services/{id}/products',
    entity: 'product',
    list: false,
    description: 'The product a service belongs to.',
  },
];

export interface RouteMatch {
  route: RouteInfo;
  /** The path id for the single-object routes. */
  id?: number;
}

/** Why a path is not one of ROUTES; offsets are relative to the path text. */
export interface PathProblem {
  offset: number;
  length: number;
  message: string;
}

const ID_PATTERN = /^\d{1,10}$/;

export function routeByKind(kind: RouteKind): RouteInfo {
  return ROUTES.find((r) => r.kind === kind)!;
}

/** The concrete path of a route: /products/42/cars. */
export function pathOf(kind: RouteKind, id?: number): string {
  return routeByKind(kind).template.replace('{id}', String(id ?? ''));
}

/** Case-insensitive like the API; one trailing slash is fine. */
export function matchPath(path: string): RouteMatch | PathProblem {
  if (/^https?:\/\//i.test(path)) {
    return { offset: 0, length: path.length, message: 'write the path only, e.g. /products — the base URL comes from your sign-in' };
  }
  if (!path.startsWith('/')) {
    return { offset: 0, length: path.length, message: `a path starts with '/', e.g. /products` };
  }
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  const parts = trimmed.slice(1).split('/');
  if (parts[0].toLowerCase() === 'v3' && parts.length > 1) {
    return { offset: 0, length: 3, message: 'leave out /v3 — paths are relative to the base URL, e.g. /products' };
  }
  const [collection, id, sub, ...rest] = parts;
  const top = collection.toLowerCase();
  if ((top === 'products' || top === 'services') && rest.length === 0) {
    if (id === undefined) {
      return { route: routeByKind(top) };
    }
    const idOffset = collection.length + 2;
    if (!ID_PATTERN.test(id) || Number(id) > 2_147_483_647) {
      const what = top === 'products' ? 'product' : 'service';
      const message = id.startsWith('{')
        ? `replace ${id} with a ${what} ID, e.g. /${top}/42`
        : `'${id}' is not a ${what} ID — expected a whole number, e.g. /${top}/42`;
      return { offset: idOffset, length: id.length, message };
    }
    const kind = subRoute(top, sub);
    if (kind) {
      return { route: routeByKind(kind), id: Number(id) };
    }
  }
  return unknownPath(path, parts);
}

function subRoute(top: 'products' | 'services', sub: string | undefined): RouteKind | undefined {
  const s = sub?.toLowerCase();
  if (s === undefined) {
    return top === 'products' ? 'product' : 'service';
  }
  if (top === 'products' && s === 'services') return 'productService';
  if (top === 'products' && s === 'cars') return 'productCar';
  if (top === 'services' && s === 'products') return 'serviceProduct';
  return undefined;
}

function unknownPath(path: string, parts: string[]): PathProblem {
  // Suggest with the user's own id in place of {id}, so '/products/42/car' → '/products/42/cars'.
  const id = parts[1] !== undefined && ID_PATTERN.test(parts[1]) ? parts[1] : '{id}';
  const candidates = ROUTES.map((r) => r.template.replace('{id}', id));
  const suggestion = closest(path, candidates);
  const hint = suggestion ? ` — did you mean ${suggestion}?` : ` — expected one of ${ROUTES.map((r) => r.template).join(', ')}`;
  return { offset: 0, length: path.length, message: `unknown path ${path}${hint}` };
}

export function isRouteMatch(m: RouteMatch | PathProblem): m is RouteMatch {
  return 'route' in m;
}
