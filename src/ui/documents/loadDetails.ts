// Fetches what a details document shows. No vscode import. Products come with their service and car,
// services with their product; a documented "none assigned" 404 becomes null.
import type { FlinkeyApi } from '../../core/api/api';
import { isFlinkeyError, type NotFoundSubject } from '../../core/api/errors';
import type { Car, Product, Service } from '../../core/api/models';
import type { FleetItem, FleetRef } from './fleetRef';

/**
 * Parts of a document the caller already holds (e.g. a tree row and its loaded children), so they are not
 * fetched again. Undefined means unknown; null means known to be "none assigned".
 */
export interface KnownParts {
  product?: Product | null;
  service?: Service | null;
  car?: Car | null;
}

/** A full record in hand (not a $select projection) is its document's main part. */
export function partsOf(item: FleetItem): KnownParts {
  switch (item.kind) {
    case 'product':
      return { product: item.product };
    case 'service':
      return { service: item.service };
    case 'car':
      return { car: item.car };
  }
}

export async function loadDetails(
  api: FlinkeyApi,
  ref: FleetRef,
  signal?: AbortSignal,
  known: KnownParts = {},
): Promise<Record<string, unknown>> {
  const opts = { signal };
  switch (ref.kind) {
    case 'product': {
      const [product, service, car] = await Promise.all([
        known.product ?? api.getProduct(ref.id, opts),
        known.service !== undefined ? known.service : orNull(api.getProductService(ref.id, opts), 'service'),
        known.car !== undefined ? known.car : orNull(api.getProductCar(ref.id, opts), 'car'),
      ]);
      return { ...product, service, car };
    }
    case 'service': {
      // A service listed under its product lacks productId, so only a full record stands in for the fetch.
      const service = known.service && known.service.productId !== undefined ? known.service : await api.getService(ref.id, opts);
      const product =
        service.productId === null
          ? null
          : known.product !== undefined
            ? known.product
            : await orNull(api.getServiceProduct(ref.id, opts), 'product');
      return { ...service, product };
    }
    case 'car':
      return { ...(known.car ?? (await api.getProductCar(ref.productId, opts))) };
  }
}

async function orNull<T>(request: Promise<T>, subject: NotFoundSubject): Promise<T | null> {
  try {
    return await request;
  } catch (e) {
    if (isFlinkeyError(e, 'notFound') && e.details.subject === subject) return null;
    throw e;
  }
}
