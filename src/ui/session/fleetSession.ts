// The current flinkey connection: restores it lazily from storage, signs in and out, switches customer,
// runs the demo, and follows other windows: the stored sign-in is one value, compared with the one held
// (signInSync.ts) whenever it may have changed.
import * as vscode from 'vscode';
import type { Logger } from '../../core/api/api';
import { FlinkeyClient } from '../../core/api/client';
import { FlinkeyError } from '../../core/api/errors';
import type { Customer, Token } from '../../core/api/models';
import { RENEW_BEFORE_MS } from '../../core/api/session';
import type { Account, Secrets, SignInArgs } from './account';
import type { CredentialStore } from './credentialStore';
import { SignInSync } from './signInSync';
import { decodeSignIn, encodeSignIn, sameSignIn } from './storedSignIn';

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
  private readonly sync: SignInSync;
  private readonly changed = new vscode.EventEmitter<Connection | undefined>();
  /** Fires whenever the connection is replaced: sign-in, sign-out, customer switch, another window. */
  readonly onDidChange = this.changed.event;
  private readonly renewed = new vscode.EventEmitter<Connection>();
  /** Fires when the connection's client got a new access token (the connection itself stays). */
  readonly onDidRenewToken = this.renewed.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly store: CredentialStore,
    private readonly logger: Logger,
    private readonly apiLogger: Logger,
  ) {
    this.sync = new SignInSync(store, (value) => this.adoptStored(value));
    this.subscription = store.onDidChange(
      () => void this.sync.changed().catch((e: unknown) => this.logger.warn(`Could not read the stored sign-in: ${String(e)}`)),
    );
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

  /**
   * What a new sign-in can start from: the current (or last working) URL and user name, and the API key
   * that goes with that URL — offered again only for that same environment.
   */
  signInDefaults(): { baseUrl?: string; username?: string; apiKey?: string; customerId?: string } {
    const account = this.current?.demo ? undefined : (this.current?.account ?? this.store.lastAccount);
    const key = this.current && !this.current.demo ? this.secrets?.apiKey : undefined;
    return {
      baseUrl: account?.baseUrl,
      username: account?.username,
      customerId: account?.customerId,
      apiKey: key && this.current?.account.baseUrl === account?.baseUrl ? key : undefined,
    };
  }

  /** The API of the connection, or a FlinkeyError('unauthorized') when signed out. */
  async api(): Promise<FlinkeyClient> {
    const connection = await this.ready();
    if (!connection) throw new FlinkeyError('unauthorized', vscode.l10n.t('Not signed in to flinkey. Sign in first.'));
    return connection.api;
  }

  /** Gets a token and the customer list. Nothing is stored until `finish`. */
  async authenticate(args: Omit<SignInArgs, 'customerId' | 'staySignedIn'>, signal?: AbortSignal): Promise<PendingSignIn> {
    const probe = new FlinkeyClient({ baseUrl: args.baseUrl, apiKey: args.apiKey, logger: this.apiLogger });
    const token = await probe.getToken(args.username, args.password, signal);
    const customers = await probe.getCustomers(signal);
    if (customers.length === 0) {
      throw new FlinkeyError('notFound', vscode.l10n.t('The API Manager "{0}" has no customers.', args.username), { subject: 'manager' });
    }
    return {
      customers,
      finish: async (customer, staySignedIn) => {
        const account: Account = { baseUrl: probe.baseUrl, username: args.username, customerId: customer.id, customerName: customer.name };
        const secrets: Secrets = { apiKey: args.apiKey, password: staySignedIn ? args.password : undefined, token };
        await this.closeDemo();
        // Used and held at once, then written once: what this window uses is what it holds.
        const connection = this.use(account, secrets, false);
        const stored = this.sync.write(encodeSignIn({ account, secrets }));
        await this.store.saveLastAccount(account);
        await stored;
        return connection;
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
    if (!connection || !this.secrets) throw new FlinkeyError('unauthorized', vscode.l10n.t('Not signed in to flinkey. Sign in first.'));
    const account: Account = { ...connection.account, customerId: customer.id, customerName: customer.name };
    const secrets = { ...this.secrets, token: connection.api.token ?? this.secrets.token };
    const switched = this.use(account, secrets, connection.demo);
    if (!connection.demo) {
      const stored = this.sync.write(encodeSignIn({ account, secrets }));
      await this.store.saveLastAccount(account);
      await stored;
    }
    return switched;
  }

  /** Removes the stored sign-in (and so every secret) and stops the demo. */
  async signOut(): Promise<void> {
    await this.ready();
    await this.closeDemo();
    this.set(undefined, undefined);
    await this.sync.write(undefined);
  }

  /** Stops the demo fleet (awaitable, for deactivate). */
  shutdown(): Promise<void> {
    return this.closeDemo();
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
    this.renewed.dispose();
    void this.closeDemo();
  }

  private async restore(): Promise<Connection | undefined> {
    try {
      await this.store.migrate();
      // The first look always differs from nothing held: adoptStored() takes what is stored.
      await this.sync.changed();
    } catch (e) {
      this.logger.error(`Could not restore the flinkey sign-in: ${e instanceof Error ? e.message : String(e)}`);
    }
    return this.current;
  }

  /** The stored sign-in differs from the one held: another window signed in, out, switched or renewed. */
  private adoptStored(value: string | undefined): void {
    // The demo is this window's own; a sign-in made meanwhile is restored on the next window load.
    if (this.current?.demo) return;
    const stored = decodeSignIn(value);
    const current = this.current;
    if (!stored) {
      if (current) {
        this.logger.info('Signed out in another window');
        this.set(undefined, undefined);
      }
      return;
    }
    const held = current && this.secrets ? { account: current.account, secrets: this.secrets } : undefined;
    const token = current?.api.token;
    if (held && sameSignIn(held, stored) && token && token.expiresAt - Date.now() > RENEW_BEFORE_MS) {
      // Only the token differs (another window renewed it) and ours still works: keep the connection.
      return;
    }
    this.logger.info(current ? 'The flinkey sign-in changed in another window' : 'Using the stored flinkey sign-in');
    this.use(stored.account, stored.secrets, false);
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
    const current = this.current;
    if (current?.api !== api || !this.secrets) return;
    this.secrets = { ...this.secrets, token };
    this.renewed.fire(current);
    this.sync
      .write(encodeSignIn({ account: current.account, secrets: this.secrets }))
      .catch((e) => this.logger.warn(`Could not store the renewed token: ${String(e)}`));
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

function pickCustomer(customers: Customer[], wanted: string | number | undefined): Customer {
  if (customers.length === 0) {
    throw new FlinkeyError('notFound', vscode.l10n.t('This API Manager has no customers.'), { subject: 'manager' });
  }
  if (wanted === undefined || wanted === '') return customers[0];
  const found = customers.find((c) => c.id === String(wanted).trim());
  if (!found) {
    throw new FlinkeyError('notFound', vscode.l10n.t("Customer {0} is not one of this API Manager's customers.", String(wanted)), {
      subject: 'manager',
    });
  }
  return found;
}
