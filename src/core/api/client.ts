// The flinkey API v3 client: headers, tokens, OData pass-through and validation on top of the transport.
import type fetch from 'node-fetch';
import { toQueryString } from '../odata';
import { silentLogger, type FlinkeyApi, type Logger, type QueryOptions, type RequestOptions } from './api';
import { validateBaseUrl } from './baseUrl';
import { FlinkeyError, isFlinkeyError } from './errors';
import type { Car, Customer, Product, Service, Token } from './models';
import { Redactor } from './redact';
import { Transport } from './http';
import { TokenSession } from './session';
import * as parse from './validate';

export interface ClientOptions {
  baseUrl: string;
  apiKey: string;
  customerId?: string;
  token?: Token;
  /** With username and password the client gets and renews tokens itself. */
  username?: string;
  password?: string;
  /** Called after every new token, e.g. to persist it. */
  onToken?: (token: Token) => void;
  timeoutMs?: number;
  deadlineMs?: number;
  maxAttempts?: number;
  maxInFlight?: number;
  logger?: Logger;
  fetchImpl?: typeof fetch;
}

/** What a client shares with its withCustomer() siblings. */
export interface SharedState {
  baseUrl: string;
  apiKey: string;
  redactor: Redactor;
  logger: Logger;
  transport: Transport;
  session: TokenSession;
}

export type QueryCollection = parse.Collection;

interface GetOptions extends RequestOptions {
  withCustomer: boolean;
}

export class FlinkeyClient implements FlinkeyApi {
  readonly baseUrl: string;
  readonly customerId: string | undefined;
  private readonly shared: SharedState;

  /** `shared` is only passed by withCustomer(). */
  constructor(opts: ClientOptions, shared?: SharedState) {
    this.customerId = checkCustomerId(opts.customerId);
    this.shared = shared ?? createShared(opts);
    this.baseUrl = this.shared.baseUrl;
  }

  /** Same transport, key and token; another Customer-ID. */
  withCustomer(customerId: string): FlinkeyClient {
    return new FlinkeyClient({ baseUrl: this.baseUrl, apiKey: '', customerId }, this.shared);
  }

  /** The token in use, if any (renewals update it). */
  get token(): Token | undefined {
    return this.shared.session.token;
  }

  getToken(username: string, password: string, signal?: AbortSignal): Promise<Token> {
    this.shared.redactor.add(password);
    return this.guard(async () => {
      const deadlineAt = Date.now() + this.shared.transport.deadlineMs;
      const token = await postToken(this.shared, username, password, deadlineAt, signal);
      this.shared.session.adopt(token);
      return token;
    });
  }

  getCustomers(signal?: AbortSignal): Promise<Customer[]> {
    return this.guard(async () => parse.parseCustomers(await this.get('/customers', { signal, withCustomer: false })));
  }

  getProducts(opts?: RequestOptions): Promise<Product[]> {
    return this.guard(async () => parse.parseProducts(await this.data('/products', opts), partial(opts)));
  }

  getProduct(productId: number, opts?: RequestOptions): Promise<Product> {
    return this.guard(async () => parse.parseProduct(await this.data(`/products/${id(productId, 'productId')}`, opts), partial(opts)));
  }

  getProductService(productId: number, opts?: RequestOptions): Promise<Service> {
    return this.guard(async () =>
      parse.parseService(await this.data(`/products/${id(productId, 'productId')}/services`, opts), partial(opts)),
    );
  }

  getProductCar(productId: number, opts?: RequestOptions): Promise<Car> {
    return this.guard(async () => parse.parseCar(await this.data(`/products/${id(productId, 'productId')}/cars`, opts), partial(opts)));
  }

  getServices(opts?: RequestOptions): Promise<Service[]> {
    return this.guard(async () => parse.parseServices(await this.data('/services', opts), partial(opts)));
  }

  getService(serviceId: number, opts?: RequestOptions): Promise<Service> {
    return this.guard(async () => parse.parseService(await this.data(`/services/${id(serviceId, 'serviceId')}`, opts), partial(opts)));
  }

  getServiceProduct(serviceId: number, opts?: RequestOptions): Promise<Product> {
    return this.guard(async () =>
      parse.parseProduct(await this.data(`/services/${id(serviceId, 'serviceId')}/products`, opts), partial(opts)),
    );
  }

  /** For the query feature: rows as sent (documented fields only, types checked); partial when `select` is set. */
  query(collection: QueryCollection, query: QueryOptions, signal?: AbortSignal): Promise<Record<string, unknown>[]> {
    return this.guard(async () => {
      if (collection !== 'products' && collection !== 'services') {
        throw new FlinkeyError('config', `Only products and services can be queried, not "${String(collection)}".`);
      }
      const body = await this.data(`/${collection}`, { query, signal });
      return parse.parseRows(collection, body, !!query.select);
    });
  }

