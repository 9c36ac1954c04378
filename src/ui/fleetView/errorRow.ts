// Turns a failed request into one row under the node that asked, with the reason and a retry action.
import * as vscode from 'vscode';
import { isFlinkeyError } from '../../core/api/errors';
import type { TreeNode } from './treeNode';
import { MessageNode } from './messageNode';

export function errorRow(id: string, parent: TreeNode | undefined, error: unknown, retry: () => void | Promise<void>): MessageNode {
  const reason = error instanceof Error ? error.message : String(error);
  if (!isFlinkeyError(error)) return new MessageNode(id, parent, 'error', 'Error', { description: reason, run: retry });
  const status = error.details.status ? ` (${error.details.status})` : '';
  const icon = (name: string) => new vscode.ThemeIcon(name, new vscode.ThemeColor('list.errorForeground'));
  switch (error.kind) {
    case 'unauthorized':
    case 'invalidApiKey':
    case 'invalidCredentials':
      return new MessageNode(id, parent, 'signIn', 'Sign in again', { description: reason, tooltip: `${reason}\n\nClick to sign in.` });
    case 'network':
      return new MessageNode(id, parent, 'error', 'Cannot reach flinkey', {
        description: reason,
        icon: icon('debug-disconnect'),
        run: retry,
      });
    case 'timeout':
      return new MessageNode(id, parent, 'error', 'Request timed out', { description: reason, icon: icon('watch'), run: retry });
    case 'notFound':
      return new MessageNode(id, parent, 'error', `Not found${status}`, {
        description: error.details.reason ?? reason,
        icon: icon('question'),
        run: retry,
      });
    case 'server':
      return new MessageNode(id, parent, 'error', `flinkey server error${status}`, { description: reason, run: retry });
    case 'rateLimited':
      return new MessageNode(id, parent, 'error', 'Too many requests', { description: reason, icon: icon('clock'), run: retry });
    case 'cancelled':
      return new MessageNode(id, parent, 'error', 'Cancelled', { description: reason, run: retry });
    default:
      return new MessageNode(id, parent, 'error', `Error${status}`, { description: reason, run: retry });
  }
}
