// Turns a command argument into a fleet record: a tree node, a FleetRef object, a flinkey: URI — or,
// from the palette (no argument), a server-searched quick pick.
import * as vscode from 'vscode';
import type { FlinkeyApi } from '../../core/api/api';
import { fromDetailsUri } from '../documents/detailsUri';
import { asFleetRef, type FleetItem, type FleetRef } from '../documents/fleetRef';
import { isTreeNode, type TreeNode } from '../fleetView/treeNode';
import type { CommandDeps } from './commandDeps';
import { pickFleetItem } from './pickFleetItem';

/** The record the argument points at; undefined when the user dismissed the quick pick. */
export async function resolveItem(deps: CommandDeps, arg: unknown, title: string): Promise<FleetItem | undefined> {
  if (isTreeNode(arg)) {
    if (!arg.item) throw new Error('This row is not a product, service or car.');
    return arg.item;
  }
  const ref = refFromArgument(arg);
  const api = await deps.session.api();
  if (ref) return loadedNode(deps, ref)?.item ?? fetchItem(api, ref);
  if (arg !== undefined && arg !== null) {
    throw new Error(`Expected a tree item, a flinkey: URI or { kind, id }, got ${JSON.stringify(arg)}.`);
  }
  return pickFleetItem(api, title);
}

/** The tree's row for a product or service it has already loaded (its record needs no request). */
export function loadedNode(deps: CommandDeps, ref: FleetRef): TreeNode | undefined {
  if (ref.kind === 'car') return undefined;
  return deps.tree.loadedNode(ref.kind === 'product' ? 'products' : 'services', ref.id);
}

export function refFromArgument(arg: unknown): FleetRef | undefined {
  if (arg instanceof vscode.Uri || typeof arg === 'string') return fromDetailsUri(arg);
  return asFleetRef(arg);
}

export async function fetchItem(api: FlinkeyApi, ref: FleetRef): Promise<FleetItem> {
  switch (ref.kind) {
    case 'product':
      return { kind: 'product', product: await api.getProduct(ref.id) };
    case 'service':
      return { kind: 'service', service: await api.getService(ref.id) };
    case 'car':
      return { kind: 'car', car: await api.getProductCar(ref.productId), productId: ref.productId };
  }
}
