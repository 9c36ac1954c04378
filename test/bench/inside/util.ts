// What the bench entry inside the extension host needs: the launcher's control endpoint, sandbox request
// counts, the Fleet rows as the page shows them, and heap samples after a real garbage collection.
import * as v8 from 'v8';
import * as vm from 'vm';
import * as vscode from 'vscode';
import { callLauncher } from '../../vscode/harness';

export type SandboxName = 'fast' | 'slow';

import type { SandboxInfo } from '../../harness/sandboxProcess';

export type { SandboxInfo };

export interface Row {
  label: string;
  description: string;
  level: number;
  expanded?: boolean;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function cmd<T = unknown>(command: string, ...args: unknown[]): Promise<T> {
  return Promise.resolve(vscode.commands.executeCommand<T>(command, ...args));
}

export async function control<T = any>(route: string, body: unknown = {}): Promise<T> {
  const { status, json } = await callLauncher('POST', route, body);
  if (status !== 200) throw new Error(`${route}: ${status} ${json?.error ?? ''}`);
  return json as T;
}

export function sandboxes(): Record<SandboxName, SandboxInfo> {
  const raw = process.env.FLINKEY_BENCH_SANDBOXES;
  if (!raw) throw new Error('FLINKEY_BENCH_SANDBOXES is not set: run through npm run bench');
  return JSON.parse(raw) as Record<SandboxName, SandboxInfo>;
}

export async function requests(name: SandboxName): Promise<{ count: number; recent: string[] }> {
  return control('/bench/requests', { sandbox: name });
}

/** The request count once it has not changed for 600 ms (at most 10 s). */
export async function settled(name: SandboxName): Promise<number> {
  let last = (await requests(name)).count;
  let stable = 0;
  for (const end = Date.now() + 10_000; Date.now() < end && stable < 3;) {
    await sleep(200);
    const now = (await requests(name)).count;
    stable = now === last ? stable + 1 : 0;
    last = now;
  }
  return last;
}

/** Requests `action` made on the sandbox, with their log lines (method, path, status, ms). */
export async function countRequests(name: SandboxName, action: () => Promise<unknown>): Promise<{ count: number; lines: string[] }> {
  const before = await settled(name);
  await action();
  const after = await settled(name);
  const count = after - before;
  const recent = (await requests(name)).recent;
  return { count, lines: count > 0 ? recent.slice(-Math.min(count, recent.length)) : [] };
}

export async function rows(): Promise<Row[]> {
  return (await control<{ rows: Row[] }>('/page/treeRows')).rows;
}

export async function waitRows(test: (rows: Row[]) => boolean, what: string, timeoutMs = 15_000): Promise<Row[]> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const now = await rows();
    if (test(now)) return now;
    if (Date.now() > end) {
      throw new Error(`timed out waiting for ${what}; rows: ${JSON.stringify(now.slice(0, 8))}${now.length ? '' : await viewTitles()}`);
    }
    await sleep(100);
  }
}

/**
 * The titles of the flinkey views on screen. The rows are found by the Fleet view's name: a build without its
 * package.nls.json shows "%view.fleet.name%" there, and no row is ever found (the bench's copy once lacked it).
 */
async function viewTitles(): Promise<string> {
  const selector = '[id="workbench.view.extension.flinkey"] .pane-header .title';
  const { texts } = await control<{ texts: string[] }>('/page/texts', { selector }).catch(() => ({ texts: [] as string[] }));
  return `; the flinkey views on screen: ${JSON.stringify(texts)}`;
}

export const productRows = (r: Row[]) => r.filter((x) => x.level === 2 && !x.label.startsWith('Load more'));

/** Clicks a Fleet row's twistie (expand/collapse) or, with `label: true`, its label (runs its command). */
export function clickRow(label: string, level?: number, onLabel = false): Promise<unknown> {
  return control('/page/clickRow', { label, level, twistie: !onLabel });
}

/** A real collection: global.gc when the host exposes it, else gc made reachable through V8 flags. */
export function findGc(): { gc?: () => void; how: string } {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return { gc: exposed, how: 'global.gc (exposed by the host)' };
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as unknown;
    if (typeof gc === 'function') {
      return { gc: gc as () => void, how: 'no global.gc in the extension host; gc exposed at run time with v8.setFlagsFromString' };
    }
  } catch {
    // fall through
  }
  return { how: 'no gc available: median of samples without collection' };
}

/** heapUsed in bytes: collect (when possible) a few times, then the median of 5 samples. */
export async function heapUsed(gc: (() => void) | undefined): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    if (gc) {
      gc();
      await sleep(50);
      gc();
    }
    await sleep(100);
    samples.push(process.memoryUsage().heapUsed);
  }
  return samples.sort((a, b) => a - b)[2];
}
