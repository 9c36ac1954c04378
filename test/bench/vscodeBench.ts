// The part of the bench that needs a real VS Code: the VS Code server from the cache, headless Chromium,
// the shipped build of the extension next to a hello-world control, and two sandboxes (0 ms and 50 ms
// latency). The bench entry inside the extension host (inside/index.ts) asks this launcher what to do
// through the control endpoint: one "measure" load, then several reloads that only read activation times.
import * as fs from 'fs';
import * as path from 'path';
import { openWorkbench, type Workbench } from '../harness/browser';
import { RouteError, startControlServer } from '../harness/controlServer';
import { ensureVsCode } from '../harness/installVsCode';
import { pageRoutes } from '../harness/pageActions';
import { ENV, REPO_ROOT } from '../harness/paths';
import { startSandbox, type Sandbox } from '../harness/sandboxProcess';
import { startVsCodeServer, workbenchUrl } from '../harness/vscodeServer';
import { diffSnapshots, readSnapshot, type HeapDiff } from './heapDiff';
import { clickRowAction, hoverRow, runtimeExtensions, textPainted, timeClick, watchText } from './pageTiming';

export const BENCH_ENV = { sandboxes: 'FLINKEY_BENCH_SANDBOXES' } as const;
export const CONTROL_EXTENSION = path.join(REPO_ROOT, 'test', 'bench', 'control');
const BENCH_ENTRY = path.join(REPO_ROOT, 'out', 'test', 'bench', 'inside', 'index.js');

export type SandboxName = 'fast' | 'slow';

export interface InsideReport {
  mode: 'measure' | 'activation';
  error?: string;
  [key: string]: unknown;
}

export interface VsCodeBenchResult {
  vscodeVersion?: string;
  measure?: InsideReport;
  activation: InsideReport[];
  /** What grew in the extension host's heap from before loading to after loading, and to after the cycles. */
  heapDiff?: { loaded: HeapDiff; cycled: HeapDiff };
  problems: string[];
}

