// Entry of the bench inside the extension host (loaded as extensionTestsPath by test/bench/vscodeBench.ts).
// Each window load asks the launcher what to do — "measure" once, then "activation" after each reload —
// and reports back as JSON. No assertions: the launcher's table judges the figures.
import * as vscode from 'vscode';
import { expandTimes, heap, jsonDocumentTimes, queryRoundTrips, requestsPerAction, revealTimes } from './measure';
import { cmd, control, requests, sleep } from './util';

const FLINKEY = 'flinkey-fleet-explorer.flinkey-fleet-explorer';
const CONTROL = 'flinkey-bench.flinkey-bench-control';

/** FLINKEY_BENCH_STEPS=heap,requests runs only these steps of the measure load (all when unset). */
const ONLY = process.env.FLINKEY_BENCH_STEPS?.split(',').map((s) => s.trim());

async function step<T>(out: Record<string, unknown>, name: string, work: () => Promise<T>): Promise<void> {
  if (ONLY && !ONLY.includes(name)) return;
  const t0 = Date.now();
  try {
    out[name] = await work();
  } catch (e) {
    out[name] = { error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) };
  }
  console.log(`bench: ${name} took ${Date.now() - t0} ms`);
}

async function measure(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = { vscodeVersion: vscode.version };
  const flinkey = vscode.extensions.getExtension(FLINKEY);
  if (!flinkey) throw new Error(`${FLINKEY} is not loaded`);
  await flinkey.activate();
  await sleep(1500);
  // A fresh profile: whatever reached the sandbox so far came from start-up and activation (signed out).
  out.requestsSignedOutStartup = (await requests('fast')).count;
  await step(out, 'requests', requestsPerAction);
  await step(out, 'queryRoundTrips', queryRoundTrips);
  await step(out, 'jsonDocument', jsonDocumentTimes);
  await step(out, 'revealFast', () => revealTimes('fast', 9));
  await step(out, 'revealSlow', () => revealTimes('slow', 9));
  await step(out, 'expandSlow', () => expandTimes('slow', 7));
  await step(out, 'heap', heap);
  // Leave a signed-in profile with the view hidden for the activation loads.
  await cmd('flinkey.signIn', { ...JSON.parse(process.env.FLINKEY_BENCH_SANDBOXES!).fast, staySignedIn: true });
  await cmd('workbench.action.closeAllEditors');
  await cmd('workbench.view.explorer');
  await sleep(1000);
  return out;
}

async function activation(requestsAtLoad: number): Promise<Record<string, unknown>> {
  const flinkey = vscode.extensions.getExtension(FLINKEY);
  const helloWorld = vscode.extensions.getExtension(CONTROL);
  if (!flinkey || !helloWorld) throw new Error('the extension or the control is not loaded');
  for (let i = 0; i < 300 && !(flinkey.isActive && helloWorld.isActive); i++) await sleep(100);
  if (!flinkey.isActive || !helloWorld.isActive) throw new Error('start-up activation did not happen within 30 s');
  await sleep(2000);
  const requestsSinceLoad = (await requests('fast')).count - requestsAtLoad;
  await cmd('workbench.action.showRuntimeExtensions');
  await sleep(1500);
  const { rows } = await control<{ rows: unknown[] }>('/bench/runtimeExtensions');
  await cmd('workbench.action.closeAllEditors');
  // Which the window listed (and so started) first: the launcher alternates it from load to load.
  const ids = vscode.extensions.all.map((e) => e.id);
  const first = ids.indexOf(FLINKEY) < ids.indexOf(CONTROL) ? 'extension' : 'control';
  return { requestsSinceLoad, rows, first };
}

export async function run(): Promise<void> {
  const next = await control<{ mode: string; requestsAtLoad: number }>('/bench/next');
  if (next.mode === 'stop') return;
  const mode = next.mode as 'measure' | 'activation';
  let report: Record<string, unknown>;
  try {
    report = mode === 'measure' ? await measure() : await activation(next.requestsAtLoad);
  } catch (e) {
    report = { error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) };
  }
  await control('/bench/report', { mode, ...report });
  // The launcher reloads the window for the next round; until then this host stays up.
  await sleep(mode === 'measure' ? 20_000 : 10_000);
}
