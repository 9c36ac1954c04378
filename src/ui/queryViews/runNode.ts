// A query run in the Query Results view. Its children are the Fleet view's record rows (products, services, cars,
// users, assignments, events, groups: they expand and offer details and copy), plain rows for $select results,
// keys and brands, or one message row.
import * as vscode from 'vscode';
import { COMMAND } from '../../constants';
import { errorRow } from '../fleetView/errorRow';
import { MessageNode } from '../fleetView/messageNode';
import { recordNode } from '../fleetView/recordNode';
import type { TreeContext, TreeNode } from '../fleetView/treeNode';
import { QUERY_CONTEXT } from './contextValue';
import type { DoneRun, QueryRun } from './queryResults';
import { rowCount } from './rowCount';
import { rowItem } from './rowItem';
import { RowNode } from './rowNode';

/** More rows than this are in the results document only. */
export const MAX_TREE_ROWS = 500;

export class RunNode implements TreeNode {
  readonly id: string;
  private children: Promise<TreeNode[]> | undefined;

  constructor(
    private current: QueryRun,
    private readonly ctx: TreeContext,
    private readonly rerun: (run: QueryRun) => Promise<unknown>,
    private readonly newest: () => boolean,
  ) {
    this.id = `queries/${current.n}`;
  }

  get run(): QueryRun {
    return this.current;
  }

  /** The same run, later (it ended). */
  show(run: QueryRun): void {
    this.current = run;
    this.children = undefined;
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
        item.description = vscode.l10n.t('running…');
        item.iconPath = new vscode.ThemeIcon('loading~spin');
        break;
      case 'done': {
        item.description = vscode.l10n.t('{0} · {1} ms', rowCount(run.rows.length), Math.round(run.ms));
        item.iconPath = new vscode.ThemeIcon('table');
        item.command = { command: COMMAND.openQueryResult, title: vscode.l10n.t('Open Results'), arguments: [this] };
        break;
      }
      case 'failed':
        item.description = vscode.l10n.t('failed: {0}', run.error instanceof Error ? run.error.message : String(run.error));
        item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
        break;
      case 'cancelled':
        item.description = vscode.l10n.t('cancelled');
        item.iconPath = new vscode.ThemeIcon('circle-slash');
        break;
    }
    return item;
  }

  getParent(): undefined {
    return undefined;
  }

  getChildren(): Promise<TreeNode[]> {
    this.children ??= this.build();
    return this.children;
  }

  private async build(): Promise<TreeNode[]> {
    const { run } = this;
    switch (run.state) {
      case 'running':
        return [new MessageNode(`${this.id}/running`, this, 'empty', vscode.l10n.t('Running…'))];
      case 'cancelled':
        return [new MessageNode(`${this.id}/cancelled`, this, 'empty', vscode.l10n.t('Cancelled'))];
      case 'failed':
        return [errorRow(`${this.id}/error`, this, run.error, async () => void (await this.rerun(run)))];
      case 'done':
        await this.nameUsers(run);
        return this.rowNodes(run);
    }
  }

  /** Assignments and events name their users, as in the Fleet view: one request for those not known yet. */
  private async nameUsers(run: DoneRun): Promise<void> {
    const { entity } = run.match.route;
    if (entity !== 'assignment' && entity !== 'event') return;
    const named = run.rows.slice(0, MAX_TREE_ROWS).flatMap((r) => (typeof r.userId === 'number' ? [{ userId: r.userId }] : []));
    if (named.length === 0) return;
    try {
      await this.ctx.withProgress(async () => this.ctx.users.fetch(await this.ctx.api(), named));
    } catch {
      // The rows show user ids instead of names.
    }
  }

  private rowNodes(run: DoneRun): TreeNode[] {
    const { rows } = run;
    if (rows.length === 0) return [new MessageNode(`${this.id}/empty`, this, 'empty', vscode.l10n.t('No rows match'))];
    const nodes = rows.slice(0, MAX_TREE_ROWS).map((row, i) => this.rowNode(run, row, i));
    if (rows.length > MAX_TREE_ROWS) {
      const more = rows.length - MAX_TREE_ROWS;
      nodes.push(
        new MessageNode(`${this.id}/more`, this, 'empty', vscode.l10n.t('{0} more rows', more), {
          description: vscode.l10n.t('in the results document'),
        }),
      );
    }
    return nodes;
  }

  /** Full records become the Fleet view's rows; rows cut down by $select stay plain rows. */
  private rowNode(run: DoneRun, row: Record<string, unknown>, i: number): TreeNode {
    const select = run.request.query?.select?.trim();
    const full = !select || select.split(',').some((s) => s.trim() === '*');
    const entity = run.match.route.entity;
    const record = full ? rowItem(entity, row, run.match, (id) => this.ctx.users.get(id)) : undefined;
    if (record) return recordNode(`${this.id}/${record.path}`, this, record.item, this.ctx);
    return new RowNode(`${this.id}/rows/${i}`, this, row, entity, run.match);
  }
}
