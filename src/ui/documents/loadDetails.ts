// Fetches what a details document shows. No vscode import. Products come with their service and car, services
// with their product (a documented "none assigned" 404 becomes null); cars, users, assignments, events and
// groups with what carDetails, accessDetails and groupDetails add. A 404 about the record itself is said plainly.
import type { FlinkeyApi } from '../../core/api/api';
import { isFlinkeyError, type NotFoundSubject } from '../../core/api/errors';
import { assignmentDetails, eventDetails, userDetails } from './accessDetails';
import { carDetails } from './carDetails';
import type { FleetRef } from './fleetRef';
import { groupDetails } from './groupDetails';
import type { KnownParts } from './knownParts';
import { inPlainWords } from './plainWords';

export async function loadDetails(
  api: FlinkeyApi,
  ref: FleetRef,
  signal?: AbortSignal,
  known: KnownParts = {},
): Promise<Record<string, unknown>> {
  try {
    return await load(api, ref, signal, known);
  } catch (e) {
    throw inPlainWords(e, ref);
  }
}

async function load(api: FlinkeyApi, ref: FleetRef, signal: AbortSignal | undefined, known: KnownParts): Promise<Record<string, unknown>> {
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
      return carDetails(api, ref, signal, known);
    case 'user':
      return userDetails(api, ref.id, signal, known);
    case 'assignment':
      return assignmentDetails(api, ref.id, signal, known);
    case 'event':
      return eventDetails(api, ref.id, signal, known);
    case 'group':
      return groupDetails(api, ref.id, signal, known);
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
