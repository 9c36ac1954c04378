// The Fleet view's rows inside a real VS Code, read from the window: a page of products ends in a
// "Load more…" row; past the first page the pages fold into range rows ("1–3", "4–6"), the newest open; a page that fails becomes an error row in that place,
// whose Retry loads it; a product whose service and car cannot be fetched shows one error row. A sandbox
// of its own (7 products, 3 a page, so every row fits on screen) takes the faults.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { startSandbox, type Sandbox } from '../../src/core/sandbox/server';
import { childrenOf, clearNotifications, clickRow, errorNotifications, hasPage, showProducts, waitFor, waitRows, type Row } from './page';
import { SandboxReader } from './sandboxReader';
import { screenshot } from './screenshot';

const run = <T = unknown>(command: string, ...args: unknown[]) => Promise.resolve(vscode.commands.executeCommand<T>(command, ...args));
const PAGE = 3;
const LOAD_MORE = 'Load more…';
const SERVER_ERROR = 'flinkey server error (500)';

/** The labels of the rows right under Products. */
const under = (r: Row[]) =>
  childrenOf(r, 'Products')
    .filter((x) => x.level === 2)
    .map((x) => x.label);
const productsRow = (r: Row[]) => r.find((x) => x.level === 1 && x.label === 'Products');
/** "1–3", "4–6", "7": the range rows of the first `loaded` products. */
function rangeLabels(loaded: number): string[] {
  const out: string[] = [];
  for (let start = 0; start < loaded; start += PAGE) {
    const end = Math.min(start + PAGE, loaded);
    out.push(end > start + 1 ? `${start + 1}–${end}` : `${end}`);
  }
  return out;
}
/** The labels of the rows right under a range row. */
function rowsUnder(r: Row[], range: string): string[] {
  const at = r.findIndex((x) => x.level === 2 && x.label === range);
  if (at < 0) return [];
  const rest = r.slice(at + 1);
  const end = rest.findIndex((x) => x.level <= 2);
  return (end < 0 ? rest : rest.slice(0, end)).filter((x) => x.level === 3).map((x) => x.label);
}
/** The rows under a product row (its service and car, or a message row). */
function childrenOfProduct(r: Row[], serial: string): string[] {
  const at = r.findIndex((x) => x.level === 2 && x.label === serial);
  if (at < 0) return [];
  const rest = r.slice(at + 1);
  const end = rest.findIndex((x) => x.level <= 2);
  return (end < 0 ? rest : rest.slice(0, end)).map((x) => x.label);
}

