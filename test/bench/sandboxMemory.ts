// The demo server runs inside the user's extension host: what it keeps for requests to ever new paths (a script
// probing ids, a typo loop) must stay bounded. Heap after a full collection, before and after 20,000 such requests.
import * as v8 from 'v8';
import * as vm from 'vm';
import { startSandbox } from '../../src/core/sandbox/server';
import { requestUniquePaths } from '../unit/core/sandbox/uniquePaths';
import { verdict, type Table } from './report';

const REQUESTS = 20_000;

function collector(): (() => void) | undefined {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as unknown;
  return typeof gc === 'function' ? (gc as () => void) : undefined;
}

function heapAfterCollection(gc: (() => void) | undefined): number {
  for (let i = 0; i < 3; i++) gc?.();
  return process.memoryUsage().heapUsed;
}

export async function sandboxMemory(table: Table): Promise<void> {
  const gc = collector();
  const sandbox = await startSandbox({ products: 5 });
  try {
    await requestUniquePaths(sandbox.baseUrl, 1); // the server's own first-request state, before the baseline
    const before = heapAfterCollection(gc);
    await requestUniquePaths(sandbox.baseUrl, REQUESTS);
    const growth = heapAfterCollection(gc) - before;
    const mb = growth / 1024 / 1024;
    table.add({
      group: 'memory',
      figure: `demo server heap after ${REQUESTS.toLocaleString('en')} requests to unique paths (half 4 KB long)`,
      value: `${mb >= 0 ? '+' : ''}${mb.toFixed(1)} MB`,
      goal: '≤ +5 MB (was +90 MB)',
      verdict: verdict(gc !== undefined && mb <= 5),
      note: gc ? `${Object.keys(sandbox.stats.byPath).length} paths counted by name` : 'no gc: not measured',
      data: { bytes: growth, counted: Object.keys(sandbox.stats.byPath).length },
    });
  } finally {
    await sandbox.close();
  }
}
