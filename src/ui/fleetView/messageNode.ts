// The one class for rows that are not records: errors, "No car", "Sign in again", "Load more", "Loading…".
import * as vscode from 'vscode';
import { COMMAND } from '../../constants';
import { contextValue } from './contextValue';
import { spokenRow } from './spoken';
import type { TreeNode } from './treeNode';

export type MessageKind = 'error' | 'empty' | 'signIn' | 'loadMore' | 'hint' | 'loading';

export interface MessageOptions {
  description?: string;
  tooltip?: string;
  icon?: vscode.ThemeIcon;
  /** Retry (errors) or load the next page (loadMore): may resolve with a row to reveal (the first new one). */
  run?: () => void | TreeNode | undefined | Promise<void | TreeNode | undefined>;
  /** What a click runs instead of the kind's own command (e.g. Filter… on a rejected filter). */
  command?: vscode.Command;
  /** The row belongs to a filtered section: Clear Filter is offered on it. */
  filtered?: boolean;
}

export class MessageNode implements TreeNode {
  constructor(
    readonly id: string,
    private readonly parent: TreeNode | undefined,
    readonly kind: MessageKind,
    readonly label: string,
    private readonly options: MessageOptions = {},
  ) {}

  /** Runs the row's action (retry or load more): false when it has none, else the row to reveal or true. */
  async run(): Promise<TreeNode | boolean> {
    if (!this.options.run) return false;
    return (await this.options.run()) ?? true;
  }

  getTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.label, vscode.TreeItemCollapsibleState.None);
    item.id = this.id;
    item.description = this.options.description;
    item.tooltip = this.options.tooltip ?? this.options.description;
    item.iconPath = this.options.icon ?? defaultIcon(this.kind);
    item.contextValue = contextValue({
      kind: 'message',
      retry: this.kind === 'error' && !!this.options.run,
      filtered: this.options.filtered,
    });
    if (this.options.command) {
      item.command = this.options.command;
    } else if (this.kind === 'signIn') {
      item.command = { command: COMMAND.signIn, title: vscode.l10n.t('Sign In') };
      item.accessibilityInformation = spokenRow(item, vscode.l10n.t('press Enter to sign in'));
    } else if (this.kind === 'loadMore') {
      item.command = { command: COMMAND.loadMore, title: vscode.l10n.t('Load More'), arguments: [this] };
      item.accessibilityInformation = spokenRow(item, vscode.l10n.t('press Enter to load them'));
    } else if (this.kind === 'error' && this.options.run) {
      item.command = { command: COMMAND.retry, title: vscode.l10n.t('Retry'), arguments: [this] };
      item.accessibilityInformation = spokenRow(item, vscode.l10n.t('press Enter to try again'));
    }
    return item;
  }

  getParent(): TreeNode | undefined {
    return this.parent;
  }
}

function defaultIcon(kind: MessageKind): vscode.ThemeIcon {
  switch (kind) {
    case 'error':
      return new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
    case 'empty':
      return new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('disabledForeground'));
    case 'signIn':
      return new vscode.ThemeIcon('sign-in', new vscode.ThemeColor('list.warningForeground'));
    case 'loadMore':
      return new vscode.ThemeIcon('unfold');
    case 'hint':
      return new vscode.ThemeIcon('filter', new vscode.ThemeColor('list.warningForeground'));
    case 'loading':
      return new vscode.ThemeIcon('loading~spin');
  }
}
