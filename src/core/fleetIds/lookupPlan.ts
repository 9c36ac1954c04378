// How identifiers become server-side look-ups: each is one or two terms (collection, field, value); the terms of
// one collection share a request, `field eq v` for one value and `field in (…)` for several, joined with `or`.
import type { FlinkeyApi, QueryOptions } from '../api/api';
import type { Car, Product, Service, User } from '../api/models';
import { quoteString } from '../odata/queryString';
import type { IdField } from './fields';

export type LookupCollection = 'products' | 'cars' | 'services' | 'users';

/** A record found for an identifier. */
export type FleetRecord =
  { kind: 'product'; product: Product } | { kind: 'service'; service: Service } | { kind: 'car'; car: Car } | { kind: 'user'; user: User };

type TermField = 'serialNumber' | 'uniqueId' | 'vin' | 'licensePlate' | 'id';

export interface Term {
  collection: LookupCollection;
  field: TermField;
  value: string;
}

/** Values per request; with the length cap below, a URL stays far under the 8,000 characters servers accept. */
const MAX_TERMS = 40;
const MAX_FILTER_CHARS = 1_500;

/** The terms an identifier is looked up by. `any` (a user pattern without a field) is tried as every text identifier. */
export function termsOf(field: IdField, value: string): Term[] {
  switch (field) {
    case 'serialNumber':
    case 'uniqueId':
      return [{ collection: 'products', field, value }];
    case 'productId':
      return [{ collection: 'products', field: 'id', value }];
    case 'vin':
    case 'licensePlate':
      return [{ collection: 'cars', field, value }];
    case 'carId':
      return [{ collection: 'cars', field: 'id', value }];
    case 'serviceId':
      return [{ collection: 'services', field: 'id', value }];
    case 'userId':
      return [{ collection: 'users', field: 'id', value }];
    case 'any':
      return [
        { collection: 'products', field: 'serialNumber', value },
        { collection: 'products', field: 'uniqueId', value },
        { collection: 'cars', field: 'vin', value },
        { collection: 'cars', field: 'licensePlate', value },
      ];
  }
}

export function termKey(t: Term): string {
  return `${t.collection}/${t.field}/${t.value}`;
}

/** Splits terms of one collection into requests of bounded size. */
export function chunkTerms(terms: readonly Term[]): Term[][] {
  const chunks: Term[][] = [];
  let current: Term[] = [];
  for (const term of terms) {
    const next = [...current, term];
    if (current.length > 0 && (next.length > MAX_TERMS || filterOf(next).length > MAX_FILTER_CHARS)) {
      chunks.push(current);
      current = [term];
    } else {
      current = next;
    }
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/** `serialNumber eq 'A'`, or `serialNumber in ('A','B') or uniqueId eq 'C'`. */
export function filterOf(terms: readonly Term[]): string {
  const byField = new Map<TermField, string[]>();
  for (const t of terms) {
    const literal = t.field === 'id' ? String(Number(t.value)) : quoteString(t.value);
    const list = byField.get(t.field) ?? [];
    if (!list.includes(literal)) list.push(literal);
    byField.set(t.field, list);
  }
  return [...byField]
    .map(([field, literals]) => (literals.length === 1 ? `${field} eq ${literals[0]}` : `${field} in (${literals.join(',')})`))
    .join(' or ');
}

/** One request for the terms of one collection (all of the same collection). */
export async function fetchTerms(api: FlinkeyApi, terms: readonly Term[], signal?: AbortSignal): Promise<FleetRecord[]> {
  // Twice as many rows as values, so a plate that two cars share still shows as shared.
  const query: QueryOptions = { filter: filterOf(terms), top: Math.min(1000, terms.length * 2) };
  const opts = { query, signal };
  switch (terms[0].collection) {
    case 'products':
      return (await api.getProducts(opts)).map((product) => ({ kind: 'product', product }));
    case 'cars':
      return (await api.getCars(opts)).map((car) => ({ kind: 'car', car }));
    case 'services':
      return (await api.getServices(opts)).map((service) => ({ kind: 'service', service }));
    case 'users':
      return (await api.getUsers(opts)).map((user) => ({ kind: 'user', user }));
  }
}

/** Whether a returned record answers the term. Text is compared without regard to case, in case the server does so too. */
export function answers(term: Term, record: FleetRecord): boolean {
  const row: object =
    record.kind === 'product'
      ? record.product
      : record.kind === 'car'
        ? record.car
        : record.kind === 'service'
          ? record.service
          : record.user;
  const value = (row as Record<string, unknown>)[term.field];
  if (term.field === 'id') return value === Number(term.value);
  return typeof value === 'string' && value.toLowerCase() === term.value.toLowerCase();
}
