// Token lifecycle: renewal before expiry, after rejection, shared renewals, and no password at hand.
import * as assert from 'assert';
import type { Token } from '../../../../src/core/api/models';
import { startSandbox, type Sandbox } from '../../../../src/core/sandbox/server';
import { clientFor, rejectsWith, tokenRequests } from './helpers';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('api/FlinkeyClient tokens (sandbox)', () => {
  let sandbox: Sandbox;

  before(async () => {
    sandbox = await startSandbox({ products: 20, seed: 3, tokenTtlSeconds: 1 });
  });
  after(() => sandbox.close());
  beforeEach(() => sandbox.resetStats());

  it('with a password, gets a token before the first call and renews when it is near expiry', async () => {
    const seen: Token[] = [];
    const c = clientFor(sandbox, { onToken: (t) => seen.push(t) });
    await c.getProducts();
    assert.strictEqual(tokenRequests(sandbox), 1);
    // A 1 s token is always within the 30 s renewal margin, so each call renews first.
    await c.getServices();
    assert.strictEqual(tokenRequests(sandbox), 2);
    assert.strictEqual(seen.length, 2);
    assert.notStrictEqual(seen[0].accessToken, seen[1].accessToken);
  });

  it('an expired token without a password → unauthorized without a request', async () => {
    const token = await clientFor(sandbox).getToken(sandbox.username, sandbox.password);
    const c = clientFor(sandbox, { token, username: undefined, password: undefined });
    await sleep(1100);
    sandbox.resetStats();
    const e = await rejectsWith(c.getProducts(), 'unauthorized');
    assert.match(e.message, /expired/);
    assert.strictEqual(sandbox.stats.requests, 0);
  });

  it('no token and no password → unauthorized', async () => {
    const c = clientFor(sandbox, { username: undefined, password: undefined });
    await rejectsWith(c.getCustomers(), 'unauthorized');
  });

  it('a token the server rejects → one renewal and one retry, shared by concurrent calls', async () => {
    const long = await startSandbox({ products: 20, seed: 3 });
    try {
      const c = clientFor(long);
      await c.getProducts();
      assert.strictEqual(tokenRequests(long), 1);
      long.revokeTokens();
      const results = await Promise.all(Array.from({ length: 8 }, () => c.getServices()));
      assert.strictEqual(results.length, 8);
      assert.strictEqual(tokenRequests(long), 2, 'one renewal for all eight calls');
      assert.strictEqual(long.stats.byPath['/v3/services'], 16, 'each call: rejected once, retried once');
    } finally {
      await long.close();
    }
  });

  it('concurrent first calls share one token request', async () => {
    const c = clientFor(sandbox);
    await Promise.all(Array.from({ length: 10 }, () => c.getProducts({ query: { top: 1 } })));
    assert.strictEqual(tokenRequests(sandbox), 1);
  });

  it('a token rejected again after renewal → unauthorized, no loop', async () => {
    const long = await startSandbox({ products: 5, seed: 3 });
    try {
      // Every renewal is revoked at once, so the retry is rejected too.
      const c = clientFor(long, { onToken: () => long.revokeTokens() });
      const e = await rejectsWith(c.getProducts(), 'unauthorized');
      assert.strictEqual(e.details.status, 401);
      assert.strictEqual(tokenRequests(long), 2);
      assert.strictEqual(long.stats.byPath['/v3/products'], 2);
    } finally {
      await long.close();
    }
  });
});
