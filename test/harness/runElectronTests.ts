// npm run test:electron — the same suite (test/vscode/) in desktop VS Code via @vscode/test-electron.
// That downloads VS Code from Microsoft's update server, so it needs a machine that can reach it and a
// display (or xvfb-run). The sandbox and the control endpoint are set up as for the browser launcher;
// screenshots are skipped there (no page to shoot).
import { runTests } from '@vscode/test-electron';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startControlServer } from './controlServer';
import { ENV, EXTENSION_BUNDLE, LOG_DIR, REPO_ROOT, RESULTS_DIR, TEST_ENTRY } from './paths';
import { installSignalHandlers, onCleanup, runMain } from './processes';
import { acquireRunLock } from './runLock';
import { startSandbox } from './sandboxProcess';
import { followProgress, printSummary, readResults } from './testReport';
import { progressFileFor } from '../vscode/results';

const RESULTS_FILE = path.join(RESULTS_DIR, 'electron-results.json');

async function main(): Promise<number> {
  installSignalHandlers();
  for (const file of [EXTENSION_BUNDLE, TEST_ENTRY]) {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(REPO_ROOT, file)} is missing; run npm run compile && npm run compile-tests`);
  }
  await acquireRunLock();
  fs.mkdirSync(LOG_DIR, { recursive: true });
  fs.rmSync(RESULTS_FILE, { force: true });

  const sandbox = await startSandbox(['--port', '0', '--products', '250', '--seed', '7'], path.join(LOG_DIR, 'electron-sandbox.log'));
  const control = await startControlServer({
    sandboxRequests: () => ({ count: sandbox.requestCount(), recent: sandbox.recentRequests() }),
  });
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'flinkey-electron-'));
  onCleanup(() => fs.rmSync(workspace, { recursive: true, force: true }));

  const progress = followProgress(progressFileFor(RESULTS_FILE));
  let exitCode: number;
  try {
    exitCode = await runTests({
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: TEST_ENTRY,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
      extensionTestsEnv: {
        [ENV.sandbox]: JSON.stringify(sandbox.info),
        [ENV.control]: control.url,
        [ENV.results]: RESULTS_FILE,
      },
    });
  } catch (e) {
    // runTests rejects when VS Code exits non-zero, i.e. when a test failed; the results say which.
    console.error(e instanceof Error ? e.message : e);
    exitCode = 1;
  } finally {
    progress.stop();
  }
  const results = readResults(RESULTS_FILE);
  if (!results) {
    console.error('VS Code wrote no results (did it start? see the output above)');
    console.log('0 passed, 1 failed');
    return 1;
  }
  printSummary(results, []);
  return exitCode === 0 && results.failures.length === 0 && results.passes.length > 0 ? 0 : 1;
}

runMain(main);
