// Test entry for a real VS Code: `run()` is called by the extension host, both under the browser
// launcher (test/harness/runVsCodeTests.ts) and under @vscode/test-electron. It runs every
// out/test/vscode/**/*.test.js with mocha (bdd) and writes the results as JSON, because the
// browser launcher cannot see the extension host's exit code. A file named <name>.<window>.test.js
// runs only in the launcher's window of that name (FLINKEY_TEST_WINDOW): 'de' is VS Code in German,
// 'restricted' English on a workspace the user has not trusted; the other files run only in 'en'.
//
// Tests of what survives a window reload come in two files: *.beforeReload.test.js run last, then the
// launcher reloads the window, and the new extension host runs *.afterReload.test.js (and only those).
// A launcher that cannot reload (no page) reports the after-reload tests as pending.
import * as fs from 'fs';
import Mocha from 'mocha';
import * as path from 'path';
import * as vscode from 'vscode';
import { callLauncher } from './harness';
import { progressFileFor, reloadStateFor, type ProgressEvent, type TestResults } from './results';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/** out/ is never cleaned by tsc: a compiled test whose source was deleted must not run. */
function hasSource(compiled: string): boolean {
  const source = path.join(REPO_ROOT, path.relative(path.join(REPO_ROOT, 'out'), compiled)).replace(/\.js$/, '.ts');
  return fs.existsSync(source);
}

function findTests(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? findTests(path.join(dir, e.name)) : e.name.endsWith('.test.js') ? [path.join(dir, e.name)] : []))
    .sort();
}

/** The window a test file is written for: 'de' for german.de.test.js, 'restricted' for trust.restricted.test.js, else 'en'. */
function windowOf(file: string): string {
  return /\.([a-z]{2}(?:-[a-z]+)?|restricted)\.test\.js$/.exec(path.basename(file))?.[1] ?? 'en';
}

function errorOf(err: unknown): { message: string; stack?: string } {
  if (err instanceof Error) {
    // mocha hands actual/expected over as strings; add them when the message does not show them.
    const e = err as Error & { actual?: unknown; expected?: unknown; operator?: string; showDiff?: boolean };
    const show = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v))).slice(0, 500);
    const diff =
      e.showDiff !== false && 'expected' in e && e.operator !== '==' && e.operator !== 'fail' && !e.message.includes(show(e.actual))
        ? `\n  actual:   ${show(e.actual)}\n  expected: ${show(e.expected)}`
        : '';
    return { message: e.message + diff, stack: e.stack };
  }
  return { message: String(err) };
}

const AFTER_RELOAD = '.afterReload.test.js';
const BEFORE_RELOAD = '.beforeReload.test.js';

