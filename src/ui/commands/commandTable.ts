// Pairs every id of COMMAND with its handler. No vscode import, so the manifest test can check what gets registered.
import * as l10n from '@vscode/l10n';
import { COMMAND, type CommandId, type CommandName } from '../../constants';

/**
 * A command's implementation: gets the arguments VS Code passes (a tree node, a URI, an object, nothing). A view's
 * context menu passes two: the row clicked and every selected row.
 */
export type Handler = (arg?: unknown, ...more: unknown[]) => unknown;

/** One handler per command; the compiler finds a missing one. */
export type CommandHandlers = Record<CommandName, Handler>;

/** [id, handler] for every command, in table order; throws when a handler is missing or names no command. */
export function commandEntries(handlers: Partial<Record<string, Handler>>): [CommandId, Handler][] {
  const unknown = Object.keys(handlers).filter((name) => !(name in COMMAND));
  if (unknown.length > 0) throw new Error(l10n.t('Handlers for commands that do not exist: {0}', unknown.join(', ')));
  return (Object.keys(COMMAND) as CommandName[]).map((name) => {
    const handler = handlers[name];
    if (!handler) throw new Error(l10n.t('No handler for {0}', COMMAND[name]));
    return [COMMAND[name], handler];
  });
}
