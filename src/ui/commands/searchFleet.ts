// Find in Fleet's search as fleet records: the core search (src/core/api/fleetSearch.ts, one $filter request per
// kind searched) with each hit turned into the record its row shows. No vscode import.
import type { FlinkeyApi } from '../../core/api/api';
import { searchFleet as coreSearch, type SearchHit, type SearchKind } from '../../core/api/fleetSearch';
import type { FleetItem } from '../documents/fleetRef';

export interface FleetSearchResult {
  items: FleetItem[];
  /** The kinds that were asked, so "nothing matches" can say where it looked. */
  searched: SearchKind[];
}

export async function searchFleet(
  api: FlinkeyApi,
  text: string,
  opts: { top?: number; signal?: AbortSignal; kinds?: readonly SearchKind[] } = {},
): Promise<FleetSearchResult> {
  const { hits, searched } = await coreSearch(api, text, opts);
  return { items: hits.map(itemOf), searched };
}

export function itemOf(hit: SearchHit): FleetItem {
  switch (hit.kind) {
    case 'product':
      return { kind: 'product', product: hit.product };
    case 'service':
      return { kind: 'service', service: hit.service };
    case 'car':
      return { kind: 'car', car: hit.car };
    case 'user':
      return { kind: 'user', user: hit.user };
  }
}

/** The hit back from a record, for the exact-match check. */
export function hitOf(item: FleetItem): SearchHit | undefined {
  switch (item.kind) {
    case 'product':
      return { kind: 'product', product: item.product };
    case 'service':
      return { kind: 'service', service: item.service };
    case 'car':
      return { kind: 'car', car: item.car };
    case 'user':
      return { kind: 'user', user: item.user };
    default:
      return undefined;
  }
}
