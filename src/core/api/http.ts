// One transport per client: shared keep-alive agents, a bound on requests in flight,
// per-attempt timeouts, a total deadline, retries for idempotent GETs, and typed errors.
import * as l10n from '@vscode/l10n';
import type * as http from 'http';
import type * as https from 'https';
import type * as nodeFetch from 'node-fetch';
import type { Logger } from './api';
import { FlinkeyError, isFlinkeyError } from './errors';
import { formatHeaders } from './redact';
import { mapErrorResponse } from './responses';
import { backoffMs, cancelledError, deadlineError, Limiter, sleep } from './timing';

export const DEFAULTS = { timeoutMs: 15_000, deadlineMs: 30_000, maxAttempts: 3, maxInFlight: 6 } as const;

/** Bodies larger than this are refused instead of filling memory. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

const agentOptions = { keepAlive: true, maxSockets: 6 };
let agents: { http: http.Agent; https: https.Agent } | undefined;

/** The process-wide keep-alive agents; every client reuses their sockets. */
export function sharedAgents(): { http: http.Agent; https: https.Agent } {
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded on the first request, see fetchOnce */
  agents ??= {
    http: new (require('http') as typeof http).Agent(agentOptions),
    https: new (require('https') as typeof https).Agent(agentOptions),
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
  return agents;
}

let fetchFn: typeof nodeFetch.default | undefined;

/**
 * node-fetch, required on the first request rather than when the extension loads: evaluating it pulls in
 * stream, zlib and http and looks for its optional `encoding` package, none of which activation needs.
 */
function fetchOnce(): typeof nodeFetch.default {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
  fetchFn ??= (require('node-fetch') as typeof nodeFetch).default;
  return fetchFn;
}

export interface TransportOptions {
  timeoutMs?: number;
  deadlineMs?: number;
  maxAttempts?: number;
  maxInFlight?: number;
  /** Already redacting. */
  logger: Logger;
  /** Masks secrets in text a server sends back, before that text is shortened. */
  mask?: (text: string) => string;
}

export interface HttpCall {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
  /** Epoch ms by which the whole call (retries included) must be over. */
  deadlineAt: number;
}

type Failure = 'cancelled' | 'timeout' | 'deadline';

export class Transport {
  readonly timeoutMs: number;
  readonly deadlineMs: number;
  readonly maxAttempts: number;
  private readonly limiter: Limiter;
  private readonly logger: Logger;
  private readonly mask: ((text: string) => string) | undefined;

  constructor(opts: TransportOptions) {
    this.timeoutMs = positive(opts.timeoutMs, DEFAULTS.timeoutMs);
    this.deadlineMs = positive(opts.deadlineMs, DEFAULTS.deadlineMs);
    this.maxAttempts = Math.max(1, Math.floor(positive(opts.maxAttempts, DEFAULTS.maxAttempts)));
    this.limiter = new Limiter(Math.max(1, Math.floor(positive(opts.maxInFlight, DEFAULTS.maxInFlight))));
    this.logger = opts.logger;
    this.mask = opts.mask;
  }

  /** Returns the parsed JSON of a 2xx answer or throws a FlinkeyError with `details.attempts`. */
  async request(call: HttpCall): Promise<unknown> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt(call, attempt);
      } catch (e) {
        const error = withAttempts(toFlinkeyError(e), attempt);
        if (call.method !== 'GET' || !isRetryable(error) || attempt >= this.maxAttempts) {
          throw error;
        }
        const retryAfter = error.kind === 'rateLimited' ? error.details.retryAfterMs : undefined;
        const delay = retryAfter ?? backoffMs(attempt);
        if (Date.now() + delay >= call.deadlineAt) {
          throw error; // waiting would overrun the deadline, so the last answer is the best we have
        }
        this.logger.debug(`${call.method} ${pathOf(call.url)} will retry in ${Math.round(delay)} ms (${error.kind})`);
        await sleep(delay, call.signal).catch((c: unknown) => {
          throw withAttempts(toFlinkeyError(c), attempt);
        });
      }
    }
  }

  private async attempt(call: HttpCall, attempt: number): Promise<unknown> {
    await this.limiter.acquire(call.signal, call.deadlineAt, this.deadlineMs);
    const controller = new AbortController();
    let failure: Failure | undefined;
    const onAbort = () => {
      failure ??= 'cancelled';
      controller.abort();
    };
    const left = call.deadlineAt - Date.now();
    const budget = Math.min(this.timeoutMs, left);
    const timer = setTimeout(
      () => {
        failure ??= budget < this.timeoutMs ? 'deadline' : 'timeout';
        controller.abort();
      },
      Math.max(0, budget),
    );
    call.signal?.addEventListener('abort', onAbort);
    const started = Date.now();
    const url = new URL(call.url);
    let status: number | string = 'failed';
    try {
      if (call.signal?.aborted) throw cancelledError();
      if (left <= 0) throw deadlineError(this.deadlineMs);
      this.logger.trace(`${call.method} ${pathOf(call.url)} headers: ${formatHeaders(call.headers)}`);
      const init: nodeFetch.RequestInit = {
        method: call.method,
        headers: call.headers,
        body: call.body,
        signal: controller.signal,
        agent: url.protocol === 'https:' ? sharedAgents().https : sharedAgents().http,
        redirect: 'manual',
        size: MAX_BODY_BYTES,
      };
      const response = await fetchOnce()(call.url, init);
      status = response.status;
      const text = await response.text();
      if (response.status < 200 || response.status >= 300) {
        throw mapErrorResponse(response.status, text, response.headers.get('retry-after'), this.mask);
      }
      return parseJson(text);
    } catch (e) {
      const error =
        failure === 'cancelled'
          ? cancelledError()
          : failure === 'deadline'
            ? deadlineError(this.deadlineMs)
            : failure === 'timeout'
              ? new FlinkeyError('timeout', l10n.t('{0} did not answer within {1} s.', url.host, Math.round(this.timeoutMs / 1000)))
              : toFlinkeyError(e, url.host);
      status = typeof status === 'number' ? `${status} ${error.kind}` : error.kind;
      throw error;
    } finally {
      clearTimeout(timer);
      call.signal?.removeEventListener('abort', onAbort);
      this.limiter.release();
      const ms = Date.now() - started;
      this.logger.debug(`${call.method} ${pathOf(call.url)} ${status} ${ms} ms (attempt ${attempt})`);
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new FlinkeyError('invalidResponse', l10n.t('The flinkey API sent a response that is not valid JSON.'), {
      field: '(body)',
    });
  }
}

