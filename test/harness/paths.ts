// Where things live. Compiled to out/test/harness/, so the repository root is three levels up.
import * as path from 'path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results');
export const SCREENSHOT_DIR = path.join(RESULTS_DIR, 'screenshots');
export const LOG_DIR = path.join(RESULTS_DIR, 'logs');
export const EXTENSION_BUNDLE = path.join(REPO_ROOT, 'dist', 'extension.js');
export const SANDBOX_BUNDLE = path.join(REPO_ROOT, 'dist', 'sandbox.js');
export const TEST_ENTRY = path.join(REPO_ROOT, 'out', 'test', 'vscode', 'index.js');
export const START_HELPER = path.join(REPO_ROOT, 'test', 'harness', 'startHelper');
export const CHROMIUM = '/usr/bin/chromium';

/** The VS Code cache; overridable so a fresh install can be tried without touching the real one. */
export const CACHE_DIR = process.env.FLINKEY_VSCODE_CACHE
  ? path.resolve(process.env.FLINKEY_VSCODE_CACHE)
  : path.join(REPO_ROOT, '.vscode-test');

/** Environment variables shared by the launchers and the tests inside VS Code. */
export const ENV = {
  sandbox: 'FLINKEY_TEST_SANDBOX',
  control: 'FLINKEY_TEST_CONTROL',
  results: 'FLINKEY_TEST_RESULTS',
  /** The display language the launcher opened VS Code in; picks the test files (test/vscode/index.ts). */
  language: 'FLINKEY_TEST_LANGUAGE',
  /** Which of the launcher's windows runs the tests ('en', 'de', 'restricted'); picks the test files. */
  window: 'FLINKEY_TEST_WINDOW',
  startSignIn: 'FLINKEY_START_SIGNIN',
  /** Runs only the tests whose full title matches (mocha's grep), for working on one suite. */
  grep: 'FLINKEY_TEST_GREP',
} as const;

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
