// API key, password grant and bearer tokens of the sandbox.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { json, MESSAGES, unauthorized, type Reply } from './reply';

export interface Credentials {
  apiKey: string;
  username: string;
  password: string;
}

/** Constant-time comparison of two strings of any length. */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export function headerValue(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name.toLowerCase()];
  return Array.isArray(v) ? v.join(', ') : v;
}

export function checkApiKey(req: IncomingMessage, creds: Credentials): Reply | undefined {
  return sameSecret(headerValue(req, 'flinkey-API-Key'), creds.apiKey) ? undefined : unauthorized(MESSAGES.invalidKey);
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Valid tokens kept at most; beyond it the oldest stop working (a sandbox, in the user's extension host). */
export const MAX_TOKENS = 10_000;

/** Issued tokens and their expiry; revoke() forgets them all. */
export class TokenStore {
  private readonly tokens = new Map<string, number>();

  constructor(private readonly ttlSeconds: number) {}

  get size(): number {
    return this.tokens.size;
  }

  issue(subject: string): { token: string; ttlSeconds: number } {
    const now = Date.now();
    if (this.tokens.size >= MAX_TOKENS) this.prune(now);
    const iat = Math.floor(now / 1000);
    // JWT-shaped so clients that peek at `exp` work; the signature is random, validity is the map entry.
    const token = [
      base64url({ alg: 'RS256', typ: 'JWT' }),
      base64url({ iss: 'flinkey-sandbox', sub: subject, iat, exp: iat + this.ttlSeconds, jti: randomBytes(8).toString('hex') }),
      randomBytes(32).toString('base64url'),
    ].join('.');
    this.tokens.set(token, now + this.ttlSeconds * 1000);
    return { token, ttlSeconds: this.ttlSeconds };
  }

  isValid(token: string): boolean {
    const expires = this.tokens.get(token);
    return expires !== undefined && Date.now() < expires;
  }

  revoke(): void {
    this.tokens.clear();
  }

  /** Drops expired tokens, then the oldest ones (a Map iterates in insertion order) until there is room. */
  private prune(now: number): void {
    for (const [token, expires] of this.tokens) if (expires <= now) this.tokens.delete(token);
    for (const token of this.tokens.keys()) {
      if (this.tokens.size < MAX_TOKENS) break;
      this.tokens.delete(token);
    }
  }
}

export function checkBearer(req: IncomingMessage, tokens: TokenStore): Reply | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headerValue(req, 'authorization') ?? '');
  return match && tokens.isValid(match[1]) ? undefined : unauthorized(MESSAGES.invalidToken);
}

/** POST /oauth2/token with the body already read. Checks run in the order the real service applies them. */
export function tokenReply(req: IncomingMessage, body: string, creds: Credentials, tokens: TokenStore): Reply {
  const keyProblem = checkApiKey(req, creds);
  if (keyProblem) return keyProblem;
  const mediaType = (headerValue(req, 'content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (mediaType !== 'application/x-www-form-urlencoded') {
    return json(415, {
      type: 'https://tools.ietf.org/html/rfc7231#section-6.5.13',
      title: 'Unsupported Media Type',
      status: '415',
      traceId: `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-00`,
    });
  }
  const form = new URLSearchParams(body);
  if (form.get('grant_type') !== 'password') return json(400, { error: 'unsupported_grant_type' });
  const userOk = sameSecret(form.get('username') ?? undefined, creds.username);
  const passwordOk = sameSecret(form.get('password') ?? undefined, creds.password);
  if (!userOk || !passwordOk) return json(400, { error: 'invalid_grant', error_description: MESSAGES.wrongCredentials });
  const { token, ttlSeconds } = tokens.issue(creds.username);
  return json(200, { token_type: 'Bearer', expires_in: String(ttlSeconds), access_token: token }, { 'Cache-Control': 'no-store' });
}
