// Reads what the test entry inside VS Code writes: the progress stream while it runs, the results
// file at the end; prints both for a person.
import * as fs from 'fs';
import * as path from 'path';
import type { ProgressEvent, TestResults } from '../vscode/results';
import { REPO_ROOT } from './paths';

export interface ProgressFollower {
  /** The test that started last without finishing, if any. */
  running(): string | undefined;
  lastEvent(): ProgressEvent | undefined;
  stop(): void;
}

const indent = (text: string, by = '      ') => text.replace(/^/gm, by);

/** Prints each progress line as it arrives: passes, failures and console output of the tests. */
export function followProgress(file: string): ProgressFollower {
  let offset = 0;
  let pending = '';
  let running: string | undefined;
  let last: ProgressEvent | undefined;
  const poll = () => {
    if (!fs.existsSync(file)) return;
    const size = fs.statSync(file).size;
    if (size < offset) offset = 0; // recreated by a new run
    if (size === offset) return;
    const fd = fs.openSync(file, 'r');
    const buf = Buffer.alloc(size - offset);
    fs.readSync(fd, buf, 0, buf.length, offset);
    fs.closeSync(fd);
    offset = size;
    const lines = (pending + buf.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines.filter((l) => l.trim())) {
      const e = JSON.parse(line) as ProgressEvent;
      last = e;
      if (e.event === 'start') console.log(`Running ${e.total} test(s) inside VS Code ${e.vscodeVersion}`);
      if (e.event === 'test') running = e.fullTitle;
      if (e.event === 'pass') console.log(`  ✓ ${e.fullTitle}${e.durationMs ? ` (${e.durationMs} ms)` : ''}`);
      if (e.event === 'fail') console.log(`  ✗ ${e.fullTitle}\n${indent(e.message.split('\n')[0])}`);
      if (e.event === 'pass' || e.event === 'fail') running = undefined;
      if (e.event === 'log') console.log(indent(e.text, '    │ '));
      if (e.event === 'reload') console.log('  (the window reloads; the after-reload tests follow)');
    }
  };
  const timer = setInterval(poll, 250);
  return {
    running: () => running,
    lastEvent: () => last,
    stop: () => {
      clearInterval(timer);
      poll();
    },
  };
}

export function readResults(file: string): TestResults | undefined {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as TestResults) : undefined;
}

/** One report for the windows of a run, in order (English first, then the other display languages). */
export function mergeResults(all: TestResults[]): TestResults {
  const first = all[0];
  return {
    vscodeVersion: first?.vscodeVersion ?? '?',
    appHost: first?.appHost ?? '?',
    remoteName: first?.remoteName,
    durationMs: all.reduce((sum, r) => sum + r.durationMs, 0),
    passes: all.flatMap((r) => r.passes),
    failures: all.flatMap((r) => r.failures),
    pending: all.flatMap((r) => r.pending),
    logs: all.flatMap((r) => r.logs),
  };
}

const rel = (p: string) => path.relative(REPO_ROOT, p) || p;

/** Prints the summary; the last line is always `N passed, N failed`. */
export function printSummary(results: TestResults, screenshots: string[]): void {
  console.log('');
  console.log(
    `VS Code ${results.vscodeVersion} (${results.appHost}${results.remoteName ? `, remote ${results.remoteName}` : ''}), suite ${(results.durationMs / 1000).toFixed(1)} s`,
  );
  for (const p of results.passes) console.log(`  ✓ ${p.fullTitle}`);
  for (const p of results.pending) console.log(`  - ${p} (pending)`);
  for (const f of results.failures) {
    console.log(`  ✗ ${f.fullTitle}`);
    console.log(indent(f.message));
    const frames = (f.stack ?? '')
      .split('\n')
      .filter((l) => /^\s+at /.test(l))
      .slice(0, 6);
    if (frames.length) console.log(indent(frames.map((l) => l.trim()).join('\n'), '        '));
  }
  if (screenshots.length) {
    console.log('Screenshots:');
    for (const s of screenshots) console.log(`  ${rel(s)}`);
  }
  console.log(`${results.passes.length} passed, ${results.failures.length} failed`);
}
