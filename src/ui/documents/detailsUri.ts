// Paired builder/parser for read-only details documents on the `flinkey:` scheme. No vscode import:
// callers wrap the string with vscode.Uri.parse, and a vscode.Uri satisfies `{ scheme, path }`.
//
//   product     flinkey:/products/42.json        or flinkey:/products/42/<title>.json
//   service     flinkey:/services/7.json         (and so on for cars, users, assignments, events, groups)
//   car         flinkey:/cars/9.json             or, reached through its product, flinkey:/products/42/car.json
//                                                 or flinkey:/products/42/car/<title>.json
import * as l10n from '@vscode/l10n';
import { ENTITY_PLURAL } from '../../core/odata/schema';
import { RECORD_KINDS, type FleetRef, type RecordKind } from './fleetRef';
import { flinkeyPath, readableTitle, toFlinkeyUri } from './flinkeyUri';

/** The word before a title in the editor tab: "Car Golf.json". */
function kindWord(kind: RecordKind): string {
  switch (kind) {
    case 'product':
      return l10n.t('Product');
    case 'service':
      return l10n.t('Service');
    case 'car':
      return l10n.t('Car');
    case 'user':
      return l10n.t('User');
    case 'assignment':
      return l10n.t('Assignment');
    case 'event':
      return l10n.t('Event');
    case 'group':
      return l10n.t('Group');
  }
}

/**
 * The URI (as a string) of the details document for `ref`. With `label` the last path segment reads
 * like "Product 4711-ABC.json", which VS Code shows as the editor title.
 */
export function toDetailsUri(ref: FleetRef, label?: string): string {
  const base =
    ref.kind === 'car' && ref.productId !== undefined ? `/products/${ref.productId}/car` : `/${ENTITY_PLURAL[ref.kind]}/${ref.id}`;
  const title = label === undefined ? '' : readableTitle(label, 60);
  return toFlinkeyUri(base, title && `${kindWord(ref.kind)} ${title}`);
}

/** The FleetRef a details URI points at, or undefined when it is not one. `path` is the decoded path. */
export function fromDetailsUri(uri: string | { scheme: string; path: string }): FleetRef | undefined {
  const path = flinkeyPath(uri);
  if (path === undefined) return undefined;
  const segments = path.split('/');
  if (segments[0] !== '' || segments.length < 3) return undefined;
  const [, collection, second, third, fourth, ...rest] = segments;
  if (rest.length > 0) return undefined;
  const idText = third === undefined ? stripJson(second) : second;
  if (idText === undefined || !/^\d{1,10}$/.test(idText)) return undefined;
  const id = Number(idText);
  const kind = RECORD_KINDS.find((k) => ENTITY_PLURAL[k] === collection);
  if (!kind) return undefined;
  const ownCar = kind === 'product' && (fourth === undefined ? third === 'car.json' : third === 'car' && isTitle(fourth));
  if (ownCar) return { kind: 'car', productId: id };
  return third === undefined || (fourth === undefined && isTitle(third)) ? { kind, id } : undefined;
}

function stripJson(segment: string | undefined): string | undefined {
  return segment?.endsWith('.json') ? segment.slice(0, -'.json'.length) : undefined;
}

function isTitle(segment: string): boolean {
  return segment.length > '.json'.length && segment.endsWith('.json');
}
