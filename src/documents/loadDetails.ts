// Fetches what a details document shows. No vscode import. Products come with their service and car,
// services with their product; a documented "none assigned" 404 becomes null.
import type { FlinkeyApi } from '../api/api';
import { isFlinkeyError, type NotFoundSubject } from '../api/errors';
import type { FleetRef } from './fleetRef';

export async function loadDetails(api: FlinkeyApi, ref: FleetRef, signal?: AbortSignal): Promise<Record<string, unknown>> {
  const opts = { signal };
  switch (ref.kind) {
    case 'product': {
      const [product, service, car] = await Promise.all([
        api.getProduct(ref.id, opts),
        orNull(api.getProductService(ref.id, opts), 'service'),
        orNull(api.getProductCar(ref.id, opts), 'car'),
      ]);
      return { ...product, service, car };
    }
    case 'service': {
      const service = await api.getService(ref.id, opts);
      const product = service.productId === null ? null : await orNull(api.getServiceProduct(ref.id, opts), 'product');
      return { ...service, product };
    }
    case 'car':
      return { ...(await api.getProductCar(ref.productId, opts)) };
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
