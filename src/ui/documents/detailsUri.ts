// Paired builder/parser for read-only details documents on the `flinkey:` scheme. No vscode import:
// callers wrap the string with vscode.Uri.parse, and a vscode.Uri satisfies `{ scheme, path }`.
//
//   product  flinkey:/products/42.json        or flinkey:/products/42/<title>.json
//   service  flinkey:/services/7.json         or flinkey:/services/7/<title>.json
//   car      flinkey:/products/42/car.json    or flinkey:/products/42/car/<title>.json
import type { FleetRef } from './fleetRef';
import { flinkeyPath, readableTitle, toFlinkeyUri } from './flinkeyUri';

const KIND_WORD = { product: 'Product', service: 'Service', car: 'Car' } as const;

/**
 * The URI (as a string) of the details document for `ref`. With `label` the last path segment reads
 * like "Product 4711-ABC.json", which VS Code shows as the editor title.
 */
export function toDetailsUri(ref: FleetRef, label?: string): string {
  const base =
    ref.kind === 'service' ? `/services/${ref.id}` : ref.kind === 'product' ? `/products/${ref.id}` : `/products/${ref.productId}/car`;
  const title = label === undefined ? '' : readableTitle(label, 60);
  return toFlinkeyUri(base, title && `${KIND_WORD[ref.kind]} ${title}`);
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
  if (collection === 'services') {
    return third === undefined || (fourth === undefined && isTitle(third)) ? { kind: 'service', id } : undefined;
  }
  if (collection !== 'products') return undefined;
  if (third === undefined) return { kind: 'product', id };
  if (fourth === undefined) {
    if (third === 'car.json') return { kind: 'car', productId: id };
    return isTitle(third) ? { kind: 'product', id } : undefined;
  }
  return third === 'car' && isTitle(fourth) ? { kind: 'car', productId: id } : undefined;
}

function stripJson(segment: string | undefined): string | undefined {
  return segment?.endsWith('.json') ? segment.slice(0, -'.json'.length) : undefined;
}

function isTitle(segment: string): boolean {
  return segment.length > '.json'.length && segment.endsWith('.json');
}
