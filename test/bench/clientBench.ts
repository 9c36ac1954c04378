// Figures taken in plain Node against real loopback sandboxes: connections per burst, paging at three
// fleet sizes, the sandbox's throughput, a query's round trip through the client, and the OData parser.
import * as http from 'http';
import { FlinkeyClient } from '../../src/core/api/client';
import { applyQuery, parseFilter } from '../../src/core/odata';
import { generateFleet } from '../../src/core/sandbox/fleet';
import { startSandbox as startInProcess } from '../../src/core/sandbox/server';
import { startSandbox as startChild, type Sandbox as ChildSandbox } from '../harness/sandboxProcess';
import { kb, ms, type Table, verdict } from './report';
import { round, summarize, timeRuns } from './stats';

function clientOf(info: {
  baseUrl: string;
  apiKey: string;
  username: string;
  password: string;
  customerId: string | number;
}): FlinkeyClient {
  return new FlinkeyClient({ ...info, customerId: String(info.customerId) });
}

/** TCP connections the sandbox accepted for one token request plus 100 concurrent GETs, over 5 fresh sandboxes. */
export async function burstConnections(table: Table): Promise<void> {
  const counts: number[] = [];
  for (let run = 0; run < 5; run++) {
    const sandbox = await startInProcess({ products: 200, seed: run + 1 });
    try {
      const client = clientOf(sandbox);
      await client.getToken(sandbox.username, sandbox.password);
      await Promise.all(Array.from({ length: 100 }, (_, i) => client.getProducts({ query: { top: 10, skip: i } })));
      if (sandbox.stats.requests !== 101) throw new Error(`expected 101 requests, the sandbox saw ${sandbox.stats.requests}`);
      counts.push(sandbox.stats.connections);
    } finally {
      await sandbox.close();
    }
  }
  const worst = Math.max(...counts);
  table.add({
    group: 'network',
    figure: 'TCP connections for a burst of 100 requests (+ token)',
    value: `max ${worst} (runs: ${counts.join(', ')})`,
    goal: '≤ 6',
    verdict: verdict(worst <= 6),
    data: counts,
  });
}

/** First page ($top=100) and one Load more ($skip=100) against sandboxes of 1k, 10k and 100k products. */
export async function pagingBySize(table: Table): Promise<void> {
  const sizes = [1_000, 10_000, 100_000];
  const results: { size: number; first: number; more: number }[] = [];
  for (const size of sizes) {
    const sandbox = await startChild(['--port', '0', '--products', String(size), '--seed', '11']);
    try {
      const client = clientOf(sandbox.info);
      await client.getToken(sandbox.info.username, sandbox.info.password);
      for (let i = 0; i < 5; i++) await client.getProducts({ query: { top: 100, skip: 100 * (i % 2) } }); // warm up
      const first: number[] = [];
      const more: number[] = [];
      for (let i = 0; i < 25; i++) {
        first.push((await timeRuns(1, () => client.getProducts({ query: { top: 100, skip: 0 } })))[0]);
        more.push((await timeRuns(1, () => client.getProducts({ query: { top: 100, skip: 100 } })))[0]);
      }
      results.push({ size, first: summarize(first).p50, more: summarize(more).p50 });
    } finally {
      await sandbox.stop();
    }
  }
  // Where the growth comes from: the sandbox's own page cut (applyQuery over the whole list), no HTTP.
  const serverMs = sizes.map((size) => {
    const rows = generateFleet({ seed: 11, products: size }).customers[0].products;
    for (let i = 0; i < 20; i++) applyQuery(rows, { top: 100, skip: 100 }, 'product');
    const t0 = performance.now();
    for (let i = 0; i < 50; i++) applyQuery(rows, { top: 100, skip: 100 }, 'product');
    return (performance.now() - t0) / 50;
  });
  const [small, , big] = results;
  for (const [key, label] of [
    ['first', 'first page'],
    ['more', 'Load more'],
  ] as const) {
    const ratio = big[key] / small[key];
    table.add({
      group: 'paging',
      figure: `${label} (client, $top=100) p50 at 1k / 10k / 100k products`,
      value: `${results.map((r) => ms(r[key])).join(' / ')} (100k = ${round(ratio * 100, 0)} % of 1k)`,
      goal: '100k within 10 % of 1k',
      verdict: verdict(ratio <= 1.1),
      note: `the sandbox's applyQuery alone takes ${serverMs.map((v) => ms(v, 2)).join(' / ')} for the same page`,
      data: { results, serverMs },
    });
  }
}

