// The fleet-id hover on the demo sandbox (250 products, seed 4711, as Explore the Demo Fleet starts it): requests
// and latency of what a hover runs (recognition, then the look-up), cold, cached and on a slow network; what
// recognition and Check Fleet IDs in File cost; and the one keystroke listener, for typing lag.
import { performance } from 'perf_hooks';
import { FlinkeyClient } from '../../src/core/api/client';
import { FleetIdResolver, candidateAt, findCandidates } from '../../src/core/fleetIds';
import { startSandbox } from '../../src/core/sandbox/server';
import { shiftRanges } from '../../src/ui/fleetIds/shiftRanges';
import { checkLookups, hoverAt, hoverLines, lookupsSent, recognitionFile } from '../unit/core/fleetIds/hoverFixture';
import { verdict, type Table } from './report';
import { percentile } from './stats';

const ms = (t: number) => `${t.toFixed(t < 10 ? 2 : 0)} ms`;
const spread = (xs: number[]) => `p50 ${ms(percentile(xs, 50))}, p95 ${ms(percentile(xs, 95))}`;

export async function hoverFigures(table: Table): Promise<void> {
  const sandbox = await startSandbox({ products: 250, seed: 4711 });
  try {
    const client = new FlinkeyClient({ ...sandbox, customerId: sandbox.customerId });
    await client.getToken(sandbox.username, sandbox.password);
    const lines = hoverLines(sandbox);
    const resolver = new FleetIdResolver(() => Promise.resolve(client));
    const add = (figure: string, value: string, goal: string, ok: boolean | undefined) =>
      table.add({ group: 'fleet ids', figure, value, goal, verdict: verdict(ok) });

    sandbox.resetStats();
    const cold: number[] = [];
    for (const { line, at } of lines) cold.push(await hoverAt(resolver, line, at));
    add(
      `hover, cold: ${lines.length} different ids (recognise + look-up, loopback)`,
      `${spread(cold)}; ${lookupsSent(sandbox)} requests`,
      `1 request each; p95 ≤ 100 ms`,
      lookupsSent(sandbox) === lines.length && percentile(cold, 95) <= 100,
    );

    sandbox.resetStats();
    const warm: number[] = [];
    for (let round = 0; round < 5; round++) for (const { line, at } of lines) warm.push(await hoverAt(resolver, line, at));
    add(
      'hover, cached: the same ids ×5',
      `${spread(warm)}; ${lookupsSent(sandbox)} requests`,
      '0 requests; p95 ≤ 1 ms',
      lookupsSent(sandbox) === 0 && percentile(warm, 95) <= 1,
    );

    sandbox.setFaults({ latencyMs: 100 });
    sandbox.resetStats();
    const slowResolver = new FleetIdResolver(() => Promise.resolve(client));
    const slow: number[] = [];
    for (const { line, at } of lines.slice(0, 10)) slow.push(await hoverAt(slowResolver, line, at));
    add(
      'hover, cold, 100 ms network latency',
      `${spread(slow)}; ${lookupsSent(sandbox)} requests`,
      'one round trip each (figure)',
      undefined,
    );
    sandbox.resetStats();
    const { line, at } = lines[20];
    let t = performance.now();
    await Promise.all(Array.from({ length: 10 }, () => hoverAt(slowResolver, line, at)));
    add(
      'ten hovers on one id in flight together (100 ms latency)',
      `${ms(performance.now() - t)}; ${lookupsSent(sandbox)} request`,
      '1 request',
      lookupsSent(sandbox) === 1,
    );
    sandbox.setFaults({});

    const file = recognitionFile(sandbox);
    t = performance.now();
    const found = file.flatMap((l) => findCandidates(l)).length;
    add(`recognise a 3,000-line file (${found} ids), no request`, ms(performance.now() - t), 'figure only', undefined);
    t = performance.now();
    for (const l of file) candidateAt(l, 20);
    const perLine = ((performance.now() - t) / file.length) * 1000;
    add('recognise the hovered line', `${perLine.toFixed(1)} µs`, '≤ 100 µs', perLine <= 100);

    sandbox.resetStats();
    t = performance.now();
    await new FleetIdResolver(() => Promise.resolve(client)).resolveAll(checkLookups(sandbox));
    add(
      'Check Fleet IDs in File: 500 ids (400 product terms, 100 car ids), 100 unknown',
      `${ms(performance.now() - t)}; ${lookupsSent(sandbox)} requests`,
      '13 requests (chunks of 40 terms)',
      lookupsSent(sandbox) === 13,
    );

    const warnings = Array.from({ length: 1000 }, (_, i) => ({ line: i * 3, start: 4, end: 16, message: 'unknown' }));
    t = performance.now();
    let moved = warnings;
    for (let k = 0; k < 100; k++) moved = shiftRanges(moved, { startLine: 0, startCharacter: 0, endLine: 0, endCharacter: 0, text: 'x' });
    const each = (performance.now() - t) / 100;
    add('typing: one keystroke in a file with 1,000 stale-id warnings (the only keystroke listener)', ms(each), '≤ 1 ms', each <= 1);
  } finally {
    await sandbox.close();
  }
}
