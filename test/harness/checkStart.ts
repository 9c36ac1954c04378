// npm run test:start — checks what `npm start` serves, as a user sees it: the extension installed and signed in
// to the demo fleet, and a failing command showing its notification toast and its row in Query Results (the development payload's
// smoke-test driver would hide it). Leaves test-results/screenshots/start-*.png.
import * as fs from 'fs';
import * as path from 'path';
import { openWorkbench } from './browser';
import { treeRows } from './pageActions';
import { LOG_DIR, SCREENSHOT_DIR } from './paths';
import { installSignalHandlers, runMain } from './processes';
import { serveProduct, startDemoSandbox } from './serveProduct';

const LIMIT_MS = 60_000;

async function main(): Promise<number> {
  installSignalHandlers();
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const sandbox = await startDemoSandbox('check-start-sandbox.log');
  const { url } = await serveProduct(sandbox, 'check-start-vscode-server.log');
  const workbench = await openWorkbench(url, path.join(LOG_DIR, 'check-start-browser-console.log'));
  const { page } = workbench;
  try {
    // Signed in by the start helper: the Fleet view lists its groups.
    await page.locator('.monaco-list-row', { hasText: 'Products' }).first().waitFor({ timeout: LIMIT_MS });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'start-signed-in.png') });
    // A query the stopped server cannot answer fails; its message must reach the user as a toast.
    await sandbox.stop();
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').waitFor({ timeout: LIMIT_MS });
    await page.keyboard.type('flinkey: Run OData Query');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Run OData Query' }).first().waitFor({ timeout: LIMIT_MS });
    await page.keyboard.press('Enter');
    // First the collection, then the options box.
    await page.locator('.quick-input-list .monaco-list-row', { hasText: '/products' }).first().click({ timeout: LIMIT_MS });
    await page.locator('.quick-input-widget', { hasText: 'Run OData Query on /products' }).waitFor({ timeout: LIMIT_MS });
    await page.keyboard.type('$top=1');
    await page.keyboard.press('Enter');
    const toast = page.locator('.notification-toast', { hasText: 'the query was not answered' });
    await toast.waitFor({ state: 'visible', timeout: LIMIT_MS });
    await page.waitForTimeout(600); // the toast's fade-in, so the picture shows it whole
    // The failed run stays in Query Results, which opened when the query started.
    const deadline = Date.now() + 10_000;
    let runs = await treeRows(page, 'Query Results');
    while (!runs.some((r) => r.label.startsWith('/products')) && Date.now() < deadline) {
      await page.waitForTimeout(250);
      runs = await treeRows(page, 'Query Results');
    }
    if (!runs.some((r) => r.label.startsWith('/products'))) {
      throw new Error(`Query Results does not show the failed run; it shows ${JSON.stringify(runs.map((r) => r.label))}`);
    }
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'start-toast.png') });
    console.log('npm start: signed in to the demo fleet; a failing command shows its toast');
    return 0;
  } catch (e) {
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'start-failed.png') }).catch(() => undefined);
    console.error(`npm start check failed: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    await workbench.close();
  }
}

runMain(main);
