// The demo sandbox runs inside the user's extension host: what it keeps per request stays bounded,
// however many unique paths or token requests arrive.
import * as assert from 'node:assert/strict';
import { MAX_TOKENS, TokenStore } from '../../../../src/core/sandbox/auth';
import { MAX_COUNTED_PATHS, OTHER_PATHS } from '../../../../src/core/sandbox/pathCounts';
import { startSandbox, type Sandbox } from '../../../../src/core/sandbox/server';
import { requestUniquePaths } from './uniquePaths';

describe('sandbox memory', () => {
  let sb: Sandbox;
  before(async () => (sb = await startSandbox({ products: 5 })));
  after(() => sb.close());

  it('5,000 requests to unique paths keep a bounded count, and every request is counted', async function () {
    this.timeout(120_000);
    const total = 5_000;
    // Half of them long: before, each was a key of its own (20,000 paths took +90 MB).
    await requestUniquePaths(sb.baseUrl, total);
    const keys = Object.keys(sb.stats.byPath);
    assert.ok(keys.length <= MAX_COUNTED_PATHS + 1, `${keys.length} paths kept`);
    assert.ok(JSON.stringify(sb.stats).length < 40_000, `${JSON.stringify(sb.stats).length} characters of stats`);
    assert.equal(
      Object.values(sb.stats.byPath).reduce((a, b) => a + b, 0),
      total,
    );
    assert.ok(sb.stats.byPath[OTHER_PATHS] >= total - MAX_COUNTED_PATHS);
    assert.equal(sb.stats.byPath['/v3/products/0'], 1, 'the first paths are still counted one by one');
  });

  it('the token store keeps at most MAX_TOKENS valid tokens, dropping the oldest', () => {
    const store = new TokenStore(3600);
    const first = store.issue('manager').token;
    let last = first;
    for (let i = 0; i < MAX_TOKENS + 50; i++) last = store.issue('manager').token;
    assert.ok(store.size <= MAX_TOKENS, `${store.size} tokens kept`);
    assert.equal(store.isValid(last), true);
    assert.equal(store.isValid(first), false);
  });
});
