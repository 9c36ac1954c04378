// A product (flinkey Box / IQ). Under the Products group it expands to its service and its car (fetched in
// parallel); under a service it expands to its car only.
import type * as vscode from 'vscode';
import type { Product } from '../../core/api/models';
import type { FleetItem } from '../documents/fleetRef';
import type { KnownParts } from '../documents/loadDetails';
import { CarNode } from './carNode';
import { ChildCache } from './childCache';
import { errorRow } from './errorRow';
import type { FleetNode, TreeContext } from './fleetNode';
import { itemTreeItem } from './itemTreeItem';
import { MessageNode } from './messageNode';
import { ServiceNode } from './serviceNode';
import { sameFailure, settle, slotRow } from './slot';

export class ProductNode implements FleetNode {
  readonly item: FleetItem;
  private readonly children = new ChildCache();

  constructor(
    readonly id: string,
    private readonly parent: FleetNode,
    readonly product: Product,
    private readonly ctx: TreeContext,
    /** False under a service, whose own product would otherwise lead back to it. */
    private readonly withService: boolean,
  ) {
    this.item = { kind: 'product', product };
  }

  getTreeItem(): vscode.TreeItem {
    return itemTreeItem(this, true);
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

  /** The product, plus its service and car when the row was expanded (null for a "No …" row). */
  async knownParts(): Promise<KnownParts> {
    const known: KnownParts = { product: this.product };
    if (!this.children.loaded) return known;
    for (const child of await this.getChildren()) {
      if (child.item?.kind === 'service') known.service = child.item.service;
      else if (child.item?.kind === 'car') known.car = child.item.car;
      else if (child instanceof MessageNode && child.kind === 'empty') {
        if (child.id === `${this.id}/service`) known.service = null;
        if (child.id === `${this.id}/car`) known.car = null;
      }
    }
    return known;
  }

  private async load(): Promise<FleetNode[]> {
    const id = this.product.id;
    const retry = () => {
      this.invalidate();
      this.ctx.changed(this);
    };
    const [service, car] = await this.ctx.withProgress(() =>
      Promise.all([
        this.withService ? settle(this.ctx.api().then((api) => api.getProductService(id))) : undefined,
        settle(this.ctx.api().then((api) => api.getProductCar(id))),
      ]),
    );
    if (service && sameFailure(service, car) && !service.ok) {
      return [errorRow(`${this.id}/error`, this, service.error, retry)];
    }
    const rows: FleetNode[] = [];
    if (service) {
      rows.push(
        slotRow(
          `${this.id}/service`,
          this,
          service,
          'service',
          (s) => new ServiceNode(`${this.id}/service`, this, s, this.ctx, false),
          retry,
        ),
      );
    }
    rows.push(slotRow(`${this.id}/car`, this, car, 'car', (c) => new CarNode(`${this.id}/car`, this, c, id), retry));
    return rows;
  }
}
