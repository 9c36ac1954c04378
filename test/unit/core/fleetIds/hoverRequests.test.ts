// Requests a fleet-id hover and Check Fleet IDs in File send on the demo sandbox (250 products, seed 4711, as
// Explore the Demo Fleet starts it): one per id when cold, none when cached, one for ten hovers on one id.
// Their latency is measured by `npm run bench` (test/bench/hoverFigures.ts), never asserted here.
//
// Typing lag: nothing here runs on a keystroke. Recognition and look-ups run only when VS Code asks for a hover
// (after its hover delay, for the hovered line) or when the user runs Check Fleet IDs in File. The one keystroke
// listener moves existing stale-id warnings (shiftRanges).
import * as assert from 'assert';
import type { FlinkeyClient } from '../../../../src/core/api/client';
import { FleetIdResolver, findCandidates, type IdLookup } from '../../../../src/core/fleetIds';
import { startSandbox, type Sandbox } from '../../../../src/core/sandbox/server';
import { shiftRanges } from '../../../../src/ui/fleetIds/shiftRanges';
import { clientFor } from '../api/helpers';
import { checkLookups, hoverAt, hoverLines, lookupsSent, recognitionFile } from './hoverFixture';

describe('fleetIds: requests of hovers and file checks on the demo sandbox', function () {
  this.timeout(60_000);
  let sandbox: Sandbox;
  let client: FlinkeyClient;
  const sent = () => lookupsSent(sandbox);

  before(async () => {
    sandbox = await startSandbox({ products: 250, seed: 4711 });
    client = clientFor(sandbox);
    await client.getCustomers();
  });
  after(() => sandbox.close());
  beforeEach(() => sandbox.resetStats());

  it('a hover: one request when cold, none when cached, none for a miss seen before', async () => {
    const resolver = new FleetIdResolver(() => Promise.resolve(client));
    const lines = hoverLines(sandbox);
    for (const { line, at } of lines) await hoverAt(resolver, line, at);
    assert.strictEqual(sent(), lines.length);
    sandbox.resetStats();
    for (let round = 0; round < 5; round++) for (const { line, at } of lines) await hoverAt(resolver, line, at);
    assert.strictEqual(sent(), 0);
    const miss = "  serialNumber: 'FB99-9999999',";
    await hoverAt(resolver, miss, 20);
    await hoverAt(resolver, miss, 20);
    assert.strictEqual(sent(), 1);
  });

  it('ten hovers on one id in flight together send one request', async () => {
    sandbox.setFaults({ latencyMs: 100 });
    try {
      const resolver = new FleetIdResolver(() => Promise.resolve(client));
      const { line, at } = hoverLines(sandbox)[20];
      await Promise.all(Array.from({ length: 10 }, () => hoverAt(resolver, line, at)));
      assert.strictEqual(sent(), 1);
    } finally {
      sandbox.setFaults({});
    }
  });

  it('recognition of a 3,000-line file finds its 600 ids without a request', () => {
    const found = recognitionFile(sandbox).flatMap((line) => findCandidates(line));
    assert.strictEqual(found.length, 600);
    assert.strictEqual(sent(), 0);
  });

  it('Check Fleet IDs in File: 500 ids in one file, in chunks of 40 terms', async () => {
    const lookups: IdLookup[] = checkLookups(sandbox);
    const results = await new FleetIdResolver(() => Promise.resolve(client)).resolveAll(lookups);
    assert.strictEqual(results.filter((r) => 'records' in r && r.records.length === 0).length, 100);
    assert.strictEqual(sent(), Math.ceil(400 / 40) + Math.ceil(100 / 40));
  });

  it('the keystroke listener moves 1,000 stale-id warnings and keeps them all', () => {
    const warnings = Array.from({ length: 1000 }, (_, i) => ({ line: i * 3, start: 4, end: 16, message: 'unknown' }));
    const moved = shiftRanges(warnings, { startLine: 0, startCharacter: 0, endLine: 0, endCharacter: 0, text: 'x' });
    assert.strictEqual(moved.length, 1000);
    assert.deepStrictEqual([moved[0].start, moved[0].end, moved[1].start], [5, 17, 4]);
  });
});
