// What a fleet record's row expands to, and how each part is fetched. No vscode import.
//   product → its service and its car          service → its product (none without a request when it has no productId)
//   car     → Access and Events (and, unless reached through its product, a row saying no link leads to its products)
//   user    → a row saying no link leads to their cars        group → its cars        assignment, event → nothing
import type { FlinkeyApi } from '../../core/api/api';
import type { FleetItem, RecordKind } from '../documents/fleetRef';

export type { RecordKind } from '../documents/fleetRef';

/** A part of a row's children. */
export type Related =
  /** One related record, fetched. */
  | { kind: RecordKind; fetch: (api: FlinkeyApi) => Promise<FleetItem> }
  /** One related record, known to be missing without asking (`none` says why). */
  | { kind: RecordKind; none: string }
  /** A car's Access (assignments) and Events, loaded together. */
  | { kind: 'activity'; carId: number }
  /** A group's cars, fetched whole and paged here. */
  | { kind: 'groupCars'; groupId: number }
  /** A row that says plainly the API offers no such link (nothing is fetched). */
  | { kind: 'noLink'; link: 'carProducts' | 'userCars' };

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
    case 'car': {
      const activity: Related = { kind: 'activity', carId: item.car.id };
      // Reached through its product, the car hangs under that product: the row above says it.
      return item.productId === undefined ? [activity, { kind: 'noLink', link: 'carProducts' }] : [activity];
    }
    case 'user':
      return [{ kind: 'noLink', link: 'userCars' }];
    case 'group':
      return [{ kind: 'groupCars', groupId: item.group.id }];
    case 'assignment':
    case 'event':
      return [];
  }
}
