// The TreeItem of a record's row: text from describeItem, codicon, contextValue, click → details.
import * as vscode from 'vscode';
import { COMMAND } from '../../constants';
import type { FleetItem } from '../documents/fleetRef';
import { contextValue } from './contextValue';
import { describeItem } from './describe';
import { accessState } from './times';
import type { TreeNode } from './treeNode';

export function itemTreeItem(node: TreeNode & { item: FleetItem }, expandable: boolean): vscode.TreeItem {
  const text = describeItem(node.item);
  const treeItem = new vscode.TreeItem(
    text.label,
    expandable ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
  );
  treeItem.id = node.id;
  treeItem.description = text.description;
  if (text.spoken) treeItem.accessibilityInformation = { label: text.spoken };
  // No tooltip here: VS Code keeps every row's TreeItem, so the Markdown table is built on hover
  // (RecordNode.resolveTreeItem → itemTooltip).
  treeItem.contextValue = contextValue(node.item);
  treeItem.iconPath = iconOf(node.item);
  treeItem.command = { command: COMMAND.openDetails, title: vscode.l10n.t('Open Details'), arguments: [node] };
  return treeItem;
}

/** The Markdown table shown when the pointer rests on a record's row. */
export function itemTooltip(item: FleetItem): vscode.MarkdownString {
  return new vscode.MarkdownString(describeItem(item).tooltip);
}

// Shared by every row instead of two objects per row.
const ICON = {
  iq: new vscode.ThemeIcon('circuit-board', new vscode.ThemeColor('charts.blue')),
  box: new vscode.ThemeIcon('package', new vscode.ThemeColor('charts.orange')),
  terminated: new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('list.errorForeground')),
  active: new vscode.ThemeIcon('verified', new vscode.ThemeColor('charts.green')),
  car: new vscode.ThemeIcon('key'),
  user: new vscode.ThemeIcon('account'),
  group: new vscode.ThemeIcon('folder'),
  current: new vscode.ThemeIcon('unlock', new vscode.ThemeColor('charts.green')),
  future: new vscode.ThemeIcon('watch', new vscode.ThemeColor('charts.blue')),
  expired: new vscode.ThemeIcon('lock', new vscode.ThemeColor('disabledForeground')),
  opened: new vscode.ThemeIcon('unlock'),
  closed: new vscode.ThemeIcon('lock'),
  otherEvent: new vscode.ThemeIcon('circle-outline'),
};

function iconOf(item: FleetItem): vscode.ThemeIcon {
  switch (item.kind) {
    case 'product':
      return item.product.type === 'flinkey IQ' ? ICON.iq : ICON.box;
    case 'service':
      return item.service.isTerminated ? ICON.terminated : ICON.active;
    case 'car':
      return ICON.car;
    case 'user':
      return ICON.user;
    case 'group':
      return ICON.group;
    case 'assignment':
      return ICON[accessState(item.assignment, new Date())];
    case 'event':
      return item.event.type === 'CarOpened' ? ICON.opened : item.event.type === 'CarClosed' ? ICON.closed : ICON.otherEvent;
  }
}