export async function run(): Promise<void> {
  const resultsFile = process.env.FLINKEY_TEST_RESULTS ?? path.join(REPO_ROOT, 'test-results', 'vscode-results.json');
  const progressFile = progressFileFor(resultsFile);
  const reloadState = reloadStateFor(resultsFile);
  const before = fs.existsSync(reloadState) ? (JSON.parse(fs.readFileSync(reloadState, 'utf8')) as TestResults) : undefined;
  fs.rmSync(reloadState, { force: true });
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.rmSync(resultsFile, { force: true });
  if (!before) fs.writeFileSync(progressFile, '');
  const emit = (e: ProgressEvent) => fs.appendFileSync(progressFile, JSON.stringify(e) + '\n');

  // Which tests belong to this window is the launcher's word, not what VS Code reports: a German window
  // that came up in English must still run (and fail) the German tests.
  const window = process.env.FLINKEY_TEST_WINDOW ?? process.env.FLINKEY_TEST_LANGUAGE ?? 'en';
  const all = findTests(__dirname)
    .filter(hasSource)
    .filter((f) => windowOf(f) === window);
  const afterReload = all.filter((f) => f.endsWith(AFTER_RELOAD));
  const files = before
    ? afterReload
    : [...all.filter((f) => !f.endsWith(AFTER_RELOAD) && !f.endsWith(BEFORE_RELOAD)), ...all.filter((f) => f.endsWith(BEFORE_RELOAD))];
  // Asked up front, so that a launcher without a page runs no half of a reload pair.
  const canReload = !before && afterReload.length > 0 && (await callLauncher('POST', '/page/canReload')).status === 200;

  const results: TestResults = before ?? {
    vscodeVersion: vscode.version,
    appHost: vscode.env.appHost,
    remoteName: vscode.env.remoteName,
    durationMs: 0,
    passes: [],
    failures: [],
    pending: [],
    logs: [],
  };
  let current: string | undefined;

  // Record what tests print, so it reaches the launcher's output whichever window runs them. The
  // extension host locks console's methods, so a whole console object replaces the global one.
  const original = globalThis.console;
  const recording = Object.create(original) as Console;
  for (const level of ['log', 'info', 'warn', 'error'] as const) {
    const write = (...args: unknown[]) => {
      original[level](...args);
      const text = args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
      results.logs.push({ test: current, level, text });
      emit({ event: 'log', level, text, test: current });
    };
    // defineProperty, since assigning would hit the inherited no-op setter.
    Object.defineProperty(recording, level, { value: write, configurable: true, writable: true });
  }
  Object.defineProperty(globalThis, 'console', { value: recording, configurable: true, writable: true });

  class JsonFileReporter extends Mocha.reporters.Base {
    constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
      super(runner, options);
      const { constants: c } = Mocha.Runner;
      runner.on(c.EVENT_RUN_BEGIN, () => emit({ event: 'start', total: runner.total, vscodeVersion: vscode.version }));
      runner.on(c.EVENT_TEST_BEGIN, (t) => {
        current = t.fullTitle();
        emit({ event: 'test', fullTitle: current });
      });
      runner.on(c.EVENT_TEST_PASS, (t) => {
        results.passes.push({ fullTitle: t.fullTitle(), durationMs: t.duration });
        emit({ event: 'pass', fullTitle: t.fullTitle(), durationMs: t.duration });
      });
      runner.on(c.EVENT_TEST_FAIL, (t, err) => {
        const failure = { fullTitle: t.fullTitle(), file: t.file, ...errorOf(err) };
        results.failures.push(failure);
        emit({ event: 'fail', fullTitle: failure.fullTitle, message: failure.message });
      });
      runner.on(c.EVENT_TEST_PENDING, (t) => results.pending.push(t.fullTitle()));
      runner.on(c.EVENT_TEST_END, () => (current = undefined));
    }
  }

  const grep = process.env.FLINKEY_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: JsonFileReporter, ...(grep ? { grep } : {}) });
  files.filter((f) => canReload || before || !f.endsWith(BEFORE_RELOAD)).forEach((f) => mocha.addFile(f));
  if (!before && !canReload) {
    results.pending.push(...afterReload.map((f) => `${path.basename(f)} (this launcher cannot reload the window)`));
  }
  const started = Date.now() - (before?.durationMs ?? 0);

  return new Promise<void>((resolve, reject) => {
    const finish = (crash?: unknown) => {
      Object.defineProperty(globalThis, 'console', { value: original, configurable: true, writable: true });
      if (crash !== undefined) results.failures.push({ fullTitle: '(test run crashed)', ...errorOf(crash) });
      if (files.length === 0) {
        results.failures.push({ fullTitle: '(no tests)', message: `no *.test.js for the window '${window}' under ${__dirname}` });
      }
      results.durationMs = Date.now() - started;
      if (canReload && crash === undefined) {
        // The second part runs in the reloaded window; this extension host ends with the reload.
        fs.writeFileSync(reloadState, JSON.stringify(results));
        emit({ event: 'reload' });
        void callLauncher('POST', '/page/reload');
        return;
      }
      emit({ event: 'end', passes: results.passes.length, failures: results.failures.length });
      // Write then rename, so the launcher never reads half a file.
      fs.writeFileSync(resultsFile + '.tmp', JSON.stringify(results, null, 2));
      fs.renameSync(resultsFile + '.tmp', resultsFile);
      if (results.failures.length > 0) reject(new Error(`${results.failures.length} test(s) failed`));
      else resolve();
    };
    try {
      mocha.run(() => finish());
    } catch (e) {
      finish(e);
    }
  });
}
