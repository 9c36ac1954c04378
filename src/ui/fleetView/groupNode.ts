// The top-level Services / Products groups: nothing is fetched until expanded, then one page at a time
// ($top = flinkey.pageSize, $skip = rows so far) with a "Load more" row while pages come back full.
import * as vscode from 'vscode';
import type { Product, Service } from '../../core/api/models';
import type { FleetItem } from '../documents/fleetRef';
import { contextValue } from './contextValue';
import { errorRow } from './errorRow';
import type { TreeNode, TreeContext } from './treeNode';
import { MessageNode } from './messageNode';
import { RecordNode } from './recordNode';

export type GroupKind = 'products' | 'services';

export class GroupNode implements TreeNode {
  private rows: TreeNode[] = [];
  /** Records revealed by Find in Fleet before their page was loaded; dropped once their page arrives. */
  private pinned: TreeNode[] = [];
  private more = false;
  private failure: TreeNode | undefined;
  private firstPage: Promise<void> | undefined;
  private nextPage: Promise<void> | undefined;

  constructor(
    readonly kind: GroupKind,
    private readonly ctx: TreeContext,
  ) {}

  get id(): string {
    return this.kind;
  }

  getTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(
      this.kind === 'products' ? vscode.l10n.t('Products') : vscode.l10n.t('Services'),
      vscode.TreeItemCollapsibleState.Collapsed,
    );
    item.id = this.id;
    item.iconPath = new vscode.ThemeIcon(this.kind === 'products' ? 'package' : 'law');
    item.contextValue = contextValue({ kind: 'group' });
    if (this.firstPage && (this.rows.length > 0 || !this.failure)) item.description = `${this.rows.length}${this.more ? '+' : ''}`;
    item.tooltip = this.kind === 'products' ? 'flinkey Boxes and flinkey IQs of the customer' : 'Service contracts of the customer';
    return item;
  }

  getParent(): undefined {
    return undefined;
  }

  invalidate(): void {
    this.rows = [];
    this.pinned = [];
    this.more = false;
    this.failure = undefined;
    this.firstPage = undefined;
    this.nextPage = undefined;
  }

  async getChildren(): Promise<TreeNode[]> {
    if (!this.firstPage) {
      this.firstPage = this.loadPage();
      await this.firstPage;
      this.ctx.changed(this); // the count in the description
    }
    await this.firstPage;
    if (this.rows.length === 0 && this.pinned.length === 0 && !this.failure) {
      return [new MessageNode(`${this.kind}/empty`, this, 'empty', `No ${this.kind}`, { tooltip: `This customer has no ${this.kind}.` })];
    }
    const tail = this.failure ?? (this.more ? this.loadMoreRow() : undefined);
    return tail ? [...this.rows, ...this.pinned, tail] : [...this.rows, ...this.pinned];
  }

  /** Fetches the next page (joins one already in flight). */
  async loadMore(): Promise<void> {
    await this.firstPage;
    this.nextPage ??= this.loadPage().finally(() => (this.nextPage = undefined));
    await this.nextPage;
    this.ctx.changed(this);
  }

  /** The row of record `id` if its page is already loaded (nothing is fetched). */
  loadedNode(id: number): TreeNode | undefined {
    const nodeId = `${this.kind}/${id}`;
    return this.rows.find((n) => n.id === nodeId) ?? this.pinned.find((n) => n.id === nodeId);
  }

  /** The node for `record` in this group, pinning it when its page is not loaded yet (for reveal). */
  async nodeFor(record: Product | Service): Promise<TreeNode> {
    await this.getChildren();
    const id = `${this.kind}/${record.id}`;
    const existing = [...this.rows, ...this.pinned].find((n) => n.id === id);
    if (existing) return existing;
    const node = this.createNode(record);
    this.pinned.push(node);
    this.ctx.changed(this);
    return node;
  }

  private async loadPage(): Promise<void> {
    const top = this.ctx.pageSize();
    const skip = this.rows.length;
    try {
      const page = await this.ctx.withProgress(async () => {
        const api = await this.ctx.api();
        return this.kind === 'products' ? api.getProducts({ query: { top, skip } }) : api.getServices({ query: { top, skip } });
      });
      const known = new Set(this.rows.map((n) => n.id));
      for (const record of page) {
        const node = this.createNode(record);
        if (!known.has(node.id)) this.rows.push(node);
      }
      const loaded = new Set(this.rows.map((n) => n.id));
      this.pinned = this.pinned.filter((n) => !loaded.has(n.id));
      this.more = page.length >= top;
      this.failure = undefined;
      this.ctx.logger.debug(`${this.kind}: loaded ${page.length} (skip ${skip}, top ${top})`);
    } catch (error) {
      const firstPage = skip === 0;
      this.failure = errorRow(`${this.kind}/error`, this, error, () => {
        if (firstPage) {
          this.invalidate();
          this.ctx.changed(this);
          return;
        }
        return this.loadMore();
      });
    }
  }

  private createNode(record: Product | Service): TreeNode {
    const id = `${this.kind}/${record.id}`;
    const item: FleetItem =
      this.kind === 'products' ? { kind: 'product', product: record as Product } : { kind: 'service', service: record as Service };
    return new RecordNode(id, this, item, this.ctx);
  }

  private loadMoreRow(): MessageNode {
    return new MessageNode(`${this.kind}/loadMore`, this, 'loadMore', 'Load more…', {
      description: `next ${this.ctx.pageSize()}`,
      run: () => this.loadMore(),
    });
  }
}
