// The request paths a query file may use, and what each returns. Paths are relative to the signed-in base URL.
import * as l10n from '@vscode/l10n';
import { closest } from '../odata/suggest';
import { ROUTES, type RouteInfo, type RouteKind } from './routeTable';

export { ROUTES, type RouteInfo, type RouteKind } from './routeTable';

export interface RouteMatch {
  route: RouteInfo;
  /** The path id for routes with `{id}`. */
  id?: number;
  /** The brand name (decoded) for /brands/{brand}/keys. */
  brand?: string;
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

/** The concrete path of a route: /products/42/cars, /brands/Citro%C3%ABn/keys. */
export function pathOf(kind: RouteKind, id?: number, brand?: string): string {
  return routeByKind(kind)
    .template.replace('{id}', String(id ?? ''))
    .replace('{brand}', encodeURIComponent(brand ?? ''));
}

/** The concrete path of a match (prefer this to pathOf: it carries the brand too). */
export function pathOfMatch(match: RouteMatch): string {
  return pathOf(match.route.kind, match.id, match.brand);
}

/** The singular of a collection, for messages: 'products' → 'product'. */
const singular = (collection: string) => collection.slice(0, -1);

/** Case-insensitive like the API; one trailing slash is fine. */
export function matchPath(path: string): RouteMatch | PathProblem {
  if (/^https?:\/\//i.test(path)) {
    return {
      offset: 0,
      length: path.length,
      message: l10n.t('write the path only, e.g. /products — the base URL comes from your sign-in'),
    };
  }
  if (!path.startsWith('/')) {
    return { offset: 0, length: path.length, message: l10n.t("a path starts with '/', e.g. /products") };
  }
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  const parts = trimmed.slice(1).split('/');
  if (parts[0].toLowerCase() === 'v3' && parts.length > 1) {
    return { offset: 0, length: 3, message: l10n.t('leave out /v3 — paths are relative to the base URL, e.g. /products') };
  }
  const [collection, param, sub, ...rest] = parts;
  const top = collection.toLowerCase();
  const family = ROUTES.filter((r) => r.template.split('/')[1] === top);
  if (family.length > 0 && rest.length === 0) {
    if (param === undefined) {
      const whole = family.find((r) => r.template === `/${top}`);
      if (whole) return { route: whole };
    } else {
      const withParam = family.filter((r) => r.template.split('/').length > 2);
      const kind = withParam[0]?.param ?? 'id';
      const value = withParam.length > 0 ? readParam(kind, top, param, collection.length + 2) : undefined;
      if (value && 'message' in value) return value;
      const route = withParam.find((r) => r.template.split('/')[3] === sub?.toLowerCase());
      if (route && value) return { route, ...value };
    }
  }
  return unknownPath(path, parts);
}

/** The id or brand of a path, or why it is not one. */
function readParam(kind: 'id' | 'brand', top: string, raw: string, offset: number): { id: number } | { brand: string } | PathProblem {
  if (kind === 'brand') {
    if (raw === '') {
      return { offset, length: 0, message: l10n.t('write a brand name between /brands/ and /keys, e.g. /brands/BMW/keys') };
    }
    if (raw.startsWith('{')) {
      return { offset, length: raw.length, message: l10n.t('replace {0} with a brand name, e.g. /brands/BMW/keys', raw) };
    }
    try {
      return { brand: decodeURIComponent(raw) };
    } catch {
      return { offset, length: raw.length, message: l10n.t("'{0}' is not a valid percent-encoded brand name", raw) };
    }
  }
  if (!ID_PATTERN.test(raw) || Number(raw) > 2_147_483_647) {
    const what = singular(top);
    const message = raw.startsWith('{')
      ? `replace ${raw} with a ${what} ID, e.g. /${top}/42`
      : `'${raw}' is not a ${what} ID — expected a whole number, e.g. /${top}/42`;
    return { offset, length: raw.length, message };
  }
  return { id: Number(raw) };
}

function unknownPath(path: string, parts: string[]): PathProblem {
  // Suggest with the user's own id in place of {id}, so '/products/42/car' → '/products/42/cars'.
  const id = parts[1] !== undefined && ID_PATTERN.test(parts[1]) ? parts[1] : '{id}';
  const brand = parts[1] !== undefined && parts[1] !== '' ? parts[1] : '{brand}';
  const fill = (r: RouteInfo) => r.template.replace('{id}', id).replace('{brand}', brand);
  // '/groups/5' most likely means the one path of that collection that takes an id: '/groups/5/cars'.
  const top = parts[0].toLowerCase();
  const family = parts.length === 2 ? ROUTES.filter((r) => r.template.startsWith(`/${top}/{`)) : [];
  const suggestion = family.length === 1 ? fill(family[0]) : closest(path, ROUTES.map(fill));
  const message = suggestion
    ? l10n.t('unknown path {0} — did you mean {1}?', path, suggestion)
    : l10n.t('unknown path {0} — expected one of {1}', path, ROUTES.map((r) => r.template).join(', '));
  return { offset: 0, length: path.length, message };
}

export function isRouteMatch(m: RouteMatch | PathProblem): m is RouteMatch {
  return 'route' in m;
}
