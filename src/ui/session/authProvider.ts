// Shows the flinkey account in VS Code's Accounts menu, with sign-out. Sessions carry the access token, so
// every renewal is announced as a changed session: no other extension keeps using a replaced token.
import * as vscode from 'vscode';
import { AUTH_PROVIDER_ID } from '../../constants';
import type { Connection, FleetSession } from './fleetSession';

export class FlinkeyAuthProvider implements vscode.AuthenticationProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.AuthenticationProviderAuthenticationSessionsChangeEvent>();
  readonly onDidChangeSessions = this.changed.event;
  private last: vscode.AuthenticationSession | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly session: FleetSession,
    private readonly signInInteractively: () => Promise<Connection | undefined>,
  ) {
    this.subscriptions = [
      session.onDidChange((connection) => this.announce(connection)),
      session.onDidRenewToken((connection) => this.announce(connection)),
    ];
  }

  static register(session: FleetSession, signIn: () => Promise<Connection | undefined>): vscode.Disposable {
    const provider = new FlinkeyAuthProvider(session, signIn);
    const registration = vscode.authentication.registerAuthenticationProvider(AUTH_PROVIDER_ID, 'flinkey', provider, {
      supportsMultipleAccounts: false,
    });
    return vscode.Disposable.from(registration, provider);
  }

  async getSessions(): Promise<vscode.AuthenticationSession[]> {
    const connection = await this.session.ready();
    return connection ? [toAuthSession(connection)] : [];
  }

  async createSession(): Promise<vscode.AuthenticationSession> {
    const connection = await this.signInInteractively();
    if (!connection) throw new Error(vscode.l10n.t('Sign-in to flinkey was cancelled.'));
    return toAuthSession(connection);
  }

  async removeSession(): Promise<void> {
    await this.session.signOut();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
  }

  private announce(connection: Connection | undefined): void {
    const next = connection ? toAuthSession(connection) : undefined;
    const previous = this.last;
    this.last = next;
    if (previous && next && previous.id === next.id) this.changed.fire({ added: [], removed: [], changed: [next] });
    else this.changed.fire({ added: next ? [next] : [], removed: previous ? [previous] : [], changed: [] });
  }
}

function toAuthSession(connection: Connection): vscode.AuthenticationSession {
  const { account, demo } = connection;
  const id = `${account.baseUrl}#${account.username}`;
  return {
    id,
    accessToken: connection.api.token?.accessToken ?? '',
    account: {
      id,
      label: demo ? vscode.l10n.t('{0} (demo fleet)', account.username) : `${account.username} @ ${new URL(account.baseUrl).host}`,
    },
    scopes: [],
  };
}
