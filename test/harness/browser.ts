// Headless Debian Chromium, driven by playwright-core, is the VS Code window.
import * as fs from 'fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM } from './paths';
import { onCleanup } from './processes';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Workbench {
  browser: Browser;
  page: Page;
  /** Why the window is gone, if it is (the tab crashed or the browser quit). */
  lost(): string | undefined;
  close(): Promise<void>;
}

/** Opens the URL and waits until the workbench is on screen. Console lines go to logFile. */
export async function openWorkbench(url: string, logFile: string): Promise<Workbench> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    // We stop the browser ourselves, in order, with everything else.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await browser.close().catch(() => undefined);
    log.end();
  };
  onCleanup(close);
  const log = fs.createWriteStream(logFile);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const write = (line: string) => log.writableEnded || log.write(line + '\n');
  page.on('console', (m) => write(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => write(`[pageerror] ${e.message}`));
  let lost: string | undefined;
  page.on('crash', () => (lost ??= 'the browser tab crashed'));
  browser.on('disconnected', () => (lost ??= closed ? 'closed' : 'the browser quit'));
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  return { browser, page, lost: () => lost, close };
}