export async function vscodeBench(extensionDir: string, logDir: string, activationRounds: number): Promise<VsCodeBenchResult> {
  const install = await ensureVsCode();
  fs.mkdirSync(logDir, { recursive: true });
  const sandboxes: Record<SandboxName, Sandbox> = {
    fast: await startSandbox(['--port', '0', '--products', '12000', '--seed', '21'], path.join(logDir, 'bench-sandbox-fast.log')),
    slow: await startSandbox(
      ['--port', '0', '--products', '2000', '--seed', '22', '--faults', 'latency=50'],
      path.join(logDir, 'bench-sandbox-slow.log'),
    ),
  };
  const phases: InsideReport['mode'][] = ['measure', ...Array.from({ length: activationRounds }, () => 'activation' as const)];
  let phase = -1;
  let requestsAtLoad = 0;
  let workbench: Workbench | undefined;
  const result: VsCodeBenchResult = { activation: [], problems: [] };
  let finished!: () => void;
  const allDone = new Promise<void>((resolve) => (finished = resolve));

  const page = () => {
    if (!workbench) throw new RouteError(501, 'no window yet');
    return workbench.page;
  };
  const sandboxOf = (name: unknown) => {
    const s = sandboxes[name as SandboxName];
    if (!s) throw new RouteError(400, `no sandbox '${String(name)}'`);
    return s;
  };
  // Which of the two is listed first alternates from load to load (see `list` below), so an advantage of being
  // scanned and activated first or second falls on each half of the loads.
  let extensionFirst = true;
  const reload = async () => {
    extensionFirst = !extensionFirst;
    list(extensionFirst);
    requestsAtLoad = sandboxes.fast.requestCount();
    await page().reload({ waitUntil: 'domcontentloaded', timeout: 60_000 });
  };

  const control = await startControlServer({
    sandboxRequests: () => ({ count: sandboxes.fast.requestCount(), recent: sandboxes.fast.recentRequests() }),
    routes: {
      ...pageRoutes(() => workbench?.page),
      '/bench/next': () => {
        phase++;
        return { mode: phases[phase] ?? 'stop', round: phase, requestsAtLoad };
      },
      '/bench/report': (body: InsideReport) => {
        if (body.mode === 'measure') result.measure = body;
        else result.activation.push(body);
        if (body.error) result.problems.push(`${body.mode}: ${body.error}`);
        if (typeof body.vscodeVersion === 'string') result.vscodeVersion = body.vscodeVersion;
        if (phase + 1 < phases.length) {
          setTimeout(() => void reload().catch((e: unknown) => (result.problems.push(`reload: ${String(e)}`), finished())), 500);
        } else {
          finished();
        }
        return {};
      },
      '/bench/requests': (body: { sandbox?: string }) => {
        const s = sandboxOf(body.sandbox);
        return { count: s.requestCount(), recent: s.recentRequests() };
      },
      '/bench/timeClick': (body: Parameters<typeof timeClick>[1] & { until: Parameters<typeof timeClick>[2] }) =>
        timeClick(page(), body, body.until),
      '/bench/clickRowAction': async (body: { label: string; action: string }) => {
        await clickRowAction(page(), body.label, body.action);
        return {};
      },
      '/bench/hoverRow': (body: { label: string }) => hoverRow(page(), body.label),
      '/bench/runtimeExtensions': async () => ({ rows: await runtimeExtensions(page()) }),
      '/bench/watchText': async (body: { text: string }) => {
        await watchText(page(), body.text);
        return {};
      },
      '/bench/textPainted': async () => ({ paintedAt: await textPainted(page()) }),
    },
  });

  const server = await startVsCodeServer(install, {
    logFile: path.join(logDir, 'bench-vscode-server.log'),
    env: {
      [ENV.control]: control.url,
      [BENCH_ENV.sandboxes]: JSON.stringify({ fast: sandboxes.fast.info, slow: sandboxes.slow.info }),
    },
  });
  // One development path may be a folder of extensions: the shipped build and the control, as '1' and '2' in the
  // order of this load.
  const devFolder = path.join(server.tempDir, 'bench-extensions');
  fs.mkdirSync(devFolder);
  const list = (flinkeyFirst: boolean) => {
    const [one, two] = flinkeyFirst ? [extensionDir, CONTROL_EXTENSION] : [CONTROL_EXTENSION, extensionDir];
    for (const [name, target] of [
      ['1', one],
      ['2', two],
    ]) {
      fs.rmSync(path.join(devFolder, name), { force: true });
      fs.symlinkSync(target, path.join(devFolder, name), 'dir');
    }
  };
  list(extensionFirst);
  workbench = await openWorkbench(workbenchUrl(server, [devFolder], BENCH_ENTRY), path.join(logDir, 'bench-browser-console.log'));

  const limitMs = 9 * 60_000;
  const timedOut = await Promise.race([allDone.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), limitMs).unref())]);
  if (timedOut) result.problems.push(`the bench inside VS Code did not finish within ${limitMs / 60_000} min (phase ${phases[phase]})`);
  result.heapDiff = compareSnapshots(result);
  server.saveLogs(logDir);
  await workbench.close();
  await server.stop();
  await control.close();
  await Promise.all(Object.values(sandboxes).map((s) => s.stop()));
  return result;
}

/** Compares the heap snapshots the measure load wrote (baseline, loaded, cycled), then deletes them. */
function compareSnapshots(result: VsCodeBenchResult): VsCodeBenchResult['heapDiff'] {
  const heap = result.measure?.heap as { snapshots?: Record<string, string>; folder?: string } | undefined;
  if (!heap?.snapshots || !heap.folder) return undefined;
  try {
    const { baseline, loaded, cycled } = heap.snapshots;
    const before = readSnapshot(baseline);
    return { loaded: diffSnapshots(before, readSnapshot(loaded)), cycled: diffSnapshots(before, readSnapshot(cycled)) };
  } catch (e) {
    result.problems.push(`heap snapshots: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return undefined;
  } finally {
    fs.rmSync(heap.folder, { recursive: true, force: true });
  }
}
