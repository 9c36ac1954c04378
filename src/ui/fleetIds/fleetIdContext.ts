// What the hover and the check share: one resolver (cache) per environment and customer, the user's patterns,
// and the gates — no look-up while signed out or in a workspace the user has not trusted.
import * as vscode from 'vscode';
import type { Logger } from '../../core/api/api';
import { FlinkeyError } from '../../core/api/errors';
import { compilePatterns, FleetIdResolver, type IdPattern, type RecogniseOptions } from '../../core/fleetIds';
import { SETTING } from '../../constants';
import type { Connection, FleetSession } from '../session/fleetSession';
import { allowsBareValues } from './languages';

/** Customers switched between keep their caches; a few are enough. */
const KEPT_SCOPES = 4;

export interface Lookups {
  connection: Connection;
  resolver: FleetIdResolver;
}

export class FleetIdContext implements vscode.Disposable {
  private readonly resolvers = new Map<string, FleetIdResolver>();
  private patterns: IdPattern[] = [];
  private scope: string | undefined;
  private readonly subscriptions: vscode.Disposable[];
  private readonly scopeChanged = new vscode.EventEmitter<void>();
  /** Fires on sign-in, sign-out and customer switch: earlier answers speak of another fleet. */
  readonly onDidChangeScope = this.scopeChanged.event;

  constructor(
    private readonly session: FleetSession,
    private readonly logger: Logger,
  ) {
    this.readPatterns(false);
    this.scope = session.connection && scopeOf(session.connection);
    this.subscriptions = [
      this.scopeChanged,
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SETTING.section}.${SETTING.fleetIdPatterns}`)) this.readPatterns(true);
      }),
      session.onDidChange((connection) => {
        // A renewed token keeps the scope; only another environment, customer or a sign-out changes it.
        const scope = connection && scopeOf(connection);
        if (scope === this.scope) return;
        this.scope = scope;
        if (!connection) this.clear();
        this.scopeChanged.fire();
      }),
    ];
  }

  /** The look-ups of the current connection; undefined while signed out or untrusted (nothing may be sent then). */
  async lookups(): Promise<Lookups | undefined> {
    if (!vscode.workspace.isTrusted) return undefined;
    const connection = await this.session.ready();
    if (!connection) return undefined;
    const scope = scopeOf(connection);
    let resolver = this.resolvers.get(scope);
    if (resolver) {
      this.resolvers.delete(scope); // re-inserted: most recently used last
    } else {
      resolver = new FleetIdResolver(() => this.apiFor(scope));
    }
    this.resolvers.set(scope, resolver);
    for (const [old, r] of this.resolvers) {
      if (this.resolvers.size <= KEPT_SCOPES) break;
      r.dispose();
      this.resolvers.delete(old);
    }
    return { connection, resolver };
  }

  /** Like lookups(), but says why not: for the command, which the user asked for. */
  async requireLookups(): Promise<Lookups> {
    if (!vscode.workspace.isTrusted) {
      throw new Error(vscode.l10n.t('Fleet ids are not looked up in Restricted Mode. Trust this workspace to check them.'));
    }
    const lookups = await this.lookups();
    if (!lookups) throw new FlinkeyError('unauthorized', vscode.l10n.t('Sign in to flinkey to check fleet ids against your fleet.'));
    return lookups;
  }

  recogniseOptions(document: vscode.TextDocument): RecogniseOptions {
    return { bareValues: allowsBareValues(document.languageId, document.fileName), patterns: this.patterns };
  }

  hoverEnabled(): boolean {
    return vscode.workspace.getConfiguration(SETTING.section).get<boolean>(SETTING.fleetIdHover, true) !== false;
  }

  dispose(): void {
    this.clear();
    for (const s of this.subscriptions) s.dispose();
  }

  /** The current connection's client, as long as it still serves this scope. */
  private apiFor(scope: string) {
    const connection = this.session.connection;
    if (!connection || scopeOf(connection) !== scope) {
      return Promise.reject(new FlinkeyError('cancelled', vscode.l10n.t('The flinkey customer changed during the look-up.')));
    }
    return Promise.resolve(connection.api);
  }

  private clear(): void {
    for (const r of this.resolvers.values()) r.dispose();
    this.resolvers.clear();
  }

  private readPatterns(announce: boolean): void {
    const setting = vscode.workspace.getConfiguration(SETTING.section).get<unknown>(SETTING.fleetIdPatterns);
    const { patterns, problems } = compilePatterns(setting);
    this.patterns = patterns;
    if (problems.length === 0) return;
    const key = `${SETTING.section}.${SETTING.fleetIdPatterns}`;
    for (const p of problems) this.logger.warn(`${key}: ${p}`);
    if (!announce) return;
    const open = vscode.l10n.t('Open Settings');
    void vscode.window.showWarningMessage(`${key}: ${problems.join(' ')}`, open).then((chosen) => {
      if (chosen === open) void vscode.commands.executeCommand('workbench.action.openSettings', key);
    });
  }
}

export function scopeOf(connection: Connection): string {
  return `${connection.account.baseUrl}|${connection.account.customerId}`;
}