  private data(path: string, opts: RequestOptions | undefined): Promise<unknown> {
    return this.get(path, { ...opts, withCustomer: true });
  }

  /** A GET with a usable token; on "token missing or invalid" one renewal (password at hand) and one retry. */
  private async get(path: string, opts: GetOptions): Promise<unknown> {
    const { transport, session } = this.shared;
    const deadlineAt = Date.now() + transport.deadlineMs;
    if (opts.withCustomer && this.customerId === undefined) {
      throw new FlinkeyError('config', 'No flinkey customer is selected. Choose a customer first.');
    }
    const url = this.url(path, opts.query);
    const send = (token: Token) =>
      transport.request({ method: 'GET', url, headers: this.headers(token, opts.withCustomer), signal: opts.signal, deadlineAt });
    const token = await session.usable(opts.signal, deadlineAt);
    try {
      return await send(token);
    } catch (e) {
      if (!isFlinkeyError(e, 'unauthorized') || !session.canRenew) {
        throw e;
      }
      this.shared.logger.debug('The access token was rejected; renewing it once');
      return send(await session.replace(token, opts.signal, deadlineAt));
    }
  }

  private headers(token: Token, withCustomer: boolean): Record<string, string> {
    const headers: Record<string, string> = {
      'flinkey-API-Key': this.shared.apiKey,
      Authorization: `Bearer ${token.accessToken}`,
      Accept: 'application/json',
    };
    if (withCustomer && this.customerId !== undefined) {
      headers['Customer-ID'] = this.customerId;
    }
    return headers;
  }

  private url(path: string, query: QueryOptions | undefined): string {
    let qs = '';
    if (query) {
      try {
        qs = toQueryString(query);
      } catch (e) {
        if (isFlinkeyError(e)) throw e;
        throw new FlinkeyError('badRequest', `The OData query is not valid: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    return qs ? `${this.baseUrl}${path}?${qs}` : `${this.baseUrl}${path}`;
  }

  /** Every error leaving the client is a FlinkeyError with known secrets redacted. */
  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      const error = isFlinkeyError(e)
        ? e
        : new FlinkeyError('network', `Unexpected failure talking to flinkey: ${e instanceof Error ? e.message : String(e)}`);
      throw this.shared.redactor.error(error);
    }
  }
}

function createShared(opts: ClientOptions): SharedState {
  const baseUrl = validateBaseUrl(opts.baseUrl);
  if (!opts.apiKey || !opts.apiKey.trim()) {
    throw new FlinkeyError('config', 'No flinkey-API-Key is set. Copy it from the Developer page of the flinkey Portal.');
  }
  const redactor = new Redactor();
  redactor.add(opts.apiKey);
  redactor.add(opts.password);
  const logger = redactor.logger(opts.logger ?? silentLogger);
  const transport = new Transport({ ...opts, logger, mask: (text) => redactor.redact(text) });
  const shared: SharedState = { baseUrl, apiKey: opts.apiKey, redactor, logger, transport, session: undefined as never };
  shared.session = new TokenSession({
    token: opts.token,
    username: opts.username,
    password: opts.password,
    onToken: opts.onToken,
    redactor,
    logger,
    deadlineMs: transport.deadlineMs,
    // Renewals run for whoever waits, so they carry no caller signal.
    fetchToken: (username, password, deadlineAt) => postToken(shared, username, password, deadlineAt),
  });
  return shared;
}

/** POST /oauth2/token with the password grant; never retried, its body is never logged. */
async function postToken(
  shared: SharedState,
  username: string,
  password: string,
  deadlineAt: number,
  signal?: AbortSignal,
): Promise<Token> {
  const json = await shared.transport.request({
    method: 'POST',
    url: `${shared.baseUrl}/oauth2/token`,
    headers: {
      'flinkey-API-Key': shared.apiKey,
      'Content-Type': 'application/x-www-form-urlencoded',
      Accept: 'application/json',
    },
    body: new URLSearchParams({ username, password, grant_type: 'password' }).toString(),
    signal,
    deadlineAt,
  });
  return parse.parseToken(json);
}

function checkCustomerId(customerId: string | undefined): string | undefined {
  if (customerId === undefined) return undefined;
  const trimmed = String(customerId).trim();
  if (!/^\d+$/.test(trimmed)) {
    throw new FlinkeyError('config', `The Customer-ID must be a whole number, not "${trimmed}".`);
  }
  return trimmed;
}

function id(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new FlinkeyError('badRequest', `${name} must be a whole number, not ${String(value)}.`);
  }
  return value;
}

function partial(opts: RequestOptions | undefined): boolean {
  return !!opts?.query?.select;
}
