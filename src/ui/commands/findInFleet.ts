// Find in Fleet…: searches products, services, cars and users on the server (one request per kind), then reveals,
// selects and expands the record's row in its section (a car found by VIN lands on its row under Cars). Its details
// open only when asked: the hit's "Open Details" button, or `details: true`.
import * as vscode from 'vscode';
import { isExactHit, nothingFound } from '../../core/api/fleetSearch';
import type { FleetItem } from '../documents/fleetRef';
import type { GroupKind } from '../fleetView/groupNode';
import type { TreeNode } from '../fleetView/treeNode';
import type { CommandDeps } from './commandDeps';
import { openDetails } from './openDetails';
import { pickFleetRecord } from './pickFleetItem';
import { hitOf, searchFleet } from './searchFleet';

/** `flinkey.findInFleet` arguments: a search text, or { query, show: 'car' | 'service' | 'product', details }. */
interface FindArgs {
  query?: string;
  show?: 'car' | 'service' | 'product';
  /** Also open the record's details. */
  details?: boolean;
}

/** Resolves with the id of the revealed tree node (e.g. `cars/12`, `products/42/car`). */
export async function findInFleet(deps: CommandDeps, arg: unknown): Promise<string | undefined> {
  const args = parseArgs(arg);
  const api = await deps.session.api();
  let item: FleetItem | undefined;
  const query = args.query?.trim();
  if (query) {
    const { items, searched } = await searchFleet(api, query, { top: 25 });
    // A word given as an argument that matches nothing: say where the search looked instead of opening a pick.
    if (items.length === 0) throw new Error(nothingFound(query, searched));
    item = items.find((i) => isExactHit(hitOf(i)!, query)) ?? (items.length === 1 ? items[0] : undefined);
  }
  let details = args.details === true;
  if (!item) {
    const picked = await pickFleetRecord(api, vscode.l10n.t('Find in Fleet'), { value: args.query, detailsButton: true });
    if (!picked) return undefined;
    item = picked.item;
    details ||= picked.details;
  }
  const node = await nodeOf(deps, item);
  const child = args.show ? (await node.getChildren?.())?.find((c) => c.id === `${node.id}/${args.show}`) : undefined;
  const target = child ?? node;
  // The chosen row opens (a car shows Access and Events); a child asked for by `show` is only selected.
  await deps.treeView.reveal(target, { select: true, focus: true, expand: child ? false : target.getChildren !== undefined });
  if (details) await openDetails(deps, target);
  return target.id;
}

const SECTION: Record<FleetItem['kind'], GroupKind | undefined> = {
  product: 'products',
  service: 'services',
  car: 'cars',
  user: 'users',
  group: 'groups',
  assignment: undefined,
  event: undefined,
};

function nodeOf(deps: CommandDeps, item: FleetItem): Promise<TreeNode> {
  const section = SECTION[item.kind];
  if (!section) throw new Error(vscode.l10n.t('Find in Fleet finds products, services, cars and users.'));
  return deps.tree.group(section).nodeFor(item);
}

function parseArgs(arg: unknown): FindArgs {
  if (typeof arg === 'string') return { query: arg };
  if (arg && typeof arg === 'object' && !(arg instanceof vscode.Uri)) {
    const v = arg as Record<string, unknown>;
    const show = v.show === 'car' || v.show === 'service' || v.show === 'product' ? v.show : undefined;
    return { query: typeof v.query === 'string' ? v.query : undefined, show, details: v.details === true };
  }
  return {};
}
