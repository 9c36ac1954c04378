// npm run test:vscode — the suite in test/vscode/ inside a real VS Code: the VS Code server from the
// cache, headless Chromium as its window, the project's sandbox as the flinkey backend. A second, short
// window runs VS Code in German for the tests written for it (test/vscode/*.de.test.ts), a third one in
// English on a workspace the user has not trusted (test/vscode/*.restricted.test.ts).
import * as fs from 'fs';
import * as path from 'path';
import { openWorkbench, type Workbench } from './browser';
import { startControlServer } from './controlServer';
import { logRoutes } from './logRoutes';
import { pageRoutes } from './pageActions';
import { ensureVsCode, type VsCodeInstall } from './installVsCode';
import { ENV, EXTENSION_BUNDLE, LOG_DIR, REPO_ROOT, RESULTS_DIR, SCREENSHOT_DIR, TEST_ENTRY, seconds } from './paths';
import { installSignalHandlers, isStopping, runMain } from './processes';
import { acquireRunLock } from './runLock';
import { startSandbox } from './sandboxProcess';
import { followProgress, mergeResults, printSummary, readResults } from './testReport';
import { startVsCodeServer, type VsCodeServer, workbenchUrl } from './vscodeServer';
import { progressFileFor, type TestFailure, type TestResults } from '../vscode/results';

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
  file: string,
  server: VsCodeServer,
  workbench: Workbench,
  limitMs: number,
  reloadedAt: () => number,
): Promise<string | undefined> {
  const deadline = Date.now() + limitMs;
  let exited = false;
  void server.exited.then(() => (exited = true));
  while (Date.now() < deadline && !isStopping()) {
    if (fs.existsSync(file)) return undefined;
    if (exited) return 'the VS Code server exited';
    if (server.tail(10).includes('Extension Host Process exited') && Date.now() - reloadedAt() > 60_000) return 'the extension host exited';
    const lost = workbench.lost();
    if (lost) return lost;
    await new Promise((r) => setTimeout(r, 250));
  }
  return `no results after ${seconds(limitMs)}`;
}

/** One VS Code window running the tests written for it (see test/vscode/index.ts). */
interface Window {
  /** Its name on the command line and in test file names (`<name>.<window>.test.ts`; 'en' for plain ones). */
  name: string;
  language: string;
  resultsFile: string;
  /** Suffix of its log files ('' for the English window, whose names stay as they were). */
  logSuffix: string;
  settings?: Record<string, unknown>;
  limitMs: number;
}

