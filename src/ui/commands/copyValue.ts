// Copy ID / Unique ID / Serial Number / VIN / Licence Plate / E-mail Address: writes the clipboard and returns the text.
// On one of several selected rows it copies the value of every selected row (copyList.ts).
import * as vscode from 'vscode';
import type { FlinkeyApi } from '../../core/api/api';
import type { SearchKind } from '../../core/api/fleetSearch';
import { idOf, type FleetItem } from '../documents/fleetRef';
import { noLinkText } from '../documents/carParts';
import { describeItem } from '../fleetView/describe';
import type { CommandDeps } from './commandDeps';
import { copyList, fieldName } from './copyList';
import { resolveItem } from './resolveItem';
import { readField, recordTarget, type CopyField } from './rowValues';

const FIELDS: Record<CopyField, { name: () => string; of: 'any' | 'product' | 'car' | 'user'; search?: SearchKind[] }> = {
  id: { name: () => fieldName('id'), of: 'any' },
  uniqueId: { name: () => fieldName('uniqueId'), of: 'product', search: ['product', 'service'] },
  serialNumber: { name: () => fieldName('serialNumber'), of: 'product', search: ['product', 'service'] },
  vin: { name: () => fieldName('vin'), of: 'car', search: ['car', 'product'] },
  licensePlate: { name: () => fieldName('licensePlate'), of: 'car', search: ['car', 'product'] },
  emailAddress: { name: () => fieldName('emailAddress'), of: 'user', search: ['user'] },
};

/** The field's text for the item the argument points at (fetching a related product or car if needed). */
export async function valueFor(deps: CommandDeps, field: CopyField, arg: unknown, verb: string): Promise<string | undefined> {
  const spec = FIELDS[field];
  const picked = await resolveItem(deps, arg, `${verb} ${spec.name()}`, spec.search);
  if (!picked) return undefined;
  const item = spec.of === 'any' || spec.of === 'user' ? picked : await related(await deps.session.api(), picked, spec.of);
  const value = field === 'id' ? String(idOf(item)) : readField(item, field);
  if (!value) throw new Error(vscode.l10n.t('{0} has no {1}.', describeItem(item).label, spec.name()));
  return value;
}

export async function copyValue(deps: CommandDeps, field: CopyField, arg: unknown, selected?: unknown): Promise<string | undefined> {
  const target = recordTarget(deps.views, arg, selected);
  if ('rows' in target) return copyList(deps, 'lines', field, target.rows);
  const value = await valueFor(deps, field, target.arg, 'Copy');
  if (value === undefined) return undefined;
  await vscode.env.clipboard.writeText(value);
  vscode.window.setStatusBarMessage(vscode.l10n.t('$(copy) Copied {0} {1}', FIELDS[field].name(), value), 3000);
  deps.logger.debug(`Copied ${field}`);
  return value;
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
    if (productId === null || productId === undefined) {
      throw new Error(vscode.l10n.t('{0} has no product, so no car.', describeItem(item).label));
    }
    return { kind: 'car', car: await api.getProductCar(productId), productId };
  }
  return item;
}
