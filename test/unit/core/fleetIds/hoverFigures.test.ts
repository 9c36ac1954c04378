// Figures for the fleet-id hover on the demo sandbox (250 products, seed 4711, as Explore the Demo Fleet starts it):
// requests and latency of what a hover runs (recognition, then the look-up), cold and cached, and what a check of a
// whole file costs. Times are printed, never asserted; request counts are asserted.
//
// Typing lag: nothing here runs on a keystroke. Recognition and look-ups run only when VS Code asks for a hover
// (after its hover delay, for the hovered line) or when the user runs Check Fleet IDs in File. The one keystroke
// listener moves existing stale-id warnings (shiftRanges): a map lookup for files without them, arithmetic over
// the warnings for files with them; its cost is printed below too.
import * as assert from 'assert';
import { performance } from 'perf_hooks';
import type { FlinkeyClient } from '../../../../src/core/api/client';
import { FleetIdResolver, candidateAt, findCandidates, type IdLookup } from '../../../../src/core/fleetIds';
import { startSandbox, type Sandbox } from '../../../../src/core/sandbox/server';
import { shiftRanges } from '../../../../src/ui/fleetIds/shiftRanges';
import { clientFor } from '../api/helpers';

interface Row {
  what: string;
  requests: number | string;
  time: string;
}

const rows: Row[] = [];
const ms = (t: number) => `${t.toFixed(t < 10 ? 2 : 0)} ms`;
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const pct = (xs: number[], p: number) => sorted(xs)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const spread = (xs: number[]) => `p50 ${ms(pct(xs, 50))}, p95 ${ms(pct(xs, 95))}`;

