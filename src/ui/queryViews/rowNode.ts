// A row a $select cut down: not a full record, so it shows its fields and opens the record's details by ID.
import * as vscode from 'vscode';
import { COMMAND } from '../../constants';
import type { FleetRef } from '../documents/fleetRef';
import type { Entity } from '../../core/odata/schema';
import type { RouteMatch } from '../../core/queryLanguage/routes';
import type { TreeNode } from '../fleetView/treeNode';
import { rowRef } from './rowItem';

const LABEL_FIELDS = ['serialNumber', 'name', 'vin', 'licensePlate', 'uniqueId', 'emailAddress', 'boxName', 'brand', 'id'];

export class RowNode implements TreeNode {
  constructor(
    readonly id: string,
    private readonly parent: TreeNode,
    readonly row: Record<string, unknown>,
    private readonly entity: Entity,
    private readonly match: RouteMatch,
  ) {}

  /** Its columns, for copy and export. */
  get fields(): Record<string, unknown> {
    return this.row;
  }

  getTreeItem(): vscode.TreeItem {
    const labelField = LABEL_FIELDS.find((f) => this.row[f] !== undefined && this.row[f] !== null);
    const shown = (v: unknown) => (v === null ? 'null' : typeof v === 'string' ? v : JSON.stringify(v));
    const label = labelField ? shown(this.row[labelField]) : `${this.entity} row`;
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.id = this.id;
    item.description = Object.entries(this.row)
      .filter(([k]) => k !== labelField)
      .map(([k, v]) => `${k}: ${shown(v)}`)
      .join(' · ');
    item.tooltip = new vscode.MarkdownString().appendCodeblock(JSON.stringify(this.row, null, 2), 'json');
    item.iconPath = new vscode.ThemeIcon('symbol-field');
    item.contextValue = 'queryRow';
    const ref = this.ref();
    if (ref) item.command = { command: COMMAND.openDetails, title: vscode.l10n.t('Open Details'), arguments: [ref] };
    return item;
  }

  getParent(): TreeNode {
    return this.parent;
  }

  /** The record behind the row, when the row carries enough to find it. */
  ref(): FleetRef | undefined {
    return rowRef(this.entity, this.row, this.match);
  }
}
