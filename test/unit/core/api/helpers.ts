// Shared bits of the API client tests: a recording logger, error assertions and a tiny stub server.
import * as assert from 'assert';
import { createServer, type IncomingMessage, type ServerResponse } from 'http';
import type { AddressInfo } from 'net';
import type { Logger } from '../../../../src/core/api/api';
import { FlinkeyClient, type ClientOptions } from '../../../../src/core/api/client';
import { FlinkeyError, type FlinkeyErrorKind } from '../../../../src/core/api/errors';
import type { Sandbox } from '../../../../src/core/sandbox/server';

export class RecordingLogger implements Logger {
  readonly lines: string[] = [];
  trace(m: string): void {
    this.lines.push(`trace ${m}`);
  }
  debug(m: string): void {
    this.lines.push(`debug ${m}`);
  }
  info(m: string): void {
    this.lines.push(`info ${m}`);
  }
  warn(m: string): void {
    this.lines.push(`warn ${m}`);
  }
  error(m: string): void {
    this.lines.push(`error ${m}`);
  }
}

/** A client for the sandbox, signed in with username and password unless overridden. */
export function clientFor(sandbox: Sandbox, extra: Partial<ClientOptions> = {}): FlinkeyClient {
  return new FlinkeyClient({
    baseUrl: sandbox.baseUrl,
    apiKey: sandbox.apiKey,
    customerId: sandbox.customerId,
    username: sandbox.username,
    password: sandbox.password,
    ...extra,
  });
}

/** Awaits a rejection and checks it is a FlinkeyError of the given kind; returns it for more checks. */
export async function rejectsWith(promise: Promise<unknown>, kind: FlinkeyErrorKind): Promise<FlinkeyError> {
  try {
    await promise;
  } catch (e) {
    assert.ok(e instanceof FlinkeyError, `expected FlinkeyError(${kind}), got ${String(e)}`);
    assert.strictEqual(e.kind, kind, `expected ${kind}, got ${e.kind}: ${e.message}`);
    return e;
  }
  return assert.fail(`expected FlinkeyError(${kind}), but the call succeeded`);
}

export function tokenRequests(sandbox: Sandbox): number {
  return sandbox.stats.byPath['/v3/oauth2/token'] ?? 0;
}

export interface Stub {
  baseUrl: string;
  requests: IncomingMessage[];
  close(): Promise<void>;
}

/** A loopback server answering every request with `handler`; for bodies the sandbox never sends. */
export async function startStub(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Stub> {
  const requests: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    requests.push(req);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${port}/v3`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers token requests with a fresh token and everything else with `body`. */
export function jsonStub(status: number, body: unknown): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const isToken = req.url?.endsWith('/oauth2/token');
    const payload = isToken ? { token_type: 'Bearer', expires_in: '3600', access_token: 'stub-token-123' } : body;
    const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
    res.writeHead(isToken ? 200 : status, { 'Content-Type': typeof payload === 'string' ? 'text/plain' : 'application/json' });
    res.end(text);
  };
}
