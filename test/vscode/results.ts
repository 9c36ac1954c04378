// The shape of the results file the test entry writes and the launchers read.

export interface TestFailure {
  fullTitle: string;
  message: string;
  stack?: string;
  file?: string;
}

export interface TestResults {
  vscodeVersion: string;
  appHost: string;
  remoteName?: string;
  durationMs: number;
  passes: { fullTitle: string; durationMs?: number }[];
  failures: TestFailure[];
  pending: string[];
  /** console output written while the tests ran, with the test that wrote it. */
  logs: { test?: string; level: string; text: string }[];
}

/** One line of the progress file, appended as the suite runs so a hang can be located. */
export type ProgressEvent =
  | { event: 'start'; total: number; vscodeVersion: string }
  | { event: 'test'; fullTitle: string }
  | { event: 'pass'; fullTitle: string; durationMs?: number }
  | { event: 'fail'; fullTitle: string; message: string }
  | { event: 'log'; level: string; text: string; test?: string }
  | { event: 'reload' }
  | { event: 'end'; passes: number; failures: number };

export function progressFileFor(resultsFile: string): string {
  return resultsFile.replace(/\.json$/, '') + '.progress.jsonl';
}

/** Where the first part of a run waits (its results so far) while the window reloads for the second part. */
export function reloadStateFor(resultsFile: string): string {
  return resultsFile.replace(/\.json$/, '') + '.before-reload.json';
}
