// Retries, cancellation, timeouts and bad bodies under the sandbox's injected faults.
import * as assert from 'assert';
import { FlinkeyClient } from '../../../../src/core/api/client';
import { startSandbox, type Sandbox } from '../../../../src/core/sandbox/server';
import { clientFor, rejectsWith, startStub } from './helpers';

describe('api/FlinkeyClient faults (sandbox)', () => {
  let sandbox: Sandbox;

  before(async () => {
    sandbox = await startSandbox({ products: 30, seed: 5 });
  });
  after(() => sandbox.close());
  beforeEach(() => {
    sandbox.setFaults({});
    sandbox.resetStats();
  });

  /** A client that already holds a token, so counts below are data requests only. */
  async function ready(extra: Parameters<typeof clientFor>[1] = {}): Promise<FlinkeyClient> {
    const c = clientFor(sandbox, extra);
    await c.getToken(sandbox.username, sandbox.password);
    sandbox.resetStats();
    return c;
  }

  it('500 on every GET → server after exactly maxAttempts requests', async () => {
    const c = await ready({ maxAttempts: 3 });
    sandbox.setFaults({ error500Rate: 1 });
    const e = await rejectsWith(c.getProducts(), 'server');
    assert.strictEqual(e.details.attempts, 3);
    assert.strictEqual(e.details.status, 500);
    assert.strictEqual(sandbox.stats.byPath['/v3/products'], 3);
    assert.match(e.message, /after 3 attempts/);
  });

  it('connection resets → network after maxAttempts', async () => {
    const c = await ready({ maxAttempts: 4 });
    sandbox.setFaults({ resetRate: 1 });
    const e = await rejectsWith(c.getServices(), 'network');
    assert.strictEqual(e.details.attempts, 4);
    assert.strictEqual(sandbox.stats.byPath['/v3/services'], 4);
  });

  it('occasional 500s and resets are retried into success', async () => {
    const c = await ready({ maxAttempts: 6 });
    sandbox.setFaults({ error500Rate: 0.2, resetRate: 0.2, seed: 9 });
    const expected = sandbox.fleet.customers[0].products;
    for (let i = 0; i < 15; i++) {
      assert.deepStrictEqual(await c.getProducts(), expected);
    }
    assert.ok(sandbox.stats.byPath['/v3/products'] > 15, 'some calls needed a retry');
  });

  it('429 honours Retry-After before retrying', async () => {
    const c = await ready({ maxAttempts: 2 });
    sandbox.setFaults({ rate429Rate: 1, retryAfterSeconds: 1 });
    const started = Date.now();
    const e = await rejectsWith(c.getProducts(), 'rateLimited');
    const elapsed = Date.now() - started;
    assert.ok(elapsed >= 950, `waited ${elapsed} ms`);
    assert.strictEqual(e.details.retryAfterMs, 1000);
    assert.strictEqual(e.details.attempts, 2);
    assert.strictEqual(sandbox.stats.byPath['/v3/products'], 2);
  });

  it('a Retry-After beyond the deadline is not waited for', async () => {
    const c = await ready({ deadlineMs: 2000 });
    sandbox.setFaults({ rate429Rate: 1, retryAfterSeconds: 30 });
    const started = Date.now();
    const e = await rejectsWith(c.getProducts(), 'rateLimited');
    assert.ok(Date.now() - started < 1000);
    assert.strictEqual(e.details.retryAfterMs, 30_000);
    assert.strictEqual(e.details.attempts, 1);
  });

  it('POST is never retried (500 and reset on the token endpoint)', async () => {
    let mode: 'error' | 'reset' = 'error';
    const stub = await startStub((req, res) => {
      if (mode === 'reset') {
        req.socket.destroy();
        return;
      }
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('Internal server error.');
    });
    try {
      const c = new FlinkeyClient({ baseUrl: stub.baseUrl, apiKey: 'k-1234', maxAttempts: 5 });
      const e = await rejectsWith(c.getToken('u', 'p-1234'), 'server');
      assert.strictEqual(e.details.attempts, 1);
      assert.strictEqual(stub.requests.length, 1);
      mode = 'reset';
      await rejectsWith(c.getToken('u', 'p-1234'), 'network');
      assert.strictEqual(stub.requests.length, 2);
    } finally {
      await stub.close();
    }
  });

  it('abort mid-request → cancelled quickly', async () => {
    const c = await ready();
    sandbox.setFaults({ latencyMs: 5000 });
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 100);
    await rejectsWith(c.getProducts({ signal: controller.signal }), 'cancelled');
    const elapsed = Date.now() - started;
    assert.ok(elapsed < 1000, `took ${elapsed} ms`);
  });

  it('abort during a retry wait → cancelled; an aborted signal sends nothing', async () => {
    const c = await ready({ maxAttempts: 3 });
    sandbox.setFaults({ rate429Rate: 1, retryAfterSeconds: 10 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const started = Date.now();
    const e = await rejectsWith(c.getProducts({ signal: controller.signal }), 'cancelled');
    assert.ok(Date.now() - started < 1000);
    assert.strictEqual(e.details.attempts, 1);
    sandbox.resetStats();
    await rejectsWith(c.getServices({ signal: AbortSignal.abort() }), 'cancelled');
    assert.strictEqual(sandbox.stats.requests, 0);
  });

  it('latency above timeoutMs → timeout after the bounded attempts', async () => {
    const c = await ready({ timeoutMs: 200, maxAttempts: 2 });
    sandbox.setFaults({ latencyMs: 3000 });
    const started = Date.now();
    const e = await rejectsWith(c.getProducts(), 'timeout');
    const elapsed = Date.now() - started;
    assert.strictEqual(e.details.attempts, 2);
    assert.ok(elapsed >= 400 && elapsed < 2000, `took ${elapsed} ms`);
    assert.strictEqual(sandbox.stats.byPath['/v3/products'], 2);
  });

  it('the total deadline caps everything', async () => {
    const c = await ready({ timeoutMs: 5000, deadlineMs: 500, maxAttempts: 5 });
    sandbox.setFaults({ latencyMs: 3000 });
    const started = Date.now();
    await rejectsWith(c.getProducts(), 'timeout');
    const elapsed = Date.now() - started;
    assert.ok(elapsed >= 450 && elapsed < 1500, `took ${elapsed} ms`);
  });

  it('a slow body within the timeout succeeds; beyond it → timeout', async () => {
    const c = await ready({ timeoutMs: 1000, maxAttempts: 1 });
    sandbox.setFaults({ slowBodyMs: 300 });
    assert.deepStrictEqual(await c.getServices(), sandbox.fleet.customers[0].services);
    sandbox.setFaults({ slowBodyMs: 3000 });
    const started = Date.now();
    await rejectsWith(c.getServices(), 'timeout');
    assert.ok(Date.now() - started < 2000);
  });

  it('malformed JSON → invalidResponse, final (not retried)', async () => {
    const c = await ready({ maxAttempts: 3 });
    sandbox.setFaults({ malformedRate: 1 });
    const e = await rejectsWith(c.getProducts(), 'invalidResponse');
    assert.strictEqual(e.details.attempts, 1);
    assert.strictEqual(sandbox.stats.byPath['/v3/products'], 1);
  });
});
