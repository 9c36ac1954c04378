// A query run in the Query Results view. Its children are the explorer's own rows (products, services, cars,
// which expand and offer details and copy), partial rows for $select results, or one error row.
import * as vscode from 'vscode';
import type { Car, Product, Service } from '../../core/api/models';
import { CarNode } from '../fleetView/carNode';
import { errorRow } from '../fleetView/errorRow';
import type { FleetNode, TreeContext } from '../fleetView/fleetNode';
import { MessageNode } from '../fleetView/messageNode';
import { ProductNode } from '../fleetView/productNode';
import { ServiceNode } from '../fleetView/serviceNode';
import { QUERY_COMMAND, QUERY_CONTEXT } from './ids';
import type { QueryRun } from './queryResults';
import { RowNode } from './rowNode';

/** More rows than this are in the results document only. */
export const MAX_TREE_ROWS = 500;

export class RunNode implements FleetNode {
  readonly id: string;
  private children: FleetNode[] | undefined;

  constructor(
    readonly run: QueryRun,
    private readonly ctx: TreeContext,
    private readonly rerun: (run: QueryRun) => Promise<unknown>,
    private readonly newest: () => boolean,
  ) {
    this.id = `queries/${run.n}`;
  }

  getTreeItem(): vscode.TreeItem {
    const { run } = this;
    const label = `${run.path}${run.query.trim() ? ` ${run.query.replace(/\s+/g, ' ').trim()}` : ''}`;
    const state = this.newest() ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(label, state);
    item.id = this.id;
    item.contextValue = `${QUERY_CONTEXT.run};${run.state}`;
    item.tooltip = new vscode.MarkdownString().appendCodeblock(label, 'flinkey-query').appendMarkdown(`\n\nCustomer: ${run.customerName}`);
    switch (run.state) {
      case 'running':
        item.description = 'running…';
        item.iconPath = new vscode.ThemeIcon('loading~spin');
        break;
      case 'done': {
        const n = run.rows!.length;
        item.description = `${n} ${n === 1 ? 'row' : 'rows'} · ${Math.round(run.ms!)} ms`;
        item.iconPath = new vscode.ThemeIcon('table');
        item.command = { command: QUERY_COMMAND.openResult, title: 'Open Results', arguments: [this] };
        break;
      }
      case 'failed':
        item.description = `failed: ${run.error instanceof Error ? run.error.message : String(run.error)}`;
        item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
        break;
      case 'cancelled':
        item.description = 'cancelled';
        item.iconPath = new vscode.ThemeIcon('circle-slash');
        break;
    }
    return item;
  }

  getParent(): undefined {
    return undefined;
  }

  invalidate(): void {
    this.children = undefined;
  }

  getChildren(): Promise<FleetNode[]> {
    this.children ??= this.build();
    return Promise.resolve(this.children);
  }

  private build(): FleetNode[] {
    const { run } = this;
    if (run.state === 'running') return [new MessageNode(`${this.id}/running`, this, 'empty', 'Running…')];
    if (run.state === 'cancelled') return [new MessageNode(`${this.id}/cancelled`, this, 'empty', 'Cancelled')];
    if (run.state === 'failed') return [errorRow(`${this.id}/error`, this, run.error, async () => void (await this.rerun(run)))];
    const rows = run.rows!;
    if (rows.length === 0) return [new MessageNode(`${this.id}/empty`, this, 'empty', 'No rows match')];
    const nodes = rows.slice(0, MAX_TREE_ROWS).map((row, i) => this.rowNode(row, i));
    if (rows.length > MAX_TREE_ROWS) {
      const more = rows.length - MAX_TREE_ROWS;
      nodes.push(new MessageNode(`${this.id}/more`, this, 'empty', `${more} more rows`, { description: 'in the results document' }));
    }
    return nodes;
  }

  /** Full records become the explorer's nodes; rows cut down by $select stay plain rows. */
  private rowNode(row: Record<string, unknown>, i: number): FleetNode {
    const { run } = this;
    const select = run.request.query?.select?.trim();
    const full = !select || select.split(',').some((s) => s.trim() === '*');
    const entity = run.match.route.entity;
    const id = typeof row.id === 'number' ? row.id : undefined;
    if (full && id !== undefined) {
      if (entity === 'product') return new ProductNode(`${this.id}/products/${id}`, this, row as unknown as Product, this.ctx, true);
      if (entity === 'service') return new ServiceNode(`${this.id}/services/${id}`, this, row as unknown as Service, this.ctx, true);
      if (entity === 'car' && run.match.id !== undefined) return new CarNode(`${this.id}/car`, this, row as unknown as Car, run.match.id);
    }
    return new RowNode(`${this.id}/rows/${i}`, this, row, entity, run.match);
  }
}
