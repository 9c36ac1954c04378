// Hundreds of client calls against the sandbox while it injects every kind of fault at once: each call
// ends in a result or a typed FlinkeyError within its deadline, retries stay bounded, and nothing
// rejects unhandled. (Single faults, one at a time, are covered by test/unit/api/faults.test.ts.)
import * as assert from 'assert';
import { FlinkeyClient } from '../../../../src/core/api/client';
import { FlinkeyError } from '../../../../src/core/api/errors';
import { startSandbox, type Faults, type Sandbox } from '../../../../src/core/sandbox/server';

const KINDS = new Set(['server', 'rateLimited', 'network', 'timeout', 'invalidResponse', 'notFound']);
const OPTIONS = { timeoutMs: 400, deadlineMs: 1500, maxAttempts: 3 };
/** Timers and the event loop under load: how far past its deadline a call may end. */
const SLACK_MS = 400;

interface Outcome {
  ms: number;
  ok: boolean;
  kind?: string;
  attempts?: number;
  error?: unknown;
}

describe('robustness: FlinkeyClient under mixed injected faults (sandbox)', function () {
  this.timeout(120_000);
  let sandbox: Sandbox;
  let client: FlinkeyClient;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  before(async () => {
    sandbox = await startSandbox({ products: 60, seed: 17 });
    client = new FlinkeyClient({
      baseUrl: sandbox.baseUrl,
      apiKey: sandbox.apiKey,
      customerId: sandbox.customerId,
      username: sandbox.username,
      password: sandbox.password,
      ...OPTIONS,
    });
    await client.getToken(sandbox.username, sandbox.password);
    process.on('unhandledRejection', onUnhandled);
  });
  after(async () => {
    process.off('unhandledRejection', onUnhandled);
    await sandbox.close();
  });

  /** One call of a rotating kind; never rejects: the outcome says how it ended. */
  async function call(i: number): Promise<Outcome> {
    const ids = sandbox.fleet.customers[0].products.map((p) => p.id);
    const id = ids[i % ids.length];
    const work: (() => Promise<unknown>)[] = [
      () => client.getProducts({ query: { top: 20, skip: i % 40 } }),
      () => client.getServices(),
      () => client.getProduct(id),
      () => client.getProductCar(id),
      () => client.getProductService(id),
      () => client.query('products', { filter: "type eq 'flinkey IQ'", top: 5 }),
    ];
    const started = Date.now();
    try {
      const value = await work[i % work.length]();
      assert.ok(value !== undefined && value !== null, `call ${i} resolved with ${String(value)}`);
      return { ms: Date.now() - started, ok: true };
    } catch (e) {
      const ms = Date.now() - started;
      if (!(e instanceof FlinkeyError)) return { ms, ok: false, error: e };
      return { ms, ok: false, kind: e.kind, attempts: e.details.attempts };
    }
  }

  /** Runs `n` calls, `parallel` at a time, under `faults`; checks every outcome and the retry bound. */
  async function soak(faults: Faults, n: number, parallel: number): Promise<Outcome[]> {
    sandbox.setFaults(faults);
    sandbox.resetStats();
    const outcomes: Outcome[] = [];
    let next = 0;
    const worker = async () => {
      while (next < n) outcomes.push(await call(next++));
    };
    await Promise.all(Array.from({ length: parallel }, worker));
    sandbox.setFaults({});

    const untyped = outcomes.filter((o) => !o.ok && !o.kind);
    assert.deepStrictEqual(
      untyped.map((o) => String(o.error)),
      [],
      'calls that failed without a FlinkeyError',
    );
    const odd = outcomes.filter((o) => o.kind && !KINDS.has(o.kind)).map((o) => o.kind);
    assert.deepStrictEqual(odd, [], 'unexpected error kinds');
    const late = outcomes.filter((o) => o.ms > OPTIONS.deadlineMs + SLACK_MS).map((o) => `${o.kind ?? 'ok'} after ${o.ms} ms`);
    assert.deepStrictEqual(late, [], `calls that overran the ${OPTIONS.deadlineMs} ms deadline`);
    const tooMany = outcomes.filter((o) => (o.attempts ?? 0) > OPTIONS.maxAttempts);
    assert.deepStrictEqual(tooMany, [], 'errors reporting more attempts than maxAttempts');
    const dataRequests = sandbox.stats.requests - (sandbox.stats.byPath['/v3/oauth2/token'] ?? 0);
    assert.ok(dataRequests <= n * OPTIONS.maxAttempts, `${dataRequests} data requests for ${n} calls: retries are unbounded`);
    assert.ok(dataRequests >= n, `${dataRequests} data requests for ${n} calls`);
    assert.deepStrictEqual(unhandled, [], 'unhandled rejections');
    return outcomes;
  }

  it('500s, 429s with Retry-After, resets and malformed bodies at once: 300 calls, all end typed and in time', async () => {
    const outcomes = await soak(
      { latencyMs: 5, error500Rate: 0.12, rate429Rate: 0.04, retryAfterSeconds: 1, resetRate: 0.08, malformedRate: 0.06, seed: 3 },
      300,
      24,
    );
    const kinds = new Set(outcomes.map((o) => o.kind ?? 'ok'));
    // The mix really happened: successes (after retries) and final errors of several kinds.
    assert.ok(outcomes.filter((o) => o.ok).length > 150, `only ${outcomes.filter((o) => o.ok).length} of 300 succeeded`);
    assert.ok(kinds.has('invalidResponse'), `kinds seen: ${[...kinds].join(', ')}`);
  });

  it('slow bodies within the timeout, with resets: 200 calls succeed or fail typed', async () => {
    const outcomes = await soak({ slowBodyMs: 120, resetRate: 0.1, error500Rate: 0.05, seed: 4 }, 200, 12);
    assert.ok(outcomes.filter((o) => o.ok).length > 150, `only ${outcomes.filter((o) => o.ok).length} of 200 succeeded`);
  });

  it('latency beyond the per-attempt timeout: 60 calls all end as timeout within the deadline', async () => {
    const outcomes = await soak({ latencyMs: 700, seed: 5 }, 60, 12);
    const kinds = [...new Set(outcomes.map((o) => o.kind ?? 'ok'))];
    assert.deepStrictEqual(kinds, ['timeout']);
  });

  it('slow bodies beyond the timeout mixed with 429s: 60 calls end typed within the deadline', async () => {
    const outcomes = await soak({ slowBodyMs: 900, rate429Rate: 0.3, retryAfterSeconds: 1, seed: 6 }, 60, 12);
    assert.ok(
      outcomes.every((o) => !o.ok),
      'a body slower than the timeout was accepted',
    );
  });

  it('the client still works normally after the soak', async () => {
    sandbox.setFaults({});
    assert.deepStrictEqual(await client.getServices(), sandbox.fleet.customers[0].services);
  });
});
