// Which records a fleet record's row expands to, and how each is fetched. No vscode import.
import type { FlinkeyApi } from '../../core/api/api';
import type { FleetItem } from '../documents/fleetRef';

export type RecordKind = FleetItem['kind'];

/** A record shown under another: fetched, or known to be missing without asking (`none` says why). */
export type Related = { kind: RecordKind; fetch: (api: FlinkeyApi) => Promise<FleetItem> } | { kind: RecordKind; none: string };

/** A product has a service and a car; a service has a product; a car has nothing under it. */
export function relatedOf(item: FleetItem): Related[] {
  switch (item.kind) {
    case 'product': {
      const productId = item.product.id;
      return [
        { kind: 'service', fetch: async (api) => ({ kind: 'service', service: await api.getProductService(productId) }) },
        { kind: 'car', fetch: async (api) => ({ kind: 'car', car: await api.getProductCar(productId), productId }) },
      ];
    }
    case 'service': {
      const { service } = item;
      if (service.productId === null) return [{ kind: 'product', none: 'No box is assigned to this service.' }];
      return [{ kind: 'product', fetch: async (api) => ({ kind: 'product', product: await api.getServiceProduct(service.id) }) }];
    }
    case 'car':
      return [];
  }
}
