// The shape every tree element has; the provider only delegates to it.
import type * as vscode from 'vscode';
import type { FlinkeyApi, Logger } from '../../core/api/api';
import type { FleetItem } from '../documents/fleetRef';
import type { KnownParts } from '../documents/loadDetails';

export interface FleetNode {
  /** Stable and hierarchical (`products/42/car`), so expansion, selection and reveal survive refreshes. */
  readonly id: string;
  /** The record shown, for fleet items (products, services, cars). */
  readonly item?: FleetItem;
  getTreeItem(): vscode.TreeItem;
  /** Undefined for leaves. Never rejects: failures become message rows. */
  getChildren?(): Promise<FleetNode[]>;
  getParent(): FleetNode | undefined;
  /** Forget cached children so the next getChildren fetches again. */
  invalidate?(): void;
  /** What a details document of this row can take from the tree instead of fetching it. */
  knownParts?(): Promise<KnownParts>;
}

/** What nodes need from the outside world; passed in, never global. */
export interface TreeContext {
  api(): Promise<FlinkeyApi>;
  pageSize(): number;
  /** Shows progress in the Fleet view while `work` runs. */
  withProgress<T>(work: () => Promise<T>): Promise<T>;
  /** Tells the view that `node` (its item or children) changed. */
  changed(node: FleetNode): void;
  logger: Logger;
}
