// The plumbing under FlinkeyClient: shared state, headers, tokens, URLs and the error guard.
// client.ts holds the endpoints on top of it.
import * as l10n from '@vscode/l10n';
import { toQueryString } from '../odata';
import { silentLogger, type Logger, type QueryOptions, type RequestOptions } from './api';
import { validateBaseUrl } from './baseUrl';
import { FlinkeyError, isFlinkeyError } from './errors';
import type { Token } from './models';
import { Redactor } from './redact';
import { Transport } from './http';
import { TokenSession } from './session';
import { parseToken } from './validate';

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
}

/** What the requests of a client share. */
export interface SharedState {
  baseUrl: string;
  apiKey: string;
  redactor: Redactor;
  logger: Logger;
  transport: Transport;
  session: TokenSession;
}

export interface GetOptions extends RequestOptions {
  /** Send the Customer-ID header (every data endpoint except /customers and /brands…). */
  withCustomer: boolean;
  /** Query parameters beyond the five OData options, already encoded (e.g. `$expand=keyForm`). */
  extra?: string;
}

export class ClientBase {
  readonly baseUrl: string;
  readonly customerId: string | undefined;
  protected readonly shared: SharedState;

  constructor(opts: ClientOptions) {
    this.customerId = checkCustomerId(opts.customerId);
    this.shared = createShared(opts);
    this.baseUrl = this.shared.baseUrl;
  }

  /** The token in use, if any (renewals update it). */
  get token(): Token | undefined {
    return this.shared.session.token;
  }

  /** A GET with the Customer-ID header. */
  protected data(path: string, opts: RequestOptions | undefined): Promise<unknown> {
    return this.get(path, { ...opts, withCustomer: true });
  }

  /** A GET with a usable token; on "token missing or invalid" one renewal (password at hand) and one retry. */
  protected async get(path: string, opts: GetOptions): Promise<unknown> {
    const { transport, session } = this.shared;
    const deadlineAt = Date.now() + transport.deadlineMs;
    if (opts.withCustomer && this.customerId === undefined) {
      throw new FlinkeyError('config', l10n.t('No flinkey customer is selected. Choose a customer first.'));
    }
    const url = this.url(path, opts.query, opts.extra);
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

  private url(path: string, query: QueryOptions | undefined, extra: string | undefined): string {
    let qs = '';
    if (query) {
      try {
        qs = toQueryString(query);
      } catch (e) {
        if (isFlinkeyError(e)) throw e;
        throw new FlinkeyError('badRequest', l10n.t('The OData query is not valid: {0}', e instanceof Error ? e.message : String(e)));
      }
    }
    if (extra) qs = qs ? `${qs}&${extra}` : extra;
    return qs ? `${this.baseUrl}${path}?${qs}` : `${this.baseUrl}${path}`;
  }

  /** Every error leaving the client is a FlinkeyError with known secrets redacted. */
  protected async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      const error = isFlinkeyError(e)
        ? e
        : new FlinkeyError('network', l10n.t('Unexpected failure talking to flinkey: {0}', e instanceof Error ? e.message : String(e)));
      throw this.shared.redactor.error(error);
    }
  }
}

function createShared(opts: ClientOptions): SharedState {
  const baseUrl = validateBaseUrl(opts.baseUrl);
  if (!opts.apiKey || !opts.apiKey.trim()) {
    throw new FlinkeyError('config', l10n.t('No flinkey-API-Key is set. Copy it from the Developer page of the flinkey Portal.'));
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
export async function postToken(
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
  return parseToken(json);
}

function checkCustomerId(customerId: string | undefined): string | undefined {
  if (customerId === undefined) return undefined;
  const trimmed = String(customerId).trim();
  if (!/^\d+$/.test(trimmed)) {
    throw new FlinkeyError('config', l10n.t('The Customer-ID must be a whole number, not "{0}".', trimmed));
  }
  return trimmed;
}

/** A path id: a whole number, or a badRequest before anything is sent. */
export function id(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new FlinkeyError('badRequest', l10n.t('{0} must be a whole number, not {1}.', name, String(value)));
  }
  return value;
}

/** A $select was sent, so records may lack fields. */
export function partial(opts: RequestOptions | undefined): boolean {
  return !!opts?.query?.select;
}