describe('fleetIds: hover figures on the demo sandbox (printed, not asserted on time)', function () {
  this.timeout(60_000);
  let sandbox: Sandbox;
  let client: FlinkeyClient;
  const sent = () => ['/v3/products', '/v3/cars', '/v3/services', '/v3/users'].reduce((n, p) => n + (sandbox.stats.byPath[p] ?? 0), 0);

  before(async () => {
    sandbox = await startSandbox({ products: 250, seed: 4711 });
    client = clientFor(sandbox);
    await client.getCustomers();
  });
  after(async () => {
    await sandbox.close();
    console.log('\n  Fleet-id hover figures (demo sandbox, loopback):');
    for (const r of rows) console.log(`    ${r.what.padEnd(66)} ${String(r.requests).padStart(9)}   ${r.time}`);
  });
  beforeEach(() => sandbox.resetStats());

  /** Lines a hover might land on: one id each, of every kind. */
  function hoverLines(): { line: string; at: number }[] {
    const f = sandbox.fleet.customers[0];
    const lines: [string, string][] = [
      ...f.products.slice(0, 10).map((p): [string, string] => [`  serialNumber: '${p.serialNumber}',`, p.serialNumber]),
      ...f.products.slice(10, 15).map((p): [string, string] => [`  "productId": ${p.id},`, String(p.id)]),
      ...f.cars
        .filter((c) => c.vin)
        .slice(0, 10)
        .map((c): [string, string] => [`const car = { vin: "${c.vin}" };`, c.vin!]),
      ...f.services.slice(0, 5).map((s): [string, string] => [`SERVICE_ID = ${s.id}`, String(s.id)]),
    ];
    return lines.map(([line, value]) => ({ line, at: line.indexOf(value) + 2 }));
  }

  async function hover(resolver: FleetIdResolver, line: string, at: number): Promise<number> {
    const t = performance.now();
    const c = candidateAt(line, at);
    assert.ok(c, line);
    await resolver.resolveOne({ field: c.field, value: c.value });
    return performance.now() - t;
  }

  it('a hover: one request when cold, none when cached, none for a miss seen before', async () => {
    const resolver = new FleetIdResolver(() => Promise.resolve(client));
    const lines = hoverLines();
    const cold: number[] = [];
    for (const { line, at } of lines) cold.push(await hover(resolver, line, at));
    assert.strictEqual(sent(), lines.length);
    rows.push({
      what: `cold hover, ${lines.length} different ids (recognise + look-up)`,
      requests: `${sent()} (1 each)`,
      time: spread(cold),
    });

    sandbox.resetStats();
    const warm: number[] = [];
    for (let round = 0; round < 5; round++) for (const { line, at } of lines) warm.push(await hover(resolver, line, at));
    assert.strictEqual(sent(), 0);
    rows.push({ what: `cached hover, the same ids ×5 (within five minutes)`, requests: 0, time: spread(warm) });

    const miss = "  serialNumber: 'FB99-9999999',";
    const first = await hover(resolver, miss, 20);
    const second = await hover(resolver, miss, 20);
    assert.strictEqual(sent(), 1);
    rows.push({ what: 'a serial number the fleet does not know, then again', requests: 1, time: `${ms(first)}, then ${ms(second)}` });
  });

  it('a hover on a slow network (100 ms per answer) and with ten hovers on one id at once', async () => {
    sandbox.setFaults({ latencyMs: 100 });
    try {
      const resolver = new FleetIdResolver(() => Promise.resolve(client));
      const lines = hoverLines().slice(0, 10);
      const slow: number[] = [];
      for (const { line, at } of lines) slow.push(await hover(resolver, line, at));
      rows.push({ what: 'cold hover, 100 ms network latency', requests: `${sent()} (1 each)`, time: spread(slow) });
      sandbox.resetStats();
      const { line, at } = hoverLines()[20];
      const t = performance.now();
      await Promise.all(Array.from({ length: 10 }, () => hover(resolver, line, at)));
      assert.strictEqual(sent(), 1);
      rows.push({ what: 'ten hovers on one id in flight together', requests: 1, time: ms(performance.now() - t) });
    } finally {
      sandbox.setFaults({});
    }
  });

  it('recognition alone: a 3,000-line file, and the line under the pointer', () => {
    const f = sandbox.fleet.customers[0];
    const code = Array.from({ length: 3000 }, (_, i) =>
      i % 10 === 0
        ? `  { serialNumber: '${f.products[i % 250].serialNumber}', carId: ${f.cars[i % f.cars.length].id} },`
        : `  const value${i} = compute(input.items[${i}], options.threshold * ${i});`,
    );
    let t = performance.now();
    const found = code.flatMap((line) => findCandidates(line));
    const whole = performance.now() - t;
    assert.strictEqual(found.length, 600);
    t = performance.now();
    for (const line of code) candidateAt(line, 20);
    const perLine = ((performance.now() - t) / code.length) * 1000;
    rows.push({ what: 'recognise a 3,000-line file (600 ids), no request', requests: 0, time: ms(whole) });
    rows.push({ what: 'recognise the hovered line', requests: 0, time: `${perLine.toFixed(1)} µs per hover` });
  });

  it('Check Fleet IDs in File: 500 ids in one file', async () => {
    const f = sandbox.fleet.customers[0];
    const lookups: IdLookup[] = [
      ...f.products.slice(0, 200).map((p): IdLookup => ({ field: 'serialNumber', value: p.serialNumber })),
      ...f.products.slice(0, 100).map((p): IdLookup => ({ field: 'productId', value: String(p.id) })),
      ...f.cars.slice(0, 100).map((c): IdLookup => ({ field: 'carId', value: String(c.id) })),
      ...Array.from({ length: 100 }, (_, i): IdLookup => ({ field: 'serialNumber', value: `FB99-${String(i).padStart(7, '0')}` })),
    ];
    const resolver = new FleetIdResolver(() => Promise.resolve(client));
    const t = performance.now();
    const results = await resolver.resolveAll(lookups);
    const took = performance.now() - t;
    const unknown = results.filter((r) => 'records' in r && r.records.length === 0).length;
    assert.strictEqual(unknown, 100);
    assert.strictEqual(sent(), Math.ceil(400 / 40) + Math.ceil(100 / 40));
    rows.push({ what: 'check 500 ids (400 product terms, 100 car ids), 100 unknown', requests: sent(), time: ms(took) });
  });

  it('the keystroke listener: moving 1,000 stale-id warnings per edit', () => {
    const warnings = Array.from({ length: 1000 }, (_, i) => ({ line: i * 3, start: 4, end: 16, message: 'unknown' }));
    const t = performance.now();
    let list = warnings;
    for (let k = 0; k < 100; k++) list = shiftRanges(list, { startLine: 0, startCharacter: 0, endLine: 0, endCharacter: 0, text: 'x' });
    const each = (performance.now() - t) / 100;
    assert.strictEqual(list.length, 1000);
    rows.push({ what: 'one keystroke in a file with 1,000 stale-id warnings', requests: 0, time: ms(each) });
    rows.push({ what: 'one keystroke in any other file', requests: 0, time: 'one map lookup' });
  });
});
