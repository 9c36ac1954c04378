// A pathological matchesPattern must not hold the server (it runs inside the user's extension host): the
// request is stopped after the budget with a 400 that names the reason, and the next request is answered.
import * as assert from 'node:assert/strict';
import { toQueryString } from '../../../../src/core/odata';
import { BudgetExceeded, EvaluationBudget } from '../../../../src/core/sandbox/budget';
import { openSession, type Session } from './helpers';

describe('sandbox evaluation budget', function () {
  this.timeout(30_000);
  let s: Session;
  before(async () => {
    s = await openSession({ products: 300, seed: 3, evalBudgetMs: 400 });
  });
  after(() => s.sb.close());

  it('stops a backtracking pattern after the budget, says why, and keeps answering', async () => {
    // Exponential on every 16-hex-digit uniqueId: seconds per row without a bound.
    const filter = "matchesPattern(uniqueId,'^(([0-9A-F]+)+)+z$')";
    const started = Date.now();
    const answer = await s.get(`/products?${toQueryString({ filter })}`);
    const took = Date.now() - started;
    assert.equal(answer.status, 400);
    assert.match(answer.body, /^The demo server stopped evaluating this query after 400 ms\. Its matchesPattern pattern backtracks/);
    assert.ok(took < 2000, `took ${took} ms`);
    const next = await s.get(`/products?${toQueryString({ filter: "matchesPattern(uniqueId,'^[0-9A-F]+$')", top: 3 })}`);
    assert.equal(next.status, 200);
    assert.equal((JSON.parse(next.body) as unknown[]).length, 3);
  });

  it('leaves quick queries alone and passes other errors through', () => {
    const budget = new EvaluationBudget(200);
    assert.equal(
      budget.run(() => 6 * 7),
      42,
    );
    assert.throws(() => budget.run(() => /^(([0-9a-f]+)+)+z$/.test('a1b2c3d4e5f6a7b8a1b2')), BudgetExceeded);
    assert.throws(
      () =>
        budget.run(() => {
          throw new RangeError('own');
        }),
      RangeError,
    );
  });
});
