// The one command wrapper: runs a handler and returns its result; a failure is logged and shown once
// (with a Sign In or Show Log button) and yields undefined. registerCommands wraps every handler with it.
import * as vscode from 'vscode';
import type { Logger } from '../../core/api/api';
import { isFlinkeyError } from '../../core/api/errors';
import { COMMAND } from '../../constants';
import type { Handler } from './commandTable';

export function createGuard(logger: Logger, channel: vscode.LogOutputChannel): (id: string, handler: Handler) => Handler {
  return (id, handler) =>
    async (...args) => {
      try {
        return await handler(...args);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        if (isFlinkeyError(e, 'cancelled')) {
          logger.debug(`${id}: cancelled`);
          return undefined;
        }
        logger.error(`${id} failed: ${isFlinkeyError(e) ? `[${e.kind}] ` : ''}${message}`);
        const signIn = vscode.l10n.t('Sign In');
        const action = isFlinkeyError(e, 'unauthorized') || isFlinkeyError(e, 'invalidApiKey') ? signIn : vscode.l10n.t('Show Log');
        void vscode.window.showErrorMessage(vscode.l10n.t('flinkey: {0}', message), action).then((chosen) => {
          if (chosen === undefined) return;
          if (chosen === signIn) void vscode.commands.executeCommand(COMMAND.signIn);
          else channel.show();
        });
        return undefined;
      }
    };
}
