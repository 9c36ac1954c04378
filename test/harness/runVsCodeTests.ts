// npm run test:vscode — the suite in test/vscode/ inside a real VS Code: the VS Code server from the
// cache, headless Chromium as its window, the project's sandbox as the flinkey backend.
import * as fs from 'fs';
import * as path from 'path';
import { openWorkbench, type Workbench } from './browser';
import { startControlServer } from './controlServer';
import { logRoutes } from './logRoutes';
import { pageRoutes } from './pageActions';
import { ensureVsCode } from './installVsCode';
import { ENV, EXTENSION_BUNDLE, LOG_DIR, REPO_ROOT, RESULTS_DIR, SCREENSHOT_DIR, TEST_ENTRY, seconds } from './paths';
import { installSignalHandlers, isStopping, runMain } from './processes';
import { acquireRunLock } from './runLock';
import { startSandbox } from './sandboxProcess';
import { followProgress, printSummary, readResults } from './testReport';
import { startVsCodeServer, type VsCodeServer, workbenchUrl } from './vscodeServer';
import { progressFileFor } from '../vscode/results';

const TIME_LIMIT_MS = Number(process.env.FLINKEY_TEST_TIME_LIMIT_S ?? 480) * 1000;
const RESULTS_FILE = path.join(RESULTS_DIR, 'vscode-results.json');

function lastLines(file: string, n: number): string {
  if (!fs.existsSync(file)) return '';
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .slice(-n)
    .join('\n');
}

function requireBuilt(): void {
  const missing = [
    [EXTENSION_BUNDLE, 'node esbuild.js'],
    [TEST_ENTRY, 'npm run compile-tests'],
  ].filter(([file]) => !fs.existsSync(file));
  for (const [file, fix] of missing) console.error(`${path.relative(REPO_ROOT, file)} is missing; build it with: ${fix}`);
  if (missing.length) throw new Error('build first');
}

/**
 * Waits for the results file; stops early when VS Code or its window is gone. An extension host that
 * exits within a minute of a reload the tests asked for is the reload, not a failure.
 */
async function waitForResults(
  server: VsCodeServer,
  workbench: Workbench,
  limitMs: number,
  reloadedAt: () => number,
): Promise<string | undefined> {
  const deadline = Date.now() + limitMs;
  let exited = false;
  void server.exited.then(() => (exited = true));
  while (Date.now() < deadline && !isStopping()) {
    if (fs.existsSync(RESULTS_FILE)) return undefined;
    if (exited) return 'the VS Code server exited';
    if (server.tail(10).includes('Extension Host Process exited') && Date.now() - reloadedAt() > 60_000) return 'the extension host exited';
    const lost = workbench.lost();
    if (lost) return lost;
    await new Promise((r) => setTimeout(r, 250));
  }
  return `no results after ${seconds(limitMs)}`;
}

async function main(): Promise<number> {
  installSignalHandlers();
  const t0 = Date.now();
  const install = await ensureVsCode();
  requireBuilt();
  await acquireRunLock();
  fs.rmSync(LOG_DIR, { recursive: true, force: true });
  fs.mkdirSync(LOG_DIR, { recursive: true });
  fs.rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
  fs.rmSync(RESULTS_FILE, { force: true });
  fs.rmSync(progressFileFor(RESULTS_FILE), { force: true });

  const sandbox = await startSandbox(['--port', '0', '--products', '250', '--seed', '7'], path.join(LOG_DIR, 'sandbox.log'));
  console.log(`Sandbox: ${sandbox.info.baseUrl}`);

  let workbench: Workbench | undefined;
  let vscodeTemp: string | undefined;
  let reloadedAt = 0;
  const control = await startControlServer({
    screenshot: async (file) => {
      if (!workbench) throw new Error('the window is not open yet');
      await workbench.page.screenshot({ path: file });
    },
    sandboxRequests: () => ({ count: sandbox.requestCount(), recent: sandbox.recentRequests() }),
    routes: {
      ...pageRoutes(
        () => workbench?.page,
        () => (reloadedAt = Date.now()),
      ),
      ...logRoutes(() => vscodeTemp),
    },
  });

  const t1 = Date.now();
  const server = await startVsCodeServer(install, {
    logFile: path.join(LOG_DIR, 'vscode-server.log'),
    env: {
      [ENV.sandbox]: JSON.stringify(sandbox.info),
      [ENV.control]: control.url,
      [ENV.results]: RESULTS_FILE,
    },
  });
  vscodeTemp = server.tempDir;
  console.log(`VS Code server: ${server.origin} answered in ${seconds(Date.now() - t1)}`);

  const progress = followProgress(progressFileFor(RESULTS_FILE));
  const url = workbenchUrl(server, [REPO_ROOT], TEST_ENTRY);
  const t2 = Date.now();
  workbench = await openWorkbench(url, path.join(LOG_DIR, 'browser-console.log'));
  console.log(`Workbench: on screen in ${seconds(Date.now() - t2)}`);

  const problem = await waitForResults(server, workbench, TIME_LIMIT_MS, () => reloadedAt);
  if (isStopping()) return 130; // Ctrl+C or SIGTERM: the signal handler is already stopping everything
  progress.stop();
  const saved = server.saveLogs(LOG_DIR);
  const results = readResults(RESULTS_FILE);

  if (problem || !results) {
    console.error(`\nFAILED: ${problem ?? 'no results'}.`);
    const running = progress.running();
    if (running) console.error(`The test running last (it never finished): ${running}`);
    else if (progress.lastEvent()) console.error(`Last thing the suite reported: ${JSON.stringify(progress.lastEvent())}`);
    else console.error('The test entry never started (the extension host did not run it).');
    // The extension host's own log and the extension's output channel say most about a hang.
    for (const log of saved.filter((f) => /remoteexthost\.log$|flinkey[^/]*\.log$/.test(path.basename(f)))) {
      console.error(`\n--- last lines of ${path.relative(REPO_ROOT, log)}\n${lastLines(log, 12)}`);
    }
    console.error(`\n--- last lines of the server output\n${server.tail(15)}`);
    console.log('0 passed, 1 failed');
    return 1;
  }
  printSummary(results, control.screenshots);
  console.log(`(total ${seconds(Date.now() - t0)}; logs in ${path.relative(REPO_ROOT, LOG_DIR)}/)`);
  return results.failures.length === 0 && results.passes.length > 0 ? 0 : 1;
}

runMain(main, () => console.log('0 passed, 1 failed'));
