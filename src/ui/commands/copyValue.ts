// Copy ID / Unique ID / Serial Number / VIN / Licence Plate / E-mail Address: writes the clipboard and returns the text.
import * as vscode from 'vscode';
import type { FlinkeyApi } from '../../core/api/api';
import type { SearchKind } from '../../core/api/fleetSearch';
import { idOf, type FleetItem } from '../documents/fleetRef';
import { noLinkText } from '../documents/carParts';
import { describeItem } from '../fleetView/describe';
import type { CommandDeps } from './commandDeps';
import { resolveItem } from './resolveItem';

export type CopyField = 'id' | 'uniqueId' | 'serialNumber' | 'vin' | 'licensePlate' | 'emailAddress';

const FIELDS: Record<CopyField, { name: () => string; of: 'any' | 'product' | 'car' | 'user'; search?: SearchKind[] }> = {
  id: { name: () => 'ID', of: 'any' },
  uniqueId: { name: () => 'Unique ID', of: 'product', search: ['product', 'service'] },
  serialNumber: { name: () => 'Serial Number', of: 'product', search: ['product', 'service'] },
  vin: { name: () => 'VIN', of: 'car', search: ['car', 'product'] },
  licensePlate: { name: () => 'Licence Plate', of: 'car', search: ['car', 'product'] },
  emailAddress: { name: () => vscode.l10n.t('E-mail Address'), of: 'user', search: ['user'] },
};

/** The field's text for the item the argument points at (fetching a related product or car if needed). */
export async function valueFor(deps: CommandDeps, field: CopyField, arg: unknown, verb: string): Promise<string | undefined> {
  const spec = FIELDS[field];
  const picked = await resolveItem(deps, arg, `${verb} ${spec.name()}`, spec.search);
  if (!picked) return undefined;
  const item = spec.of === 'any' || spec.of === 'user' ? picked : await related(await deps.session.api(), picked, spec.of);
  const value = field === 'id' ? String(idOf(item)) : readField(item, field);
  if (!value) throw new Error(`${describeItem(item).label} has no ${spec.name()}.`);
  return value;
}

export async function copyValue(deps: CommandDeps, field: CopyField, arg: unknown): Promise<string | undefined> {
  const value = await valueFor(deps, field, arg, 'Copy');
  if (value === undefined) return undefined;
  await vscode.env.clipboard.writeText(value);
  vscode.window.setStatusBarMessage(`$(copy) Copied ${FIELDS[field].name()} ${value}`, 3000);
  deps.logger.debug(`Copied ${field}`);
  return value;
}

function readField(item: FleetItem, field: Exclude<CopyField, 'id'>): string | null {
  if (item.kind === 'product' && (field === 'uniqueId' || field === 'serialNumber')) return item.product[field];
  if (item.kind === 'car' && (field === 'vin' || field === 'licensePlate')) return item.car[field];
  if (item.kind === 'user' && field === 'emailAddress') return item.user.emailAddress;
  return null;
}

/** A product's car, a service's product, a car's product … whichever record holds the field. */
async function related(api: FlinkeyApi, item: FleetItem, want: 'product' | 'car'): Promise<FleetItem> {
  if (item.kind === want) return item;
  if (want === 'product') {
    if (item.kind === 'car') {
      if (item.productId === undefined) throw new Error(noLinkText('carProducts'));
      return { kind: 'product', product: await api.getProduct(item.productId) };
    }
    if (item.kind === 'service') return { kind: 'product', product: await api.getServiceProduct(item.service.id) };
  } else {
    const productId = item.kind === 'product' ? item.product.id : item.kind === 'service' ? item.service.productId : undefined;
    if (productId === null || productId === undefined) throw new Error(`${describeItem(item).label} has no product, so no car.`);
    return { kind: 'car', car: await api.getProductCar(productId), productId };
  }
  return item;
}
