// Connection reuse, the in-flight bound, validation of bad bodies, and a robustness run under mixed faults.
import * as assert from 'assert';
import { FlinkeyClient } from '../../../../src/core/api/client';
import { FlinkeyError } from '../../../../src/core/api/errors';
import { startSandbox, type Sandbox } from '../../../../src/core/sandbox/server';
import { clientFor, jsonStub, rejectsWith, startStub } from './helpers';

describe('api/transport (sandbox)', () => {
  let sandbox: Sandbox;

  before(async () => {
    sandbox = await startSandbox({ products: 40, seed: 13 });
  });
  after(() => sandbox.close());
  beforeEach(() => {
    sandbox.setFaults({});
    sandbox.resetStats();
  });

  it('a burst of 100 GETs reuses at most 6 keep-alive connections', async () => {
    const c = clientFor(sandbox);
    sandbox.setFaults({ latencyMs: 20 });
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => c.getProduct(sandbox.fleet.customers[0].products[i % 40].id)));
    assert.strictEqual(results.length, 100);
    assert.ok(sandbox.stats.connections <= 6, `opened ${sandbox.stats.connections} connections`);
    assert.ok(sandbox.stats.connections >= 1);
    assert.strictEqual(sandbox.stats.requests, 101);
  });

  it('never has more than maxInFlight requests at the server', async () => {
    let active = 0;
    let peak = 0;
    const stub = await startStub((req, res) => {
      active++;
      peak = Math.max(peak, active);
      setTimeout(() => {
        active--;
        jsonStub(200, [])(req, res);
      }, 15);
    });
    try {
      const c = new FlinkeyClient({
        baseUrl: stub.baseUrl,
        apiKey: 'k-1234',
        customerId: '1',
        username: 'u',
        password: 'p-1234',
        maxInFlight: 3,
      });
      await Promise.all(Array.from({ length: 30 }, () => c.getProducts()));
      assert.strictEqual(peak, 3);
      assert.strictEqual(stub.requests.length, 31);
    } finally {
      await stub.close();
    }
  });

  it('sends the three headers on data calls and two on /customers', async () => {
    const stub = await startStub(jsonStub(200, []));
    try {
      const c = new FlinkeyClient({ baseUrl: stub.baseUrl, apiKey: 'k-1234', customerId: '77', username: 'u', password: 'p-1234' });
      await c.getServices({ query: { top: 2 } });
      await c.getCustomers();
      const [token, services, customers] = stub.requests;
      assert.strictEqual(token.method, 'POST');
      assert.strictEqual(token.headers['flinkey-api-key'], 'k-1234');
      assert.strictEqual(token.headers.authorization, undefined);
      assert.strictEqual(services.url, '/v3/services?$top=2');
      assert.strictEqual(services.headers['flinkey-api-key'], 'k-1234');
      assert.strictEqual(services.headers.authorization, 'Bearer stub-token-123');
      assert.strictEqual(services.headers['customer-id'], '77');
      assert.strictEqual(customers.headers['customer-id'], undefined);
      assert.strictEqual(customers.headers.authorization, 'Bearer stub-token-123');
    } finally {
      await stub.close();
    }
  });

  it('a body that does not validate names the field', async () => {
    const good = { id: 1, uniqueId: 'u', serialNumber: 's', sapNumber: 'x', dongleTerminationTimeStamp: null, type: 'flinkey Box' };
    const stub = await startStub(jsonStub(200, [good, good, good, { ...good, serialNumber: null }]));
    try {
      const c = new FlinkeyClient({ baseUrl: stub.baseUrl, apiKey: 'k-1234', customerId: '1', username: 'u', password: 'p-1234' });
      const e = await rejectsWith(c.getProducts(), 'invalidResponse');
      assert.strictEqual(e.details.field, '[3].serialNumber');
      assert.match(e.message, /\[3\]\.serialNumber should be a string but is null/);
    } finally {
      await stub.close();
    }
  });

  it('a few hundred calls under mixed faults each end in a result or a typed error within the deadline', async function () {
    this.timeout(60_000);
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const deadlineMs = 2500;
    try {
      const c = clientFor(sandbox, { timeoutMs: 400, deadlineMs, maxAttempts: 3 });
      sandbox.setFaults({
        latencyMs: 5,
        error500Rate: 0.15,
        rate429Rate: 0.05,
        retryAfterSeconds: 1,
        resetRate: 0.1,
        malformedRate: 0.05,
        seed: 21,
      });
      const f = sandbox.fleet.customers[0];
      const calls = Array.from({ length: 300 }, async (_, i) => {
        const controller = new AbortController();
        if (i % 25 === 0) setTimeout(() => controller.abort(), 30);
        const started = Date.now();
        const signal = controller.signal;
        const call =
          i % 4 === 0
            ? c.getProducts({ signal, query: { top: 5 } })
            : i % 4 === 1
              ? c.getProduct(f.products[i % f.products.length].id, { signal })
              : i % 4 === 2
                ? c.getServices({ signal })
                : c.getProductCar(f.products[i % f.products.length].id, { signal });
        const outcome = await call.then(
          () => 'ok',
          (e: unknown) => {
            assert.ok(e instanceof FlinkeyError, `untyped error: ${String(e)}`);
            return e.kind;
          },
        );
        const elapsed = Date.now() - started;
        assert.ok(elapsed <= deadlineMs + 500, `call ${i} took ${elapsed} ms`);
        return outcome;
      });
      const outcomes = await Promise.all(calls);
      const counts: Record<string, number> = {};
      for (const o of outcomes) counts[o] = (counts[o] ?? 0) + 1;
      assert.ok((counts.ok ?? 0) > 150, JSON.stringify(counts));
      const allowed = new Set(['ok', 'notFound', 'server', 'network', 'rateLimited', 'invalidResponse', 'timeout', 'cancelled']);
      for (const kind of Object.keys(counts)) assert.ok(allowed.has(kind), `unexpected kind ${kind}`);
      await new Promise((r) => setTimeout(r, 50));
      assert.deepStrictEqual(unhandled, []);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
