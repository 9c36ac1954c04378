// The TreeItem of a product, service or car node: text from describeItem, codicon, contextValue, click → details.
import * as vscode from 'vscode';
import { COMMAND } from '../constants';
import type { FleetItem } from '../documents/fleetRef';
import { contextValue } from './contextValue';
import { describeItem } from './describe';
import type { FleetNode } from './fleetNode';

export function itemTreeItem(node: FleetNode & { item: FleetItem }, expandable: boolean): vscode.TreeItem {
  const text = describeItem(node.item);
  const treeItem = new vscode.TreeItem(text.label, expandable ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  treeItem.id = node.id;
  treeItem.description = text.description;
  treeItem.tooltip = new vscode.MarkdownString(text.tooltip);
  treeItem.contextValue = contextValue(node.item);
  treeItem.iconPath = iconOf(node.item);
  treeItem.command = { command: COMMAND.openDetails, title: 'Open Details', arguments: [node] };
  return treeItem;
}

function iconOf(item: FleetItem): vscode.ThemeIcon {
  switch (item.kind) {
    case 'product':
      return item.product.type === 'flinkey IQ'
        ? new vscode.ThemeIcon('circuit-board', new vscode.ThemeColor('charts.blue'))
        : new vscode.ThemeIcon('package', new vscode.ThemeColor('charts.orange'));
    case 'service':
      return item.service.isTerminated
        ? new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('list.errorForeground'))
        : new vscode.ThemeIcon('verified', new vscode.ThemeColor('charts.green'));
    case 'car':
      return new vscode.ThemeIcon('key');
  }
}
