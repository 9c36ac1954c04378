// The children of a record's row, as related.ts decides them: related records in slots, a car's activity, or a
// group's cars. Rows of records are made by the factory RecordNode passes in (so no file imports it back).
import * as vscode from 'vscode';
import { LocalPager } from '../../core/api/localPages';
import type { Car } from '../../core/api/models';
import { noLinkText } from '../documents/carParts';
import type { FleetItem } from '../documents/fleetRef';
import type { KnownParts } from '../documents/knownParts';
import { CarChildren } from './carChildren';
import { MessageNode } from './messageNode';
import { PagedList } from './pagedList';
import type { Related } from './related';
import type { Children, RowFactory } from './rowFactory';
import { SlotChildren } from './slotChildren';
import type { TreeContext, TreeNode } from './treeNode';

export function childrenOf(
  owner: TreeNode & { item: FleetItem },
  related: Related[],
  ctx: TreeContext,
  row: RowFactory,
): Children | undefined {
  if (related.length === 0) return undefined;
  const noLinks = related.flatMap((r) => (r.kind === 'noLink' ? [noLinkRow(owner, r.link)] : []));
  for (const r of related) {
    if (r.kind === 'activity') return new CarChildren(owner, r.carId, noLinks, ctx, row);
    if (r.kind === 'groupCars') return new GroupCars(owner, r.groupId, ctx, row);
  }
  return new SlotChildren(owner, related, noLinks, ctx, row);
}

/** "Products — the API offers no link …": said plainly, never worked around with a scan of the fleet. */
function noLinkRow(owner: TreeNode, link: 'carProducts' | 'userCars'): MessageNode {
  const label = link === 'carProducts' ? vscode.l10n.t('Products') : vscode.l10n.t('Cars');
  return new MessageNode(`${owner.id}/${link === 'carProducts' ? 'products' : 'cars'}`, owner, 'empty', label, {
    description: vscode.l10n.t('no link in the flinkey API'),
    tooltip: noLinkText(link),
    icon: new vscode.ThemeIcon('info'),
  });
}

/** A group's cars: /groups/{id}/cars states no OData support, so it comes whole once and is paged here. */
class GroupCars implements Children {
  private pager: LocalPager<Car>;
  private readonly list: PagedList;

  constructor(owner: TreeNode, groupId: number, ctx: TreeContext, row: RowFactory) {
    const pager = () => new LocalPager<Car>(async (signal) => (await ctx.api()).getGroupCars(groupId, signal));
    this.pager = pager();
    this.list = new PagedList(owner, ctx, {
      prefix: `${owner.id}/cars`,
      fetch: async (skip, top) => {
        const page = await this.pager.page(skip, top);
        return { items: page.rows.map((car) => ({ kind: 'car', car })), more: page.hasMore };
      },
      row: (id, item) => row(id, owner, item, 'group'),
      empty: () => ({ label: vscode.l10n.t('No cars'), tooltip: vscode.l10n.t('This group holds no cars.') }),
    });
    this.clear = () => {
      this.list.reset();
      this.pager = pager();
    };
  }

  readonly clear: () => void;

  get(): Promise<TreeNode[]> {
    return this.list.children();
  }

  known(): Promise<KnownParts> {
    return Promise.resolve({});
  }
}
