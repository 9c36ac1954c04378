import * as assert from 'assert';
import { isFlinkeyError } from '../../../../src/core/api/errors';
import { backoffMs, Limiter, sleep } from '../../../../src/core/api/timing';

describe('api/timing', () => {
  it('Limiter never exceeds its bound and serves waiters in order', async () => {
    const limiter = new Limiter(3);
    let active = 0;
    let peak = 0;
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        await limiter.acquire(undefined, Date.now() + 5000, 5000);
        order.push(i);
        active++;
        peak = Math.max(peak, active);
        await sleep(2);
        active--;
        limiter.release();
      }),
    );
    assert.strictEqual(peak, 3);
    assert.deepStrictEqual(
      order,
      [...order].sort((a, b) => a - b),
    );
    assert.strictEqual(limiter.inFlight, 0);
  });

  it('a waiter that is cancelled leaves the queue', async () => {
    const limiter = new Limiter(1);
    await limiter.acquire(undefined, Date.now() + 5000, 5000);
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal, Date.now() + 5000, 5000);
    assert.strictEqual(limiter.waiting, 1);
    controller.abort();
    await assert.rejects(waiting, (e: unknown) => isFlinkeyError(e, 'cancelled'));
    assert.strictEqual(limiter.waiting, 0);
    limiter.release();
    assert.strictEqual(limiter.inFlight, 0);
  });

  it('a waiter past its deadline times out', async () => {
    const limiter = new Limiter(1);
    await limiter.acquire(undefined, Date.now() + 5000, 5000);
    await assert.rejects(limiter.acquire(undefined, Date.now() + 20, 20), (e: unknown) => isFlinkeyError(e, 'timeout'));
    limiter.release();
  });

  it('backoff is full jitter under an exponential cap', () => {
    for (let attempt = 1; attempt <= 8; attempt++) {
      const cap = Math.min(5000, 200 * 2 ** (attempt - 1));
      for (let i = 0; i < 50; i++) {
        const d = backoffMs(attempt);
        assert.ok(d >= 0 && d <= cap, `${d} > ${cap}`);
      }
    }
  });
});