describe('fleet rows: Load more and error rows', function () {
  this.timeout(90_000);
  let own: Sandbox;
  let reader: SandboxReader;
  /** The first customer's products, in the server's order. */
  let serials: string[];
  const productRequests = () => own.stats.byPath['/v3/products'] ?? 0;
  /** Refreshes the view and waits until the new first page has been served (rows on screen look the same before). */
  const refreshed = async () => {
    const before = productRequests();
    await run('flinkey.refresh');
    await waitFor(
      async () => productRequests(),
      (n) => n > before,
      'the first page after the refresh',
    );
  };

  before(async function () {
    await vscode.extensions.getExtension('flinkey-fleet-explorer.flinkey-fleet-explorer')!.activate();
    if (!(await hasPage())) this.skip();
    await vscode.workspace.getConfiguration('flinkey').update('pageSize', PAGE, vscode.ConfigurationTarget.Global);
    own = await startSandbox({ products: 7, seed: 21 });
    reader = new SandboxReader(own);
    serials = (await reader.ok<{ serialNumber: string }[]>('/products?$top=100')).map((p) => p.serialNumber);
    assert.ok(serials.length > PAGE * 2 && serials.length % PAGE !== 0, `7 products expected, the sandbox has ${serials.length}`);
    assert.ok(
      await run('flinkey.signIn', { baseUrl: own.baseUrl, apiKey: own.apiKey, username: own.username, password: own.password }),
      'sign-in failed',
    );
    // Services collapsed, so the products stay on screen.
    await run('workbench.view.extension.flinkey');
    const groups = await waitRows((r) => r.some((x) => x.label === 'Services'), 'the Services row');
    if (groups.find((x) => x.label === 'Services')?.expanded) await clickRow('Services', 1, true);
  });

  afterEach(() => own?.setFaults({}));

  after(async () => {
    await vscode.workspace.getConfiguration('flinkey').update('pageSize', undefined, vscode.ConfigurationTarget.Global);
    await run('flinkey.signOut');
    await own?.close();
  });

  it('Products shows a page and "Load more…"; each click folds the pages into range rows, opens the new one with its first row focused, one request each', async () => {
    await showProducts();
    await refreshed();
    // The count in the group's description comes with the rows; "+" while there is more.
    const shown = await waitRows(
      (r) => under(r).join() === [...serials.slice(0, PAGE), LOAD_MORE].join() && productsRow(r)?.description === `${PAGE}+`,
      `the first page and ${PAGE}+`,
    );
    assert.strictEqual(childrenOf(shown, 'Products').find((x) => x.label === LOAD_MORE)?.description, `next ${PAGE}`);
    for (let loaded = PAGE; loaded < serials.length; loaded += PAGE) {
      const before = productRequests();
      await clickRow(LOAD_MORE, 2, false);
      const next = Math.min(loaded + PAGE, serials.length);
      const ranges = rangeLabels(next);
      const expected = [...ranges, ...(next < serials.length ? [LOAD_MORE] : [])];
      const count = `${next}${next < serials.length ? '+' : ''}`;
      const now = await waitRows(
        (r) =>
          under(r).join() === expected.join() &&
          productsRow(r)?.description === count &&
          rowsUnder(r, ranges[ranges.length - 1]).join() === serials.slice(loaded, next).join(),
        `the ranges ${ranges.join(', ')} with the newest open, and ${count}`,
      );
      assert.strictEqual(productRequests() - before, 1, `one request for the page after ${loaded}`);
      // Only the newest range is open; the keyboard is on the first new row.
      assert.deepStrictEqual(
        now.filter((x) => ranges.includes(x.label)).map((x) => x.expanded),
        ranges.map((_, i) => i === ranges.length - 1),
      );
      assert.deepStrictEqual(
        now.filter((x) => x.selected).map((x) => x.label),
        [serials[loaded]],
      );
    }
    await screenshot('fleet-range-rows');
    // A closed range opens to its page without asking the server again.
    const before = productRequests();
    await clickRow(rangeLabels(PAGE)[0], 2, true);
    await waitRows((r) => rowsUnder(r, rangeLabels(PAGE)[0]).join() === serials.slice(0, PAGE).join(), 'the first range opened');
    assert.strictEqual(productRequests() - before, 0);
    await clickRow(rangeLabels(PAGE)[0], 2, true);
  });

  it('a section opened for the first time shows one "Loading…" row until its first page is in, then the page', async () => {
    await run('workbench.actions.treeView.flinkey.fleet.collapseAll');
    await run('flinkey.refresh');
    await waitRows((r) => productsRow(r)?.expanded === false, 'Products collapsed');
    own.setFaults({ latencyMs: 1500 });
    const before = productRequests();
    await clickRow('Products', 1, true);
    const loading = await waitRows((r) => under(r).join() === 'Loading…', 'one "Loading…" row under Products', 1400);
    await screenshot('fleet-loading-row');
    assert.strictEqual(childrenOf(loading, 'Products').find((x) => x.label === 'Loading…')?.spoken, 'Loading…');
    await waitRows(
      (r) => under(r).join() === [...serials.slice(0, PAGE), LOAD_MORE].join() && productsRow(r)?.description === `${PAGE}+`,
      `the first page and ${PAGE}+ in place of "Loading…"`,
    );
    assert.strictEqual(productRequests() - before, 1);
  });

  it('a next page that fails becomes an error row in place of "Load more…" (no notification); Retry loads it', async () => {
    await refreshed();
    await waitRows((r) => under(r).join() === [...serials.slice(0, PAGE), LOAD_MORE].join(), 'the first page');
    await clearNotifications();
    own.setFaults({ error500Rate: 1 });
    await clickRow(LOAD_MORE, 2, false);
    const failed = await waitRows(
      (r) => under(r).join() === [...serials.slice(0, PAGE), SERVER_ERROR].join(),
      'the first page, then an error row',
      30_000,
    );
    assert.match(childrenOf(failed, 'Products')[PAGE].description, /^The flinkey API failed \(500\): Internal server error\./);
    assert.strictEqual(productsRow(failed)?.description, `${PAGE}+`);
    assert.deepStrictEqual(await errorNotifications(), [], 'a failed page is a row, not a notification');
    await screenshot('fleet-load-more-failed');

    own.setFaults({});
    const before = productRequests();
    await clickRow(SERVER_ERROR, 2, false);
    await waitRows((r) => under(r).join() === [...rangeLabels(PAGE * 2), LOAD_MORE].join(), 'the second page after Retry, in ranges');
    assert.strictEqual(productRequests() - before, 1, 'Retry should fetch the failed page once');
  });

  it('a product whose service and car cannot be fetched shows one error row; Retry fetches both', async () => {
    const [product] = own.fleet.customers[0].products;
    const [service, car] = await Promise.all([
      reader.getOrNull<{ name: string }>(`/products/${product.id}/services`),
      reader.getOrNull<{ name: string }>(`/products/${product.id}/cars`),
    ]);
    // What the product's row holds once both answers are in: its service and car, or "No …" rows.
    const expected = [service ? service.name : 'No service', car ? car.name : 'No car'];
    // Collapsed before the refresh, so its children are fetched only when it is expanded below.
    await refreshed(); // back to one page, without ranges
    const row = await waitRows((r) => under(r)[0] === product.serialNumber, `the row of ${product.serialNumber}`);
    if (row.find((x) => x.label === product.serialNumber)?.expanded) await clickRow(product.serialNumber, 2, true);
    await refreshed();
    await waitRows(
      (r) => r.find((x) => x.label === product.serialNumber)?.expanded === false,
      `the row of ${product.serialNumber}, collapsed`,
    );
    own.setFaults({ error500Rate: 1 });
    await clickRow(product.serialNumber, 2, true);
    await waitRows(
      (r) => childrenOfProduct(r, product.serialNumber).join() === SERVER_ERROR,
      `one error row under ${product.serialNumber}`,
      30_000,
    );
    own.setFaults({});
    await clickRow(SERVER_ERROR, 3, false);
    await waitRows(
      (r) => childrenOfProduct(r, product.serialNumber).join() === expected.join(),
      `the service and car of ${product.serialNumber} after Retry`,
    );
  });
});
