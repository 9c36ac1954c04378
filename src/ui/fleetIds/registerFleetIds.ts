// The one call extension.ts makes for fleet ids in code: the hover, Check Fleet IDs in File and the Copy links.
import * as vscode from 'vscode';
import type { Logger } from '../../core/api/api';
import { COMMAND } from '../../constants';
import type { Handler } from '../commands/guardCommand';
import type { FleetSession } from '../session/fleetSession';
import { checkFleetIds } from './checkFleetIds';
import { copyFleetValue } from './copyFleetValue';
import { FleetIdContext } from './fleetIdContext';
import { FleetIdHover } from './fleetIdHover';
import { ID_LANGUAGES } from './languages';
import { StaleIds } from './staleIds';

export interface FleetIdsDeps {
  session: FleetSession;
  logger: Logger;
  guard(id: string, handler: Handler): Handler;
}

const SELECTOR: vscode.DocumentSelector = [...ID_LANGUAGES.map((language) => ({ language })), { pattern: '**/.env{,.*}' }];

export function registerFleetIds(context: vscode.ExtensionContext, deps: FleetIdsDeps): void {
  const ids = new FleetIdContext(deps.session, deps.logger);
  const stale = new StaleIds(ids.onDidChangeScope);
  context.subscriptions.push(ids, stale, vscode.languages.registerHoverProvider(SELECTOR, new FleetIdHover(ids, deps.logger)));
  const table: Record<string, Handler> = {
    [COMMAND.checkFleetIds]: (arg) => checkFleetIds({ ids, stale, logger: deps.logger }, arg),
    [COMMAND.copyFleetValue]: (arg) => copyFleetValue(arg),
  };
  for (const [id, handler] of Object.entries(table)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, deps.guard(id, handler)));
  }
}
