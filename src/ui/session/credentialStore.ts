// Where a sign-in lives between sessions: account and secrets as one SecretStorage value (written whole,
// so another window never reads half of it); the last account that worked, without secrets, in globalState.
import * as vscode from 'vscode';
import { LEGACY_SECRET, SECRET, STATE } from '../../constants';
import { isAccount, parseStoredToken, type Account } from './account';
import type { StoredValue } from './signInSync';
import { encodeSignIn } from './storedSignIn';

export class CredentialStore implements StoredValue, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the stored sign-in changed, in this window or another one. */
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly secrets: vscode.SecretStorage,
    private readonly state: vscode.Memento,
  ) {
    this.subscription = secrets.onDidChange((e) => {
      if (e.key === SECRET.signIn) this.changed.fire();
    });
  }

  /** The last account that signed in successfully (kept after sign-out, for the next sign-in's defaults). */
  get lastAccount(): Account | undefined {
    const value = this.state.get<unknown>(STATE.account);
    return isAccount(value) ? value : undefined;
  }

  saveLastAccount(account: Account): Thenable<void> {
    return this.state.update(STATE.account, account);
  }

  read(): Promise<string | undefined> {
    return Promise.resolve(this.secrets.get(SECRET.signIn));
  }

  async write(value: string | undefined): Promise<void> {
    if (value === undefined) await this.secrets.delete(SECRET.signIn);
    else await this.secrets.store(SECRET.signIn, value);
  }

  /** Moves a sign-in stored by an earlier version (separate values) into the one value, once. */
  async migrate(): Promise<void> {
    const [apiKey, password, token] = await Promise.all(Object.values(LEGACY_SECRET).map((key) => this.secrets.get(key)));
    if (apiKey === undefined && password === undefined && token === undefined) return;
    const account = this.lastAccount;
    if (apiKey && account && (await this.secrets.get(SECRET.signIn)) === undefined) {
      await this.write(encodeSignIn({ account, secrets: { apiKey, password: password || undefined, token: parseStoredToken(token) } }));
    }
    await Promise.all(Object.values(LEGACY_SECRET).map((key) => this.secrets.delete(key)));
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
