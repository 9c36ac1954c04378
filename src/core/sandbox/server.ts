// The local flinkey API v3 ("sandbox"): same paths, auth, errors and OData as production, on 127.0.0.1 only.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { Customer } from '../api/models';
import { checkApiKey, checkBearer, TokenStore, tokenReply, type Credentials } from './auth';
import { FaultPlan, type FaultDecision, type Faults } from './faults';
import { BudgetExceeded, EvaluationBudget } from './budget';
import { generateFleet, type Fleet } from './fleet';
import { countPath } from './pathCounts';
import { MESSAGES, json, text, type Reply } from './reply';
import { dataReply, matchRoute, methodOf, PREFIX, type ListCache, type Route } from './routes';

export type { Faults } from './faults';

export interface SandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Products of the first customer (default 250). */
  products?: number;
  seed?: number;
  /** Epoch ms the fleet's access and events are built around (default: the start of today, UTC). */
  now?: number;
  tokenTtlSeconds?: number;
  /** Generated with crypto.randomBytes when absent. */
  apiKey?: string;
  username?: string;
  password?: string;
  faults?: Faults;
  /** How long a request that uses matchesPattern may take before it is stopped with a 400 naming why (default 2000). */
  evalBudgetMs?: number;
  /** One line per request: method, path, status, ms. Never a secret. */
  log?: (line: string) => void;
  /** Sees every request as it arrives (in-process callers only, e.g. to check what a client sent). */
  onRequest?: (req: IncomingMessage) => void;
}

export interface SandboxStats {
  requests: number;
  connections: number;
  /** Bounded: see pathCounts.ts. */
  byPath: Record<string, number>;
}

/** What `npm run sandbox` prints as its first stdout line, and what test launchers hand to tests. */
export type SandboxCredentials = Pick<Sandbox, 'baseUrl' | 'apiKey' | 'username' | 'password' | 'customerId'>;

export interface Sandbox {
  /** http://127.0.0.1:<port>/v3 */
  baseUrl: string;
  port: number;
  apiKey: string;
  username: string;
  password: string;
  /** The first customer's id. */
  customerId: string;
  customers: Customer[];
  fleet: Fleet;
  setFaults(f: Faults): void;
  /** Every token issued so far becomes invalid. */
  revokeTokens(): void;
  stats: SandboxStats;
  resetStats(): void;
  /** Closes the listening socket and every open (keep-alive) connection. */
  close(): Promise<void>;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const TEXT_TYPE = 'text/plain; charset=utf-8';
const MAX_FORM_BYTES = 64 * 1024;

export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  const ttl = opts.tokenTtlSeconds ?? 3600;
  if (!Number.isInteger(ttl) || ttl < 1) throw new RangeError(`tokenTtlSeconds must be a positive integer, got ${ttl}`);
  const fleet = generateFleet({ seed: opts.seed ?? 1, products: opts.products ?? 250, now: opts.now });
  const creds: Credentials = {
    apiKey: opts.apiKey ?? randomBytes(16).toString('hex'),
    username: opts.username ?? `manager-${randomBytes(3).toString('hex')}`,
    password: opts.password ?? randomBytes(12).toString('base64url'),
  };
  const tokens = new TokenStore(ttl);
  let plan = new FaultPlan(opts.faults ?? {});
  const cache: ListCache = new Map();
  const budget = new EvaluationBudget(opts.evalBudgetMs ?? 2000);
  const answer = (route: Route, req: IncomingMessage, params: URLSearchParams): Reply => {
    const reply = () => dataReply(route, req, params, fleet, cache);
    // Everything else is linear in the fleet; only a regex can take forever on one record. The watchdog
    // costs about a millisecond per request, so only requests that use matchesPattern pay it.
    if (![...params.values()].some((v) => /matchespattern/i.test(v))) return reply();
    try {
      return budget.run(reply);
    } catch (e) {
      if (e instanceof BudgetExceeded) return text(400, budgetMessage(e.ms));
      throw e;
    }
  };
  const stats: SandboxStats = { requests: 0, connections: 0, byPath: {} };
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;

  // Timers are tracked so close() can cancel pending latency and slow-body pauses.
  const delay = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    opts.onRequest?.(req);
    stats.requests++;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    countPath(stats.byPath, path);
    const done = (status: string) => opts.log?.(`${req.method} ${path} ${status} ${Math.round(performance.now() - started)}ms`);

