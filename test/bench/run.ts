// npm run bench — speed and size figures of the extension beside their goals. Prints a table and saves
// it to bench-results/bench.json (and .md). Figures are judged here, never asserted in npm test.
import * as path from 'path';
import { installSignalHandlers, stopAll } from '../harness/processes';
import { REPO_ROOT } from '../harness/paths';
import { acquireRunLock } from '../harness/runLock';
import { shippedBuild } from './build';
import { burstConnections, clientQuery, pagingBySize, parserLinearity, sandboxThroughput } from './clientBench';
import { fleetRequests } from './fleetRequests';
import { hoverFigures } from './hoverFigures';
import { diffLines } from './heapDiff';
import { sandboxMemory } from './sandboxMemory';
import { loadTiming } from './loadTiming';
import { kb, Table, verdict } from './report';
import { vscodeRows } from './vscodeRows';
import { vscodeBench } from './vscodeBench';

const RESULTS = path.join(REPO_ROOT, 'bench-results', 'bench.json');
const ACTIVATION_ROUNDS = Number(process.env.FLINKEY_BENCH_ACTIVATION_ROUNDS ?? 20);

async function main(): Promise<number> {
  installSignalHandlers();
  const started = Date.now();
  const table = new Table();
  const problems: string[] = [];
  const section = async (name: string, work: () => Promise<void>) => {
    console.log(`\n${name}`);
    const t0 = Date.now();
    try {
      await work();
    } catch (e) {
      problems.push(`${name}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      console.error(`  failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    console.log(`  (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  };

  // Test runs in this folder and the bench would slow each other down: wait for the run lock first.
  await acquireRunLock();
  console.log('Production build and VSIX in a temporary copy of the project…');
  const build = await shippedBuild(REPO_ROOT);
  try {
    const top = build.contributors
      .slice(0, 3)
      .map(([name, bytes]) => `${name} ${kb(bytes)}`)
      .join(', ');
    table.add({
      group: 'size',
      figure: 'dist/extension.js (node esbuild.js --production)',
      value: kb(build.extensionBytes),
      goal: '≤ 150 KB',
      verdict: verdict(build.extensionBytes <= 150 * 1024),
      note: `largest parts: ${top}`,
      data: { bytes: build.extensionBytes, contributors: build.contributors.slice(0, 10) },
    });
    table.add({
      group: 'size',
      figure: 'VSIX size / file count (npm run package)',
      value: `${kb(build.vsixBytes)} / ${build.vsixFiles.length} files`,
      goal: '≤ 1 MB (README pictures included)',
      verdict: verdict(build.vsixBytes <= 1024 * 1024),
      note: `README pictures ${kb(build.pictureBytes)}`,
      data: { bytes: build.vsixBytes, files: build.vsixFiles },
    });

    await section('Loading and activating dist/extension.js (plain Node, stand-in vscode)', async () => {
      loadTiming(table, path.join(build.dir, 'dist', 'extension.js'));
    });

    await section('Client and sandbox (plain Node, loopback)', async () => {
      await burstConnections(table);
      await pagingBySize(table);
      await sandboxThroughput(table);
      await clientQuery(table);
      await fleetRequests(table);
      await sandboxMemory(table);
      await hoverFigures(table);
      await parserLinearity(table);
    });

    await section('Real VS Code (shipped build + hello-world control, headless Chromium)', async () => {
      const result = await vscodeBench(build.dir, path.join(REPO_ROOT, 'bench-results', 'logs'), ACTIVATION_ROUNDS);
      problems.push(...result.problems);
      for (const row of vscodeRows(result)) table.add(row);
      for (const [key, when] of [
        ['loaded', 'with 10,000 products loaded'],
        ['cycled', 'after the 20 refresh/collapse cycles'],
      ] as const) {
        const diff = result.heapDiff?.[key];
        if (diff) {
          console.log(
            `\n  Extension-host heap ${when}, vs. before loading (heap snapshot diff):\n${diffLines(diff)
              .map((l) => `    ${l}`)
              .join('\n')}`,
          );
        }
      }
    });
  } finally {
    build.remove();
  }

  console.log(`\n${table.text()}\n`);
  if (problems.length) console.log(`Problems:\n${problems.map((p) => `- ${p}`).join('\n')}\n`);
  table.save(RESULTS, {
    when: new Date().toISOString(),
    node: process.version,
    durationS: Math.round((Date.now() - started) / 1000),
    problems,
  });
  const missed = table.rows.filter((r) => r.verdict === 'MISS').length;
  console.log(
    `${table.rows.length} figures, ${missed} goal(s) missed; saved ${path.relative(REPO_ROOT, RESULTS)} (${Math.round((Date.now() - started) / 1000)} s)`,
  );
  return problems.length ? 1 : 0;
}

void main()
  .catch((e: unknown) => {
    console.error(e instanceof Error ? e.stack : e);
    return 1;
  })
  .then(async (code) => {
    await stopAll();
    process.exit(code);
  });
