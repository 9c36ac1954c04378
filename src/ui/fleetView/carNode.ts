// A car: a leaf under its product (`products/42/car`).
import type * as vscode from 'vscode';
import type { Car } from '../../core/api/models';
import type { FleetItem } from '../documents/fleetRef';
import type { KnownParts } from '../documents/loadDetails';
import type { FleetNode } from './fleetNode';
import { itemTreeItem } from './itemTreeItem';

export class CarNode implements FleetNode {
  readonly item: FleetItem;

  constructor(
    readonly id: string,
    private readonly parent: FleetNode,
    readonly car: Car,
    productId: number,
  ) {
    this.item = { kind: 'car', car, productId };
  }

  getTreeItem(): vscode.TreeItem {
    return itemTreeItem(this, false);
  }

  knownParts(): Promise<KnownParts> {
    return Promise.resolve({ car: this.car });
  }

  getParent(): FleetNode {
    return this.parent;
  }
}