function isRetryable(error: FlinkeyError): boolean {
  if (error.kind === 'server') return error.details.status !== 501;
  return error.kind === 'network' || error.kind === 'rateLimited' || error.kind === 'timeout';
}

function withAttempts(error: FlinkeyError, attempts: number): FlinkeyError {
  if (error.details.attempts === attempts) return error;
  const note = attempts > 1 && !/ \(after \d+ attempts\)$/.test(error.message) ? ` (after ${attempts} attempts)` : '';
  return new FlinkeyError(error.kind, `${error.message.replace(/ \(after \d+ attempts\)$/, '')}${note}`, {
    ...error.details,
    attempts,
  });
}

/** node-fetch failures: connection refused/reset, DNS, oversize bodies. Names the host, never headers. */
function toFlinkeyError(e: unknown, host?: string): FlinkeyError {
  if (isFlinkeyError(e)) return e;
  const err = e as { name?: string; type?: string; code?: string; message?: string };
  if (err?.type === 'max-size') {
    return new FlinkeyError('invalidResponse', l10n.t('The flinkey API sent a response that is too large.'));
  }
  if (err?.name === 'AbortError') return cancelledError();
  const where = host ?? l10n.t('the flinkey API');
  const code = err?.code ?? err?.type ?? 'error';
  return new FlinkeyError('network', l10n.t('Could not reach {0} ({1}). Check the network connection and the base URL.', where, code), {
    reason: code,
  });
}

function pathOf(url: string): string {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
}

function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}
