// A service (the contract of a box). Under the Services group it expands to its product; under a product it is a leaf.
import type * as vscode from 'vscode';
import type { Service } from '../../core/api/models';
import type { FleetItem } from '../documents/fleetRef';
import type { KnownParts } from '../documents/loadDetails';
import { ChildCache } from './childCache';
import type { FleetNode, TreeContext } from './fleetNode';
import { itemTreeItem } from './itemTreeItem';
import { MessageNode } from './messageNode';
import { ProductNode } from './productNode';
import { settle, slotRow } from './slot';

export class ServiceNode implements FleetNode {
  readonly item: FleetItem;
  private readonly children = new ChildCache();

  constructor(
    readonly id: string,
    private readonly parent: FleetNode,
    readonly service: Service,
    private readonly ctx: TreeContext,
    private readonly withProduct: boolean,
  ) {
    this.item = { kind: 'service', service };
  }

  getTreeItem(): vscode.TreeItem {
    return itemTreeItem(this, this.withProduct);
  }

  getParent(): FleetNode {
    return this.parent;
  }

  invalidate(): void {
    this.children.clear();
  }

  getChildren(): Promise<FleetNode[]> {
    return this.children.get(() => this.load());
  }

  /** The service, plus its product when the row was expanded (null for "No product"). */
  async knownParts(): Promise<KnownParts> {
    const known: KnownParts = { service: this.service };
    if (!this.withProduct || !this.children.loaded) return known;
    const [child] = await this.getChildren();
    if (child?.item?.kind === 'product') known.product = child.item.product;
    else if (child instanceof MessageNode && child.kind === 'empty') known.product = null;
    return known;
  }

  private async load(): Promise<FleetNode[]> {
    if (!this.withProduct) return [];
    const slotId = `${this.id}/product`;
    if (this.service.productId === null) {
      return [new MessageNode(slotId, this, 'empty', 'No product', { tooltip: 'No box is assigned to this service.' })];
    }
    const retry = () => {
      this.invalidate();
      this.ctx.changed(this);
    };
    const result = await this.ctx.withProgress(() => settle(this.ctx.api().then((api) => api.getServiceProduct(this.service.id))));
    return [slotRow(slotId, this, result, 'product', (p) => new ProductNode(slotId, this, p, this.ctx, false), retry)];
  }
}
