// Find in Fleet without VS Code: one server-side $filter request per kind searched, never a scan of the fleet.
// Text is matched case-insensitively with contains(tolower(…)); a word of digits also matches the id.
// Filters are built with quoteString, so quotes in the text cannot break out of the literal.
import * as l10n from '@vscode/l10n';
import { quoteString } from '../odata/queryString';
import type { FlinkeyApi } from './api';
import type { Car, Product, Service, User } from './models';

export type SearchKind = 'product' | 'service' | 'car' | 'user';

/** Every kind, in the order hits are listed. */
export const SEARCH_KINDS: readonly SearchKind[] = ['product', 'service', 'car', 'user'];

/** The text fields each kind is searched in (the id as well when the text is digits). */
export const SEARCH_FIELDS: Record<SearchKind, readonly string[]> = {
  product: ['serialNumber', 'uniqueId'],
  service: ['name'],
  car: ['vin', 'licensePlate', 'name'],
  user: ['emailAddress', 'userData/firstName', 'userData/lastName'],
};

export type SearchHit =
  { kind: 'product'; product: Product } | { kind: 'service'; service: Service } | { kind: 'car'; car: Car } | { kind: 'user'; user: User };

export interface SearchResult {
  hits: SearchHit[];
  /** The kinds that were asked, so "nothing matches" can say where it looked. */
  searched: SearchKind[];
}

export interface SearchOptions {
  /** Hits per kind (default 20). */
  top?: number;
  signal?: AbortSignal;
  /** The kinds to search (default all). */
  kinds?: readonly SearchKind[];
}

/** The $filter per kind for `text`; none for empty text (the first rows are shown). */
export function searchFilters(text: string): Partial<Record<SearchKind, string>> {
  const q = text.trim();
  if (!q) return {};
  const literal = quoteString(q.toLowerCase());
  const byId = /^\d{1,10}$/.test(q) && Number(q) <= 2_147_483_647 ? ` or id eq ${Number(q)}` : '';
  const filters: Partial<Record<SearchKind, string>> = {};
  for (const kind of SEARCH_KINDS) {
    filters[kind] = SEARCH_FIELDS[kind].map((f) => `contains(tolower(${f}),${literal})`).join(' or ') + byId;
  }
  return filters;
}

/** Searches each kind with one request (in parallel) and lists the hits kind by kind. */
export async function searchFleet(api: FlinkeyApi, text: string, opts: SearchOptions = {}): Promise<SearchResult> {
  const filters = searchFilters(text);
  const top = opts.top ?? 20;
  const kinds = SEARCH_KINDS.filter((k) => (opts.kinds ?? SEARCH_KINDS).includes(k));
  const request = (kind: SearchKind) => ({ signal: opts.signal, query: { filter: filters[kind], top } });
  const lists = await Promise.all(
    kinds.map(async (kind): Promise<SearchHit[]> => {
      switch (kind) {
        case 'product':
          return (await api.getProducts(request(kind))).map((product) => ({ kind, product }));
        case 'service':
          return (await api.getServices(request(kind))).map((service) => ({ kind, service }));
        case 'car':
          return (await api.getCars(request(kind))).map((car) => ({ kind, car }));
        case 'user':
          return (await api.getUsers(request(kind))).map((user) => ({ kind, user }));
      }
    }),
  );
  return { hits: lists.flat(), searched: kinds };
}

/** True when a hit matches the text exactly (ignoring case), not just contains it: the one to land on. */
export function isExactHit(hit: SearchHit, text: string): boolean {
  const q = text.trim().toLowerCase();
  return valuesOf(hit).some((v) => v !== null && v.toLowerCase() === q);
}

function valuesOf(hit: SearchHit): (string | null)[] {
  switch (hit.kind) {
    case 'product':
      return [hit.product.serialNumber, hit.product.uniqueId, String(hit.product.id)];
    case 'service':
      return [hit.service.name, String(hit.service.id)];
    case 'car':
      return [hit.car.vin, hit.car.licensePlate, hit.car.name, String(hit.car.id)];
    case 'user':
      return [hit.user.emailAddress, hit.user.userData.firstName, hit.user.userData.lastName, String(hit.user.id)];
  }
}

const WHERE: Record<SearchKind, () => string> = {
  product: () => l10n.t('products (serial number, unique ID, ID)'),
  service: () => l10n.t('services (name, ID)'),
  car: () => l10n.t('cars (VIN, licence plate, name, ID)'),
  user: () => l10n.t('users (e-mail, first name, last name, ID)'),
};

/** "Nothing matches "x" in products (…), cars (…)." — says where the search looked. */
export function nothingFound(text: string, searched: readonly SearchKind[]): string {
  return l10n.t('Nothing matches "{0}" in {1}.', text.trim(), searched.map((k) => WHERE[k]()).join(', '));
}
