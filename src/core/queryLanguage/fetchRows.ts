// Sends a prepared request with the API client: lists through query(), single objects through their getter.
import type { FlinkeyApi, QueryOptions } from '../api/api';
import { FlinkeyError } from '../api/errors';
import type { RouteMatch } from './routes';

export interface Fetched {
  rows: Record<string, unknown>[];
  /** The path answers one object (shown as one row). */
  single: boolean;
}

export async function fetchRows(api: FlinkeyApi, match: RouteMatch, options: QueryOptions, signal?: AbortSignal): Promise<Fetched> {
  const kind = match.route.kind;
  if (kind === 'products' || kind === 'services') {
    if (!api.query) throw new FlinkeyError('config', 'This connection cannot run OData queries.');
    return { rows: await api.query(kind, options, signal), single: false };
  }
  const id = match.id!;
  const opts = { query: options, signal };
  const one = async (p: Promise<object>): Promise<Fetched> => ({ rows: [{ ...(await p) }], single: true });
  switch (kind) {
    case 'product':
      return one(api.getProduct(id, opts));
    case 'service':
      return one(api.getService(id, opts));
    case 'productService':
      return one(api.getProductService(id, opts));
    case 'productCar':
      return one(api.getProductCar(id, opts));
    case 'serviceProduct':
      return one(api.getServiceProduct(id, opts));
  }
}
