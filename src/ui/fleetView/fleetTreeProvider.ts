// The Fleet view's TreeDataProvider: it only delegates to the nodes, and resets them when the connection changes.
import * as vscode from 'vscode';
import type { Logger } from '../../core/api/api';
import type { FleetSession } from '../session/fleetSession';
import { FLEET_VIEW, SETTING } from '../../constants';
import type { FleetNode, TreeContext } from './fleetNode';
import { GroupNode, type GroupKind } from './groupNode';
import { itemTooltip } from './itemTreeItem';

export class FleetTreeProvider implements vscode.TreeDataProvider<FleetNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<FleetNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private groups: Record<GroupKind, GroupNode> | undefined;
  private readonly ctx: TreeContext;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly session: FleetSession,
    logger: Logger,
  ) {
    this.ctx = {
      api: () => session.api(),
      pageSize: () => pageSize(),
      withProgress: (work) => Promise.resolve(vscode.window.withProgress({ location: { viewId: FLEET_VIEW } }, work)),
      changed: (node) => this.changed.fire(node),
      logger,
    };
    this.subscriptions = [
      session.onDidChange(() => this.refresh()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SETTING.section}.${SETTING.pageSize}`)) this.refresh();
      }),
    ];
  }

  getTreeItem(node: FleetNode): vscode.TreeItem {
    return node.getTreeItem();
  }

  /** Record rows get their tooltip only when hovered (see itemTreeItem). */
  resolveTreeItem(item: vscode.TreeItem, node: FleetNode): vscode.TreeItem {
    if (node.item && item.tooltip === undefined) item.tooltip = itemTooltip(node.item);
    return item;
  }

  async getChildren(node?: FleetNode): Promise<FleetNode[]> {
    if (node) return node.getChildren ? node.getChildren() : [];
    // Signed out: no rows, so the view shows its welcome content.
    if (!(await this.session.ready())) return [];
    const groups = this.rootGroups();
    return [groups.services, groups.products];
  }

  getParent(node: FleetNode): FleetNode | undefined {
    return node.getParent();
  }

  /** The Services or Products group (created on demand). */
  group(kind: GroupKind): GroupNode {
    return this.rootGroups()[kind];
  }

  /** The row of a product or service the tree has already loaded, without loading anything. */
  loadedNode(kind: GroupKind, id: number): FleetNode | undefined {
    return this.groups?.[kind].loadedNode(id);
  }

  /** Refreshes one node (leaves refresh their parent) or, without one, the whole tree. */
  refresh(node?: FleetNode): void {
    if (!node) {
      this.groups = undefined;
      this.changed.fire(undefined);
      return;
    }
    let target: FleetNode | undefined = node;
    while (target && !target.invalidate) target = target.getParent();
    if (!target) return this.refresh();
    target.invalidate?.();
    this.changed.fire(target);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }

  private rootGroups(): Record<GroupKind, GroupNode> {
    this.groups ??= { services: new GroupNode('services', this.ctx), products: new GroupNode('products', this.ctx) };
    return this.groups;
  }
}

function pageSize(): number {
  const value = vscode.workspace.getConfiguration(SETTING.section).get<number>(SETTING.pageSize, 100);
  return Number.isInteger(value) && value >= 1 ? Math.min(value, 1000) : 100;
}
