// The access token a client's requests share, with one renewal in flight at a time.
import * as l10n from '@vscode/l10n';
import type { Logger } from './api';
import { FlinkeyError } from './errors';
import type { Token } from './models';
import type { Redactor } from './redact';
import { race } from './timing';

/** Tokens closer than this to expiry are renewed before use (when the password is at hand). */
export const RENEW_BEFORE_MS = 30_000;

export interface SessionOptions {
  token?: Token;
  username?: string;
  password?: string;
  onToken?: (token: Token) => void;
  redactor: Redactor;
  logger: Logger;
  deadlineMs: number;
  /** Performs POST /oauth2/token; the session adopts the result. */
  fetchToken: (username: string, password: string, deadlineAt: number) => Promise<Token>;
}

export class TokenSession {
  private current: Token | undefined;
  private renewal: Promise<Token> | undefined;

  constructor(private readonly opts: SessionOptions) {
    opts.redactor.add(opts.password);
    if (opts.token) {
      opts.redactor.add(opts.token.accessToken);
      this.current = opts.token;
    }
  }

  get token(): Token | undefined {
    return this.current;
  }

  get canRenew(): boolean {
    return !!this.opts.username && !!this.opts.password;
  }

  /** Stores a new token, registers it for redaction and tells the owner so it can persist it. */
  adopt(token: Token): void {
    this.opts.redactor.add(token.accessToken);
    this.current = token;
    try {
      this.opts.onToken?.(token);
    } catch (e) {
      this.opts.logger.warn(`onToken callback failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** A token fit for a data call, renewed first if it is missing or about to expire and a password is known. */
  async usable(signal: AbortSignal | undefined, deadlineAt: number): Promise<Token> {
    const token = this.current;
    const now = Date.now();
    if (token && token.expiresAt - now > RENEW_BEFORE_MS) {
      return token;
    }
    if (this.canRenew) {
      return this.renew(signal, deadlineAt);
    }
    if (token && token.expiresAt > now) {
      return token;
    }
    throw new FlinkeyError(
      'unauthorized',
      token
        ? l10n.t('The flinkey access token has expired. Sign in again.')
        : l10n.t('Not signed in to flinkey: there is no access token. Sign in first.'),
    );
  }

  /** After the server rejected `rejected`: use a newer token if another request already got one, else renew. */
  async replace(rejected: Token, signal: AbortSignal | undefined, deadlineAt: number): Promise<Token> {
    const token = this.current;
    if (token && token.accessToken !== rejected.accessToken && token.expiresAt - Date.now() > RENEW_BEFORE_MS) {
      return token;
    }
    return this.renew(signal, deadlineAt);
  }

  /** Joins the renewal in flight or starts one; a caller giving up does not cancel it for the others. */
  private renew(signal: AbortSignal | undefined, deadlineAt: number): Promise<Token> {
    if (!this.renewal) {
      const { username, password } = this.opts;
      if (!username || !password) {
        return Promise.reject(
          new FlinkeyError('unauthorized', l10n.t('The flinkey access token is invalid and no password is stored. Sign in again.')),
        );
      }
      this.opts.logger.debug('Renewing the flinkey access token');
      const pending = this.opts.fetchToken(username, password, Date.now() + this.opts.deadlineMs).then((token) => {
        this.adopt(token);
        return token;
      });
      const clear = () => {
        if (this.renewal === pending) this.renewal = undefined;
      };
      pending.then(clear, clear);
      this.renewal = pending;
    }
    return race(this.renewal, signal, deadlineAt, this.opts.deadlineMs);
  }
}
