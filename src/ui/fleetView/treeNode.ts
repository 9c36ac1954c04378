// The shape of every row in every view (Fleet, Query Results, Queries); NodeTreeProvider only delegates to it.
import type * as vscode from 'vscode';
import type { FlinkeyApi, Logger, QueryOptions } from '../../core/api/api';
import type { FleetItem } from '../documents/fleetRef';
import type { KnownParts } from '../documents/knownParts';
import type { KnownUsers } from './knownUsers';
import type { SectionQuery } from './sectionQueries';

export interface TreeNode {
  /** Stable and hierarchical (`products/42/car`), so expansion, selection and reveal survive refreshes. */
  readonly id: string;
  /** The record shown, for rows of fleet records (products, services, cars, users, assignments, events, groups). */
  readonly item?: FleetItem;
  /** The fields of a row that is no full record (a query's $select result). */
  readonly fields?: Readonly<Record<string, unknown>>;
  getTreeItem(): vscode.TreeItem;
  /** Fills in what is costly and only needed on hover (a tooltip). */
  resolveTreeItem?(item: vscode.TreeItem): vscode.TreeItem;
  /** Undefined for leaves. Never rejects: failures become message rows. */
  getChildren?(): Promise<TreeNode[]>;
  /** What the view shows under the row right now, when that differs from getChildren (a "Loading…" row). */
  viewChildren?(): Promise<TreeNode[]>;
  getParent(): TreeNode | undefined;
  /** Forget cached children so the next getChildren fetches again. */
  invalidate?(): void;
  /** What a details document of this row can take from the tree instead of fetching it. */
  knownParts?(): Promise<KnownParts>;
}

/** Whether a command's argument is a row of one of the views (menus pass the row they were opened on). */
export function isTreeNode(value: unknown): value is TreeNode {
  return (
    !!value &&
    typeof value === 'object' &&
    typeof (value as TreeNode).getTreeItem === 'function' &&
    typeof (value as TreeNode).getParent === 'function'
  );
}

/** What fleet nodes need from the outside world; passed in, never global. */
export interface TreeContext {
  api(): Promise<FlinkeyApi>;
  pageSize(): number;
  /** Shows progress in the view while `work` runs. */
  withProgress<T>(work: () => Promise<T>): Promise<T>;
  /** Tells the view that `node` (its item or children) changed. */
  changed(node: TreeNode): void;
  /** The filter and sort of a top-level section (Fleet view only). */
  sectionQuery?(section: string): SectionQuery;
  /** Applies $filter/$orderby here, to a list the API hands out whole (groups); throws on a bad query (Fleet view only). */
  localQuery?<T extends object>(rows: readonly T[], query: QueryOptions, entity: 'group'): T[];
  /** Users the view has loaded, so rows can name people without asking again. */
  users: KnownUsers;
  logger: Logger;
}
