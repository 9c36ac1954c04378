// The one call extension.ts makes for fleet ids in code: the hover, Check Fleet IDs in File and the Copy links.
import * as vscode from 'vscode';
import type { Logger } from '../../core/api/api';
import type { Handler } from '../commands/commandTable';
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
}

const SELECTOR: vscode.DocumentSelector = [...ID_LANGUAGES.map((language) => ({ language })), { pattern: '**/.env{,.*}' }];

/** Registers the hover and returns the handlers of its two commands for the one command table. */
export function registerFleetIds(
  context: vscode.ExtensionContext,
  deps: FleetIdsDeps,
): { checkFleetIds: Handler; copyFleetValue: Handler } {
  const ids = new FleetIdContext(deps.session, deps.logger);
  const stale = new StaleIds(ids.onDidChangeScope);
  context.subscriptions.push(ids, stale, vscode.languages.registerHoverProvider(SELECTOR, new FleetIdHover(ids, deps.logger)));
  return {
    checkFleetIds: (arg) => checkFleetIds({ ids, stale, logger: deps.logger }, arg),
    copyFleetValue: (arg) => copyFleetValue(arg),
  };
}
