// The current flinkey connection: restores it lazily from storage, signs in and out, switches customer,
// runs the demo, and follows other windows through SecretStorage change events.
import * as vscode from 'vscode';
import type { Logger } from '../../core/api/api';
import { FlinkeyClient } from '../../core/api/client';
import { FlinkeyError } from '../../core/api/errors';
import type { Customer, Token } from '../../core/api/models';
import type { Account, Secrets, SignInArgs } from './account';
import type { CredentialStore } from './credentialStore';

export interface Connection {
  readonly account: Account;
  readonly demo: boolean;
  readonly api: FlinkeyClient;
  /** True when expired tokens are renewed with a stored password. */
  readonly canRenew: boolean;
}

/** A running local flinkey server the demo connects to. */
export interface DemoServer {
  baseUrl: string;
  apiKey: string;
  username: string;
  password: string;
  customerId?: string | number;
  close(): Promise<void> | void;
}

/** Token obtained and customers listed; `finish` picks the customer and makes it the connection. */
export interface PendingSignIn {
  customers: Customer[];
  finish(customer: Customer, staySignedIn: boolean): Promise<Connection>;
}

export class FleetSession implements vscode.Disposable {
  private current: Connection | undefined;
  private secrets: Secrets | undefined;
  private demoServer: DemoServer | undefined;
  private restored: Promise<Connection | undefined> | undefined;
  private writing = 0;
  private reloadTimer: NodeJS.Timeout | undefined;
  private readonly changed = new vscode.EventEmitter<Connection | undefined>();
  /** Fires whenever the connection is replaced: sign-in, sign-out, customer switch, another window. */
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly store: CredentialStore,
    private readonly logger: Logger,
    private readonly apiLogger: Logger,
  ) {
    this.subscription = store.onDidChange(() => this.scheduleReload());
  }

  /** The connection if it is already known (no waiting). */
  get connection(): Connection | undefined {
    return this.current;
  }

  /** The connection, restoring the stored sign-in the first time. */
  ready(): Promise<Connection | undefined> {
    this.restored ??= this.restore();
    return this.restored;
  }

  /** What a new sign-in can start from: the current (or last) URL, user name and API key. */
  signInDefaults(): { baseUrl?: string; username?: string; apiKey?: string; customerId?: string } {
    const account = this.current?.demo ? undefined : (this.current?.account ?? this.store.account);
    return {
      baseUrl: account?.baseUrl,
      username: account?.username,
      customerId: account?.customerId,
      apiKey: this.current && !this.current.demo ? this.secrets?.apiKey : undefined,
    };
  }

  /** The API of the connection, or a FlinkeyError('unauthorized') when signed out. */
  async api(): Promise<FlinkeyClient> {
    const connection = await this.ready();
    if (!connection) throw new FlinkeyError('unauthorized', 'Not signed in to flinkey. Sign in first.');
    return connection.api;
  }

  /** Gets a token and the customer list. Nothing is stored until `finish`. */
  async authenticate(args: Omit<SignInArgs, 'customerId' | 'staySignedIn'>, signal?: AbortSignal): Promise<PendingSignIn> {
    const probe = new FlinkeyClient({ baseUrl: args.baseUrl, apiKey: args.apiKey, logger: this.apiLogger });
    const token = await probe.getToken(args.username, args.password, signal);
    const customers = await probe.getCustomers(signal);
    if (customers.length === 0) {
      throw new FlinkeyError('notFound', `The API Manager "${args.username}" has no customers.`, { subject: 'manager' });
    }
    return {
      customers,
      finish: async (customer, staySignedIn) => {
        const account: Account = { baseUrl: probe.baseUrl, username: args.username, customerId: customer.id, customerName: customer.name };
        const secrets: Secrets = { apiKey: args.apiKey, password: staySignedIn ? args.password : undefined, token };
        await this.closeDemo();
        await this.writes(() => this.store.save(account, secrets));
        return this.use(account, secrets, false);
      },
    };
  }

  /** Signs in without prompts: the given customer, else the first one. */
  async signIn(args: SignInArgs): Promise<Connection> {
    const pending = await this.authenticate(args);
    const customer = pickCustomer(pending.customers, args.customerId);
    return pending.finish(customer, args.staySignedIn === true);
  }

  /** Connects to a running demo server; nothing is stored, and the server stops with the connection. */
  async enterDemo(server: DemoServer): Promise<Connection> {
    try {
      const probe = new FlinkeyClient({ baseUrl: server.baseUrl, apiKey: server.apiKey, logger: this.apiLogger });
      const token = await probe.getToken(server.username, server.password);
      const customer = pickCustomer(await probe.getCustomers(), server.customerId);
      await this.closeDemo();
      this.demoServer = server;
      const account: Account = { baseUrl: probe.baseUrl, username: server.username, customerId: customer.id, customerName: customer.name };
      return this.use(account, { apiKey: server.apiKey, password: server.password, token }, true);
    } catch (e) {
      if (this.demoServer !== server) await server.close();
      throw e;
    }
  }

  async customers(signal?: AbortSignal): Promise<Customer[]> {
    return (await this.api()).getCustomers(signal);
  }

  async switchCustomer(customer: Customer): Promise<Connection> {
    const connection = await this.ready();
    if (!connection || !this.secrets) throw new FlinkeyError('unauthorized', 'Not signed in to flinkey. Sign in first.');
    const account: Account = { ...connection.account, customerId: customer.id, customerName: customer.name };
    if (!connection.demo) await this.writes(() => this.store.saveAccount(account));
    const secrets = { ...this.secrets, token: connection.api.token ?? this.secrets.token };
    return this.use(account, secrets, connection.demo);
  }

  /** Removes every secret and stops the demo. */
  async signOut(): Promise<void> {
    await this.ready();
    await this.closeDemo();
    await this.writes(() => this.store.clear());
    this.set(undefined, undefined);
  }

  /** Stops the demo fleet (awaitable, for deactivate). */
  shutdown(): Promise<void> {
    return this.closeDemo();
  }

  dispose(): void {
    clearTimeout(this.reloadTimer);
    this.subscription.dispose();
    this.changed.dispose();
    void this.closeDemo();
  }

  private async restore(): Promise<Connection | undefined> {
    try {
      const stored = await this.store.load();
      if (stored && !this.current) this.use(stored.account, stored.secrets, false);
    } catch (e) {
      this.logger.error(`Could not restore the flinkey sign-in: ${e instanceof Error ? e.message : String(e)}`);
    }
    return this.current;
  }

  private use(account: Account, secrets: Secrets, demo: boolean): Connection {
    const api = new FlinkeyClient({
      baseUrl: account.baseUrl,
      apiKey: secrets.apiKey,
      customerId: account.customerId,
      token: secrets.token,
      username: account.username,
      password: secrets.password,
      onToken: demo ? undefined : (token) => this.persistToken(api, token),
      logger: this.apiLogger,
    });
    const connection: Connection = { account, demo, api, canRenew: !!secrets.password };
    this.set(connection, secrets);
    this.logger.info(
      `Signed in as ${account.username} at ${account.baseUrl}, customer ${account.customerName} (${account.customerId})${demo ? ' [demo]' : ''}`,
    );
    return connection;
  }

  private set(connection: Connection | undefined, secrets: Secrets | undefined): void {
    this.current = connection;
    this.secrets = secrets;
    this.restored = Promise.resolve(connection);
    this.changed.fire(connection);
  }

  private persistToken(api: FlinkeyClient, token: Token): void {
    if (this.current?.api !== api || !this.secrets) return;
    this.secrets = { ...this.secrets, token };
    this.writes(() => this.store.saveToken(token)).catch((e) => this.logger.warn(`Could not store the renewed token: ${String(e)}`));
  }

  private async writes<T>(work: () => Promise<T>): Promise<T> {
    this.writing++;
    try {
      return await work();
    } finally {
      // Our own writes echo back as change events; let them pass before listening again.
      setTimeout(() => this.writing--, 300);
    }
  }

  private scheduleReload(): void {
    clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => void this.reload(), 150);
  }

  /** Another window signed in, out, or renewed the token: follow it. The demo is this window's own. */
  private async reload(): Promise<void> {
    if (this.writing > 0) {
      this.scheduleReload();
      return;
    }
    if (this.current?.demo || !this.restored) return;
    const stored = await this.store.load();
    const current = this.current;
    if (!stored) {
      if (current) {
        this.logger.info('Signed out in another window');
        this.set(undefined, undefined);
      }
      return;
    }
    const same =
      current &&
      this.secrets &&
      sameAccount(current.account, stored.account) &&
      this.secrets.apiKey === stored.secrets.apiKey &&
      this.secrets.password === stored.secrets.password;
    const tokenUsable = !!current?.api.token && current.api.token.expiresAt > Date.now() + 30_000;
    if (same && (tokenUsable || stored.secrets.token?.accessToken === current?.api.token?.accessToken)) return;
    this.logger.info('The flinkey sign-in changed in another window');
    this.use(stored.account, stored.secrets, false);
  }

  private async closeDemo(): Promise<void> {
    const server = this.demoServer;
    this.demoServer = undefined;
    if (server) {
      try {
        await server.close();
        this.logger.info('Demo fleet stopped');
      } catch (e) {
        this.logger.warn(`Could not stop the demo fleet: ${String(e)}`);
      }
    }
  }
}

function sameAccount(a: Account, b: Account): boolean {
  return a.baseUrl === b.baseUrl && a.username === b.username && a.customerId === b.customerId;
}

function pickCustomer(customers: Customer[], wanted: string | number | undefined): Customer {
  if (customers.length === 0) throw new FlinkeyError('notFound', 'This API Manager has no customers.', { subject: 'manager' });
  if (wanted === undefined || wanted === '') return customers[0];
  const found = customers.find((c) => c.id === String(wanted).trim());
  if (!found) {
    throw new FlinkeyError('notFound', `Customer ${String(wanted)} is not one of this API Manager's customers.`, { subject: 'manager' });
  }
  return found;
}
