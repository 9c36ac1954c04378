// Server-side search of the fleet: products by serial number / unique ID, services by name, both by id.
// Filters are built with quoteString, so quotes in the text cannot break out of the literal. No vscode import.
import type { FlinkeyApi } from '../../core/api/api';
import type { FleetItem } from '../documents/fleetRef';
import { quoteString } from '../../core/odata/queryString';

export interface SearchFilters {
  products?: string;
  services?: string;
}

/** The $filter expressions for `text` (none for empty text: the first rows are shown). */
export function searchFilters(text: string): SearchFilters {
  const q = text.trim();
  if (!q) return {};
  const literal = quoteString(q);
  const byId = /^\d{1,9}$/.test(q) ? ` or id eq ${Number(q)}` : '';
  return {
    products: `contains(serialNumber,${literal}) or contains(uniqueId,${literal})${byId}`,
    services: `contains(name,${literal})${byId}`,
  };
}

export async function searchFleet(
  api: FlinkeyApi,
  text: string,
  opts: { top?: number; signal?: AbortSignal; kinds?: ('product' | 'service')[] } = {},
): Promise<FleetItem[]> {
  const filters = searchFilters(text);
  const top = opts.top ?? 20;
  const kinds = opts.kinds ?? ['product', 'service'];
  const [products, services] = await Promise.all([
    kinds.includes('product') ? api.getProducts({ signal: opts.signal, query: { filter: filters.products, top } }) : [],
    kinds.includes('service') ? api.getServices({ signal: opts.signal, query: { filter: filters.services, top } }) : [],
  ]);
  return [
    ...products.map((product): FleetItem => ({ kind: 'product', product })),
    ...services.map((service): FleetItem => ({ kind: 'service', service })),
  ];
}