/** A workspace the user has not trusted, without the prompt: Restricted Mode as a user meets it. */
const UNTRUSTED = { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' };

const WINDOWS: Window[] = [
  { name: 'en', language: 'en', resultsFile: RESULTS_FILE, logSuffix: '', limitMs: TIME_LIMIT_MS },
  {
    name: 'de',
    language: 'de',
    resultsFile: path.join(RESULTS_DIR, 'vscode-results.de.json'),
    logSuffix: '.de',
    // Untrusted too: its query files show the Workspace Trust texts in German.
    settings: UNTRUSTED,
    limitMs: 120_000,
  },
  {
    name: 'restricted',
    language: 'en',
    resultsFile: path.join(RESULTS_DIR, 'vscode-results.restricted.json'),
    logSuffix: '.restricted',
    settings: UNTRUSTED,
    limitMs: 120_000,
  },
];

interface Current {
  workbench?: Workbench;
  vscodeTemp?: string;
  /** When the tests last asked for the window to be reloaded (0: never). */
  reloadedAt: number;
}

async function runWindow(
  w: Window,
  install: VsCodeInstall,
  env: Record<string, string>,
  current: Current,
): Promise<{ results?: TestResults; problem?: string }> {
  const logDir = w.logSuffix ? path.join(LOG_DIR, w.name) : LOG_DIR;
  const t1 = Date.now();
  const server = await startVsCodeServer(install, {
    logFile: path.join(LOG_DIR, `vscode-server${w.logSuffix}.log`),
    env: { ...env, [ENV.results]: w.resultsFile, [ENV.language]: w.language, [ENV.window]: w.name },
    language: w.language,
    settings: w.settings,
  });
  current.vscodeTemp = server.tempDir;
  current.reloadedAt = 0;
  console.log(`VS Code server (${w.name}): ${server.origin} answered in ${seconds(Date.now() - t1)}`);

  const progress = followProgress(progressFileFor(w.resultsFile));
  const url = workbenchUrl(server, [REPO_ROOT], TEST_ENTRY);
  const t2 = Date.now();
  const workbench = await openWorkbench(url, path.join(LOG_DIR, `browser-console${w.logSuffix}.log`));
  current.workbench = workbench;
  console.log(`Workbench: on screen in ${seconds(Date.now() - t2)}`);

  const problem = await waitForResults(w.resultsFile, server, workbench, w.limitMs, () => current.reloadedAt);
  if (isStopping()) return { problem: 'stopped' };
  progress.stop();
  const saved = server.saveLogs(logDir);
  const results = readResults(w.resultsFile);
  if (problem || !results) {
    console.error(`\nFAILED (${w.name}): ${problem ?? 'no results'}.`);
    const running = progress.running();
    if (running) console.error(`The test running last (it never finished): ${running}`);
    else if (progress.lastEvent()) console.error(`Last thing the suite reported: ${JSON.stringify(progress.lastEvent())}`);
    else console.error('The test entry never started (the extension host did not run it).');
    // The extension host's own log and the extension's output channel say most about a hang.
    for (const log of saved.filter((f) => /remoteexthost\.log$|flinkey[^/]*\.log$/.test(path.basename(f)))) {
      console.error(`\n--- last lines of ${path.relative(REPO_ROOT, log)}\n${lastLines(log, 12)}`);
    }
    console.error(`\n--- last lines of the server output\n${server.tail(15)}`);
  }
  // Free the two cores for the next window.
  current.workbench = undefined;
  current.vscodeTemp = undefined;
  await workbench.close();
  await server.stop();
  console.log(`VS Code in '${w.name}': ${seconds(Date.now() - t1)} from server start to stop`);
  return { results, problem: problem ?? (results ? undefined : 'no results') };
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
  // `npm run test:vscode -- de` runs the German window alone.
  const names = process.argv.slice(2);
  const windows = names.length ? WINDOWS.filter((w) => names.includes(w.name)) : WINDOWS;
  if (windows.length === 0) {
    throw new Error(`no window for ${names.join(', ')}; there are ${WINDOWS.map((w) => w.name).join(', ')}`);
  }
  for (const w of windows) {
    fs.rmSync(w.resultsFile, { force: true });
    fs.rmSync(progressFileFor(w.resultsFile), { force: true });
  }

  const sandbox = await startSandbox(['--port', '0', '--products', '250', '--seed', '7'], path.join(LOG_DIR, 'sandbox.log'));
  console.log(`Sandbox: ${sandbox.info.baseUrl}`);

  const current: Current = { reloadedAt: 0 };
  const control = await startControlServer({
    screenshot: async (file) => {
      if (!current.workbench) throw new Error('the window is not open yet');
      await current.workbench.page.screenshot({ path: file });
    },
    sandboxRequests: () => ({ count: sandbox.requestCount(), recent: sandbox.recentRequests() }),
    routes: {
      ...pageRoutes(
        () => current.workbench?.page,
        () => (current.reloadedAt = Date.now()),
      ),
      ...logRoutes(() => current.vscodeTemp),
    },
  });
  const env: Record<string, string> = { [ENV.sandbox]: JSON.stringify(sandbox.info), [ENV.control]: control.url };
  const grep = process.env[ENV.grep];
  if (grep) env[ENV.grep] = grep;

  const all: TestResults[] = [];
  const broken: TestFailure[] = [];
  for (const w of windows) {
    const { results, problem } = await runWindow(w, install, env, current);
    if (isStopping()) return 130; // Ctrl+C or SIGTERM: the signal handler is already stopping everything
    if (results) all.push(results);
    if (problem) broken.push({ fullTitle: `(VS Code in '${w.name}')`, message: `${problem}; see above` });
  }
  const results = mergeResults(all);
  results.failures.push(...broken);
  printSummary(results, control.screenshots);
  console.log(`(total ${seconds(Date.now() - t0)}; logs in ${path.relative(REPO_ROOT, LOG_DIR)}/)`);
  return results.failures.length === 0 && results.passes.length > 0 ? 0 : 1;
}

runMain(main, () => console.log('0 passed, 1 failed'));
