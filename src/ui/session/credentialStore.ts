// Where a sign-in lives between sessions: secrets in SecretStorage, the rest in globalState.
import * as vscode from 'vscode';
import { SECRET, STATE } from '../../constants';
import type { Token } from '../../core/api/models';
import { isAccount, parseStoredToken, type Account, type Secrets } from './account';

const OUR_KEYS: readonly string[] = Object.values(SECRET);

export class CredentialStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<string>();
  /** Fires with the secret key when one of ours changed, in this window or another one. */
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly secrets: vscode.SecretStorage,
    private readonly state: vscode.Memento,
  ) {
    this.subscription = secrets.onDidChange((e) => {
      if (OUR_KEYS.includes(e.key)) this.changed.fire(e.key);
    });
  }

  get account(): Account | undefined {
    const value = this.state.get<unknown>(STATE.account);
    return isAccount(value) ? value : undefined;
  }

  /** The stored sign-in, or undefined when there is none (or it is incomplete). */
  async load(): Promise<{ account: Account; secrets: Secrets } | undefined> {
    const account = this.account;
    const [apiKey, password, token] = await Promise.all([
      this.secrets.get(SECRET.apiKey),
      this.secrets.get(SECRET.password),
      this.secrets.get(SECRET.token),
    ]);
    if (!account || !apiKey) return undefined;
    return { account, secrets: { apiKey, password: password || undefined, token: parseStoredToken(token) } };
  }

  async save(account: Account, secrets: Secrets): Promise<void> {
    await this.saveAccount(account);
    await this.secrets.store(SECRET.apiKey, secrets.apiKey);
    if (secrets.password) await this.secrets.store(SECRET.password, secrets.password);
    else await this.secrets.delete(SECRET.password);
    if (secrets.token) await this.saveToken(secrets.token);
    else await this.secrets.delete(SECRET.token);
  }

  async saveAccount(account: Account): Promise<void> {
    await this.state.update(STATE.account, account);
  }

  async saveToken(token: Token): Promise<void> {
    await this.secrets.store(SECRET.token, JSON.stringify({ accessToken: token.accessToken, expiresAt: token.expiresAt }));
  }

  /** Removes every secret; the account (no secrets) stays so the next sign-in can offer its URL and user name. */
  async clear(): Promise<void> {
    await Promise.all(OUR_KEYS.map((key) => this.secrets.delete(key)));
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