    const route = matchRoute(path);
    if (!route) return send(res, text(404, MESSAGES.notFound), undefined, done);
    const method = methodOf(route);
    if (req.method !== method) return send(res, text(405, 'Method not allowed.', { Allow: method }), undefined, done);
    if (route.kind === 'token') {
      const body = await readBody(req);
      if (body === undefined) return send(res, text(413, 'Request body too large.'), undefined, done);
      return send(res, tokenReply(req, body, creds, tokens), undefined, done);
    }

    const fault = plan.next();
    if (fault.latencyMs > 0) await delay(fault.latencyMs);
    if (closed || res.destroyed) return;
    if (fault.kind === 'reset') {
      req.socket.destroy();
      return done('reset');
    }
    if (fault.kind === 'rateLimit') {
      const n = fault.retryAfterSeconds;
      const body = { statusCode: 429, message: `Rate limit is exceeded. Try again in ${n} seconds.` };
      return send(res, json(429, body, { 'Retry-After': String(n) }), undefined, done);
    }
    if (fault.kind === 'serverError') return send(res, text(500, MESSAGES.serverError), undefined, done);
    if (fault.rejectFilters !== undefined && url.searchParams.has('$filter')) {
      return send(res, text(400, fault.rejectFilters), undefined, done);
    }
    const reply = checkApiKey(req, creds) ?? checkBearer(req, tokens) ?? answer(route, req, url.searchParams);
    return send(res, reply, fault, done);
  }

  async function send(res: ServerResponse, reply: Reply, fault: FaultDecision | undefined, done: (s: string) => void) {
    const isJson = reply.jsonBytes !== undefined || reply.json !== undefined;
    let body = reply.jsonBytes ?? Buffer.from(isJson ? JSON.stringify(reply.json) : (reply.text ?? ''));
    const ok = reply.status === 200 && isJson;
    const malformed = ok && fault?.kind === 'malformed';
    // Any proper prefix of a JSON array or object is invalid JSON.
    if (malformed) body = body.subarray(0, Math.floor(body.length / 2));
    res.writeHead(reply.status, {
      'Content-Type': isJson ? JSON_TYPE : TEXT_TYPE,
      'Content-Length': String(body.length),
      ...reply.headers,
    });
    const slowMs = ok && fault ? fault.slowBodyMs : 0;
    if (slowMs > 0 && body.length > 1) {
      const half = Math.floor(body.length / 2);
      res.write(body.subarray(0, half));
      await delay(slowMs);
      if (closed || res.destroyed) return;
      res.end(body.subarray(half));
    } else {
      res.end(body);
    }
    done(`${reply.status}${malformed ? ' malformed' : ''}${slowMs > 0 ? ' slow' : ''}`);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      opts.log?.(`${req.method} ${req.url?.split('?')[0]} 500 sandbox bug: ${e instanceof Error ? e.message : String(e)}`);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': TEXT_TYPE }).end(MESSAGES.serverError);
      else res.destroy();
    });
  });
  server.on('connection', (socket: Socket) => {
    stats.connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  return {
    baseUrl: `http://127.0.0.1:${port}${PREFIX}`,
    port,
    ...creds,
    customerId: fleet.customers[0].customer.id,
    customers: fleet.customers.map((c) => c.customer),
    fleet,
    setFaults(f: Faults) {
      plan = new FaultPlan(f);
    },
    revokeTokens: () => tokens.revoke(),
    stats,
    resetStats() {
      stats.requests = 0;
      stats.connections = 0;
      for (const key of Object.keys(stats.byPath)) delete stats.byPath[key];
    },
    close() {
      if (closed) return Promise.resolve();
      closed = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const s of sockets) s.destroy();
      return stopped;
    },
  };
}

/** Why a query was stopped, in words a person can act on. */
function budgetMessage(ms: number): string {
  const hint = 'Its matchesPattern pattern backtracks too much (nested repetition like (a+)+ can take forever); use a simpler pattern.';
  return `The demo server stopped evaluating this query after ${ms} ms. ${hint}`;
}

/** Reads a small form body; undefined when it exceeds the limit. */
function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_FORM_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_FORM_BYTES ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
