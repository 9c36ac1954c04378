// Turns a failed request into one row under the node that asked, with the reason and a retry action.
import * as vscode from 'vscode';
import { isFlinkeyError } from '../../core/api/errors';
import type { TreeNode } from './treeNode';
import { MessageNode } from './messageNode';

export function errorRow(id: string, parent: TreeNode | undefined, error: unknown, retry: () => void | Promise<void>): MessageNode {
  const reason = error instanceof Error ? error.message : String(error);
  if (!isFlinkeyError(error)) return new MessageNode(id, parent, 'error', vscode.l10n.t('Error'), { description: reason, run: retry });
  const status = error.details.status ? ` (${error.details.status})` : '';
  const icon = (name: string) => new vscode.ThemeIcon(name, new vscode.ThemeColor('list.errorForeground'));
  switch (error.kind) {
    case 'unauthorized':
    case 'invalidApiKey':
    case 'invalidCredentials':
      return new MessageNode(id, parent, 'signIn', vscode.l10n.t('Sign in again'), {
        description: reason,
        tooltip: vscode.l10n.t('{0}\n\nClick to sign in.', reason),
      });
    case 'network':
      return new MessageNode(id, parent, 'error', vscode.l10n.t('Cannot reach flinkey'), {
        description: reason,
        icon: icon('debug-disconnect'),
        run: retry,
      });
    case 'timeout':
      return new MessageNode(id, parent, 'error', vscode.l10n.t('Request timed out'), {
        description: reason,
        icon: icon('watch'),
        run: retry,
      });
    case 'notFound':
      return new MessageNode(id, parent, 'error', vscode.l10n.t('Not found{0}', status), {
        description: error.details.reason ?? reason,
        icon: icon('question'),
        run: retry,
      });
    case 'server':
      return new MessageNode(id, parent, 'error', vscode.l10n.t('flinkey server error{0}', status), { description: reason, run: retry });
    case 'rateLimited':
      return new MessageNode(id, parent, 'error', vscode.l10n.t('Too many requests'), {
        description: reason,
        icon: icon('clock'),
        run: retry,
      });
    case 'cancelled':
      return new MessageNode(id, parent, 'error', vscode.l10n.t('Cancelled'), { description: reason, run: retry });
    default:
      return new MessageNode(id, parent, 'error', vscode.l10n.t('Error{0}', status), { description: reason, run: retry });
  }
}