/** GET /products?$top=100 with 6 keep-alive connections for ~3 s (≤ 20,000 requests), 3 rounds. */
export async function sandboxThroughput(table: Table): Promise<void> {
  const sandbox: ChildSandbox = await startChild(['--port', '0', '--products', '10000', '--seed', '12']);
  try {
    const client = clientOf(sandbox.info);
    const token = await client.getToken(sandbox.info.username, sandbox.info.password);
    const url = new URL(`${sandbox.info.baseUrl}/products?$top=100`);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 6 });
    const headers = {
      'flinkey-API-Key': sandbox.info.apiKey,
      Authorization: `Bearer ${token.accessToken}`,
      'Customer-ID': String(sandbox.info.customerId),
    };
    const get = () =>
      new Promise<void>((resolve, reject) => {
        const req = http.get(url, { agent, headers }, (res) => {
          res.resume();
          res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`status ${res.statusCode}`))));
        });
        req.on('error', reject);
      });
    const rates: number[] = [];
    for (let round_ = 0; round_ < 3; round_++) {
      let done = 0;
      const t0 = performance.now();
      const worker = async () => {
        while (performance.now() - t0 < 3000 && done < 20_000) {
          await get();
          done++;
        }
      };
      await Promise.all(Array.from({ length: 6 }, worker));
      rates.push(done / ((performance.now() - t0) / 1000));
    }
    agent.destroy();
    const s = summarize(rates);
    table.add({
      group: 'network',
      figure: 'sandbox throughput, GET /products?$top=100 (6 keep-alive connections, 3 × 3 s)',
      value: `${Math.round(s.p50)} req/s (min ${Math.round(s.min)}, max ${Math.round(s.max)})`,
      goal: 'figure only',
      verdict: 'INFO',
      data: rates,
    });
  } finally {
    await sandbox.stop();
  }
}

/** A query's round trip through FlinkeyClient.query (no VS Code), 40 runs. */
export async function clientQuery(table: Table): Promise<void> {
  const sandbox = await startChild(['--port', '0', '--products', '10000', '--seed', '13']);
  try {
    const client = clientOf(sandbox.info);
    await client.getToken(sandbox.info.username, sandbox.info.password);
    const query = { filter: "type eq 'flinkey IQ' and startswith(serialNumber,'1')", orderby: 'serialNumber desc', top: 50 };
    await client.query('products', query);
    const s = summarize(await timeRuns(40, () => client.query('products', query)));
    table.add({
      group: 'query',
      figure: 'query round trip via the client (10k products, $filter+$orderby+$top=50)',
      value: `p50 ${ms(s.p50)}, p95 ${ms(s.p95)}`,
      goal: 'p95 ≤ 300 ms',
      verdict: verdict(s.p95 <= 300),
      data: s,
    });
  } finally {
    await sandbox.stop();
  }
}

/** A flat filter of about `bytes` characters: clauses of every kind joined with and/or. */
export function filterOfSize(bytes: number): string {
  const clauses = [
    "serialNumber eq 'SN-0001'",
    "(type eq 'flinkey IQ' or type eq 'flinkey Box')",
    "startswith(uniqueId,'ab')",
    'id gt 42',
    "not contains(serialNumber,'x')",
    'dongleTerminationTimeStamp eq null',
  ];
  let text = '';
  for (let i = 0; text.length < bytes; i++) {
    text += (i === 0 ? '' : i % 2 ? ' and ' : ' or ') + clauses[i % clauses.length];
  }
  return text;
}

/** Parse time of a 1, 2, 5 and 10 KB filter (p50 of 30 runs each); linear means t(10 KB) / t(1 KB) ≈ 10. */
export async function parserLinearity(table: Table): Promise<void> {
  const sizes = [1024, 2048, 5120, 10240];
  const texts = sizes.map(filterOfSize);
  const tiny = "serialNumber eq 'SN-0001' and id gt 42";
  for (let i = 0; i < 200; i++) parseFilter(tiny);
  const tinyMs = summarize(await timeRuns(100, () => parseFilter(tiny))).p50;
  for (let i = 0; i < 50; i++) texts.forEach((t) => parseFilter(t)); // warm up the JIT
  const p50: number[] = [];
  for (const t of texts) p50.push(summarize(await timeRuns(30, () => parseFilter(t))).p50);
  const ratio = p50[3] / p50[0];
  table.add({
    group: 'odata',
    figure: 'OData $filter parse time at 1 / 2 / 5 / 10 KB (p50 of 30)',
    value: `${p50.map((v) => ms(v, 2)).join(' / ')}; 10 KB ÷ 1 KB = ${round(ratio, 1)} (linear ≈ 10; a ${tiny.length}-character filter: ${ms(tinyMs, 3)})`,
    goal: 'figure only (linear in length)',
    verdict: 'INFO',
    note: ratio > 15 ? 'grows faster than linear' : undefined,
    data: sizes.map((s, i) => ({ bytes: texts[i].length, size: kb(s), p50Ms: p50[i] })),
  });
}
