// Turns a command argument into a fleet record: a tree node, a FleetRef object, a flinkey: URI — or,
// from the palette (no argument), a server-searched quick pick.
import * as vscode from 'vscode';
import type { FlinkeyApi } from '../../core/api/api';
import { FlinkeyError } from '../../core/api/errors';
import type { SearchKind } from '../../core/api/fleetSearch';
import { fromDetailsUri } from '../documents/detailsUri';
import { asFleetRef, type FleetItem, type FleetRef } from '../documents/fleetRef';
import { inPlainWords, notFoundText } from '../documents/plainWords';
import type { GroupKind } from '../fleetView/groupNode';
import { isTreeNode, type TreeNode } from '../fleetView/treeNode';
import type { CommandDeps } from './commandDeps';
import { pickFleetItem } from './pickFleetItem';

/** The record the argument points at; undefined when the user dismissed the quick pick (searching `kinds`). */
export async function resolveItem(
  deps: CommandDeps,
  arg: unknown,
  title: string,
  kinds?: readonly SearchKind[],
): Promise<FleetItem | undefined> {
  if (isTreeNode(arg)) {
    if (!arg.item) throw new Error(vscode.l10n.t('This row is not a record of the fleet.'));
    return arg.item;
  }
  const ref = refFromArgument(arg);
  const api = await deps.session.api();
  if (ref) return loadedNode(deps, ref)?.item ?? fetchItem(api, ref);
  if (arg !== undefined && arg !== null) {
    throw new Error(vscode.l10n.t('Expected a tree item, a flinkey: URI or { kind, id }, got {0}.', JSON.stringify(arg)));
  }
  return pickFleetItem(api, title, { kinds });
}

const SECTION: Partial<Record<FleetRef['kind'], GroupKind>> = {
  product: 'products',
  service: 'services',
  car: 'cars',
  user: 'users',
  group: 'groups',
};

/** The tree's row for a record a section has already loaded (its record needs no request). */
export function loadedNode(deps: CommandDeps, ref: FleetRef): TreeNode | undefined {
  const section = SECTION[ref.kind];
  return section && ref.id !== undefined ? deps.tree.loadedNode(section, ref.id) : undefined;
}

export function refFromArgument(arg: unknown): FleetRef | undefined {
  if (arg instanceof vscode.Uri || typeof arg === 'string') return fromDetailsUri(arg);
  return asFleetRef(arg);
}

/** The record `ref` names; a 404 about it is said in plain words. */
export async function fetchItem(api: FlinkeyApi, ref: FleetRef): Promise<FleetItem> {
  try {
    return await fetchRecord(api, ref);
  } catch (e) {
    throw inPlainWords(e, ref);
  }
}

async function fetchRecord(api: FlinkeyApi, ref: FleetRef): Promise<FleetItem> {
  switch (ref.kind) {
    case 'product':
      return { kind: 'product', product: await api.getProduct(ref.id) };
    case 'service':
      return { kind: 'service', service: await api.getService(ref.id) };
    case 'car':
      return ref.productId === undefined
        ? { kind: 'car', car: await api.getCar(ref.id) }
        : { kind: 'car', car: await api.getProductCar(ref.productId), productId: ref.productId };
    case 'user':
      return { kind: 'user', user: await api.getUser(ref.id) };
    case 'assignment':
      return { kind: 'assignment', assignment: await api.getAssignment(ref.id) };
    case 'event':
      return { kind: 'event', event: await api.getEvent(ref.id) };
    case 'group': {
      // No endpoint returns one group: it is looked up in the list.
      const group = (await api.getGroups()).find((g) => g.id === ref.id);
      if (!group) throw new FlinkeyError('notFound', notFoundText(ref), { subject: 'group' });
      return { kind: 'group', group };
    }
  }
}
