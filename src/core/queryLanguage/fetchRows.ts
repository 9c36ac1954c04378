// Sends a prepared request with the API client: each route through its typed method (top-level lists through
// query()), the answer as rows for the results view.
import * as l10n from '@vscode/l10n';
import { EVENTS_PAGE_SIZE, type FlinkeyApi, type QueryOptions } from '../api/api';
import { FlinkeyError } from '../api/errors';
import { applyQuery } from '../odata/apply';
import { type Entity } from '../odata/schema';
import { formatProblem, ODataError } from '../odata/problem';
import type { RouteMatch } from './routes';

export interface Fetched {
  rows: Record<string, unknown>[];
  /** The path answers one object (shown as one row). */
  single: boolean;
}

const asRows = async (p: Promise<readonly object[]>): Promise<Fetched> => ({ rows: (await p).map((r) => ({ ...r })), single: false });
const asRow = async (p: Promise<object>): Promise<Fetched> => ({ rows: [{ ...(await p) }], single: true });

/**
 * Rows of one request. Events without $top get the default page size (the query file warns about it); the lists
 * that state no OData support are fetched whole and the options applied here; brand names come as `{ brand }` rows.
 */
export async function fetchRows(api: FlinkeyApi, match: RouteMatch, options: QueryOptions, signal?: AbortSignal): Promise<Fetched> {
  const { kind } = match.route;
  const id = match.id!;
  const opts = { query: options, signal };
  switch (kind) {
    case 'products':
    case 'services':
    case 'cars':
    case 'users':
      if (!api.query) throw new FlinkeyError('config', l10n.t('This connection cannot run OData queries.'));
      return { rows: await api.query(kind, options, signal), single: false };
    case 'product':
      return asRow(api.getProduct(id, opts));
    case 'service':
      return asRow(api.getService(id, opts));
    case 'productService':
      return asRow(api.getProductService(id, opts));
    case 'productCar':
      return asRow(api.getProductCar(id, opts));
    case 'serviceProduct':
      return asRow(api.getServiceProduct(id, opts));
    case 'car':
      return asRow(api.getCar(id, opts));
    case 'user':
      return asRow(api.getUser(id, opts));
    case 'assignment':
      return asRow(api.getAssignment(id, opts));
    case 'event':
      return asRow(api.getEvent(id, opts));
    case 'carAssignments':
      return asRows(api.getCarAssignments(id, opts));
    case 'carEvents':
      return asRows(api.getCarEvents(id, { query: { ...options, top: options.top ?? EVENTS_PAGE_SIZE }, signal }));
    case 'groups':
      return asRows(api.getGroups(signal).then((rows) => applyHere(rows, options, 'group')));
    case 'groupCars':
      return asRows(api.getGroupCars(id, signal).then((rows) => applyHere(rows, options, 'car')));
    case 'brands':
      return asRows(api.getBrands(opts).then((names) => names.map((brand) => ({ brand }))));
    case 'brandKeys':
      return asRows(api.getBrandKeys(match.brand ?? '', opts));
  }
}

/** The options applied to a whole list here, as the server would; a bad option is a badRequest like the server's 400. */
function applyHere<T extends object>(rows: readonly T[], options: QueryOptions, entity: Entity): Partial<T>[] {
  try {
    return applyQuery(rows, options, entity);
  } catch (e) {
    if (e instanceof ODataError) throw new FlinkeyError('badRequest', l10n.t('Invalid {0}', formatProblem(e.problem)));
    throw e;
  }
}
