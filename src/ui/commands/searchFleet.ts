// Find in Fleet for today's tree: the products and services of the core search (src/core/api/fleetSearch.ts),
// which also finds cars and users. No vscode import.
import type { FlinkeyApi } from '../../core/api/api';
import { searchFilters as coreFilters, searchFleet as coreSearch } from '../../core/api/fleetSearch';
import type { FleetItem } from '../documents/fleetRef';

export interface SearchFilters {
  products?: string;
  services?: string;
}

/** The $filter expressions for `text` (none for empty text: the first rows are shown). */
export function searchFilters(text: string): SearchFilters {
  const filters = coreFilters(text);
  return filters.product === undefined ? {} : { products: filters.product, services: filters.service };
}

export async function searchFleet(
  api: FlinkeyApi,
  text: string,
  opts: { top?: number; signal?: AbortSignal; kinds?: ('product' | 'service')[] } = {},
): Promise<FleetItem[]> {
  const { hits } = await coreSearch(api, text, { ...opts, kinds: opts.kinds ?? ['product', 'service'] });
  return hits.flatMap((hit): FleetItem[] =>
    hit.kind === 'product'
      ? [{ kind: 'product', product: hit.product }]
      : hit.kind === 'service'
        ? [{ kind: 'service', service: hit.service }]
        : [],
  );
}
