// What a record's children are made with, shared by the kinds of children (children.ts) without importing them.
import type { FleetItem, RecordKind } from '../documents/fleetRef';
import type { KnownParts } from '../documents/knownParts';
import type { TreeNode } from './treeNode';

/** Makes the row of a record under `parent` (`under`: the kind of record it hangs under). RecordNode passes it in. */
export type RowFactory = (id: string, parent: TreeNode, item: FleetItem, under?: RecordKind) => TreeNode;

export interface Children {
  get(): Promise<TreeNode[]>;
  /** Forget them, so the next get() fetches again. */
  clear(): void;
  /** What the loaded children add to the record's details. */
  known(): Promise<KnownParts>;
}
