// Loading and activating the shipped dist/extension.js in plain Node (loadChild.ts, one fresh process per
// run): the part of VS Code's "Load Code + Call Activate" that is ours, without the window's noise.
import { execFileSync } from 'child_process';
import * as path from 'path';
import { REPO_ROOT } from '../harness/paths';
import { ms, Table, verdict } from './report';
import { summarize } from './stats';

const CHILD = path.join(__dirname, 'loadChild.js');
const GOAL_MS = 10;

export interface LoadRun {
  requireMs: number;
  activateMs: number;
  /** File names of the bundles beside extension.js that loading and activating required. */
  loaded: string[];
}

/** `runs` cold loads of `bundle` (a dist/extension.js), each in its own Node process. */
export function loadRuns(bundle: string, runs: number): LoadRun[] {
  const out: LoadRun[] = [];
  for (let i = 0; i < runs; i++) {
    const text = execFileSync(process.execPath, [CHILD, bundle], { cwd: REPO_ROOT, encoding: 'utf8' });
    out.push(JSON.parse(text.trim().split('\n').pop() ?? '{}') as LoadRun);
  }
  return out;
}

export function loadTiming(table: Table, bundle: string, runs = 30): void {
  const samples = loadRuns(bundle, runs);
  const load = summarize(samples.map((s) => s.requireMs));
  const activate = summarize(samples.map((s) => s.activateMs));
  const both = summarize(samples.map((s) => s.requireMs + s.activateMs));
  const loaded = [...new Set(samples.flatMap((s) => s.loaded))].sort();
  table.add({
    group: 'activation',
    figure: `plain Node: require(dist/extension.js) / activate() with a stand-in vscode (${runs} cold processes)`,
    value: `p50 ${ms(load.p50)} / ${ms(activate.p50)} (together p50 ${ms(both.p50)}, p95 ${ms(both.p95)})`,
    goal: `together p50 ≤ ${GOAL_MS} ms`,
    verdict: verdict(both.p50 <= GOAL_MS),
    note: `module evaluation and wiring only, every VS Code call returns at once; bundles loaded: ${loaded.join(', ')}`,
    data: { require: load, activate, both, loaded },
  });
}

// `node out/test/bench/loadTiming.js [dist/extension.js] [runs]` prints the figure alone.
if (require.main === module) {
  const table = new Table();
  loadTiming(table, path.resolve(process.argv[2] ?? path.join(REPO_ROOT, 'dist', 'extension.js')), Number(process.argv[3] ?? 30));
}
