// The parts of a car that both its row and its details ask for: a page of its newest events, the key catalogue
// of its brand, and the plain words for links the API does not offer. No vscode import.
import * as l10n from '@vscode/l10n';
import type { FlinkeyApi } from '../../core/api/api';
import { isFlinkeyError } from '../../core/api/errors';
import type { CarEvent, Key } from '../../core/api/models';

/** Newest first: the latest opens and closes are what people look for. */
const NEWEST_FIRST = 'utcDateTime desc';

/** One page of a car's events, newest first; `$top` is always sent. */
export function newestEvents(api: FlinkeyApi, carId: number, skip: number, top: number, signal?: AbortSignal): Promise<CarEvent[]> {
  return api.getCarEvents(carId, { signal, query: { orderby: NEWEST_FIRST, top, ...(skip > 0 ? { skip } : {}) } });
}

export interface KeyCatalogue {
  brand: string | null;
  /** null when the catalogue could not be asked; `note` says why. */
  keys: Key[] | null;
  note?: string;
}

/** Which flinkey Box fits the key of a car of this brand; a brand the catalogue does not know is a note, not a failure. */
export async function keyCatalogue(api: FlinkeyApi, brand: string | null, signal?: AbortSignal): Promise<KeyCatalogue> {
  if (brand === null || brand.trim() === '') {
    return { brand, keys: null, note: l10n.t('The car has no brand, so the key catalogue cannot say which flinkey Box fits its key.') };
  }
  try {
    return { brand, keys: await api.getBrandKeys(brand, { signal }) };
  } catch (e) {
    if (isFlinkeyError(e, 'badRequest')) return { brand, keys: null, note: e.message };
    throw e;
  }
}

/** Said where a row or document would list what the API cannot list. */
export function noLinkText(link: 'carProducts' | 'userCars'): string {
  return link === 'carProducts'
    ? l10n.t('The flinkey API offers no link from a car to its products: a car shows its product only when reached through it.')
    : l10n.t("The flinkey API offers no link from a user to their cars: a car's Access lists who may open it.");
}
