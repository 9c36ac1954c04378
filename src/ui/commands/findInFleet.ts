// Find in Fleet…: searches the server, then reveals the record in the tree (optionally one of its children).
import * as vscode from 'vscode';
import type { FleetItem } from '../documents/fleetRef';
import type { TreeNode } from '../fleetView/treeNode';
import type { CommandDeps } from './commandDeps';
import { pickFleetItem } from './pickFleetItem';
import { searchFleet } from './searchFleet';

/** `flinkey.findInFleet` arguments: a search text, or { query, show: 'car' | 'service' | 'product' }. */
interface FindArgs {
  query?: string;
  show?: 'car' | 'service' | 'product';
}

/** Resolves with the id of the revealed tree node (e.g. `products/42/car`). */
export async function findInFleet(deps: CommandDeps, arg: unknown): Promise<string | undefined> {
  const args = parseArgs(arg);
  const api = await deps.session.api();
  let item: FleetItem | undefined;
  if (args.query !== undefined && args.query.trim()) {
    const results = await searchFleet(api, args.query, { top: 25 });
    item = results.find((r) => exactMatch(r, args.query!)) ?? (results.length === 1 ? results[0] : undefined);
  }
  item ??= await pickFleetItem(api, 'Find in Fleet', { value: args.query });
  if (!item) return undefined;
  const node = await nodeOf(deps, item);
  const child = args.show ? (await node.getChildren?.())?.find((c) => c.id === `${node.id}/${args.show}`) : undefined;
  const target = child ?? node;
  await deps.treeView.reveal(target, { select: true, focus: true, expand: child ? false : !!args.show });
  return target.id;
}

async function nodeOf(deps: CommandDeps, item: FleetItem): Promise<TreeNode> {
  if (item.kind === 'product') return deps.tree.group('products').nodeFor(item.product);
  if (item.kind === 'service') return deps.tree.group('services').nodeFor(item.service);
  throw new Error('Cars are found through their product.');
}

function exactMatch(item: FleetItem, query: string): boolean {
  const q = query.trim();
  if (item.kind === 'product') return [item.product.serialNumber, item.product.uniqueId, String(item.product.id)].includes(q);
  if (item.kind === 'service') return item.service.name === q || String(item.service.id) === q;
  return false;
}

function parseArgs(arg: unknown): FindArgs {
  if (typeof arg === 'string') return { query: arg };
  if (arg && typeof arg === 'object' && !(arg instanceof vscode.Uri)) {
    const v = arg as Record<string, unknown>;
    const show = v.show === 'car' || v.show === 'service' || v.show === 'product' ? v.show : undefined;
    return { query: typeof v.query === 'string' ? v.query : undefined, show };
  }
  return {};
}
