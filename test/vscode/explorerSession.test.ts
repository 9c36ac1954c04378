// Sessions inside a real VS Code: switching customer, token renewal with and without a stored password,
// error rows, the demo fleet, and sign-out. Sandboxes started here (in the test's process) can revoke
// tokens and inject faults; the launcher's sandbox cannot. What a failure looks like is read from the
// window: the notification, the rows of the Fleet view, the status bar, the welcome view.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { generateFleet } from '../../src/core/sandbox/fleet';
import { startSandbox, type Sandbox } from '../../src/core/sandbox/server';
import { flinkeyAccounts } from './accounts';
import { settledRequests, testSandbox } from './harness';
import {
  clearNotifications,
  childrenOf,
  clickRow,
  failureOf,
  hasPage,
  errorNotifications,
  quickInput,
  recordRows,
  type Row,
  showProducts,
  statusBar,
  waitFor,
  waitRows,
  welcome,
} from './page';
import { SandboxReader } from './sandboxReader';
import { screenshot } from './screenshot';

const run = <T = any>(command: string, ...args: unknown[]) => Promise.resolve(vscode.commands.executeCommand<T>(command, ...args));
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The 500 the sandbox's fault injection answers, as the notification says it (after the client's retries). */
const SERVER_ERROR = /^flinkey: The flinkey API failed \(500\): Internal server error\.( \(after \d+ attempts\))?$/;
/** Waits until the status bar names this customer (signed in) or, with undefined, names none of `names`. */
async function statusBarShows(customer: string | undefined, names: string[]): Promise<void> {
  if (!(await hasPage())) return;
  await waitFor(
    async () => (await statusBar()) ?? [],
    (items) => (customer === undefined ? !items.some((t) => names.includes(t)) : items.includes(customer)),
    customer === undefined ? `no customer (${names.join(', ')}) in the status bar` : `${customer} in the status bar`,
    10_000,
  );
}
const credentialsOf = (s: Sandbox) => ({ baseUrl: s.baseUrl, apiKey: s.apiKey, username: s.username, password: s.password });
const tokenRequests = (s: Sandbox) => s.stats.byPath['/v3/oauth2/token'] ?? 0;
/** The first product of the sandbox's first customer that has a car. */
const withCarOf = (s: Sandbox) => s.fleet.customers[0].products.find((_p, i) => s.fleet.customers[0].carIndex[i] >= 0)!;

describe('explorer sessions', function () {
  this.timeout(90_000);
  const sandbox = testSandbox();
  const reader = new SandboxReader(sandbox);
  let own: Sandbox | undefined;

  afterEach(async () => {
    own?.setFaults({});
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    await run('flinkey.signOut');
    await own?.close();
  });

  it('switches customer by id: documents and copies follow the new Customer-ID', async () => {
    assert.ok(await run('flinkey.signIn', { ...sandbox, staySignedIn: false }), 'sign-in failed');
    const customers: { id: number | string; name: string }[] = await reader.ok('/customers');
    const other = customers.find((c) => String(c.id) !== String(sandbox.customerId));
    assert.ok(other, `the sandbox has one customer only: ${JSON.stringify(customers)}`);
    const theirs: any[] = await reader.ok('/products?$top=1', other.id);
    const mine: any[] = await reader.ok('/products?$top=1');

    const myName = customers.find((c) => String(c.id) === String(sandbox.customerId))!.name;
    await statusBarShows(myName, []);

    assert.deepStrictEqual(await run('flinkey.switchCustomer', String(other.id)), { id: String(other.id), name: other.name });
    await statusBarShows(other.name, []);
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(`flinkey:/products/${theirs[0].id}.json`));
    assert.strictEqual(JSON.parse(doc.getText()).serialNumber, theirs[0].serialNumber);
    // The first customer's product is not this customer's: the 404, in plain words, is the message, no wrong data.
    await vscode.env.clipboard.writeText('(before)');
    await failureOf(new RegExp(`^flinkey: There is no product ${mine[0].id} in this customer's fleet\\.$`), 'flinkey.copyId', {
      kind: 'product',
      id: mine[0].id,
    });
    assert.strictEqual(await vscode.env.clipboard.readText(), '(before)');
    await run('workbench.view.extension.flinkey');
    await screenshot('explorer-other-customer');

    assert.deepStrictEqual(await run('flinkey.switchCustomer', sandbox.customerId), { id: String(sandbox.customerId), name: myName });
    await statusBarShows(myName, []);
    assert.strictEqual(await run('flinkey.copyId', { kind: 'product', id: mine[0].id }), String(mine[0].id));
  });

  it('renews a revoked token silently when the password is stored', async () => {
    own = await startSandbox({ products: 30, seed: 11 });
    // No section open: a product row the tree loaded would answer the copies without asking the server.
    await run('workbench.actions.treeView.flinkey.fleet.collapseAll');
    const summary = await run('flinkey.signIn', { ...credentialsOf(own), staySignedIn: true });
    assert.strictEqual(summary?.staySignedIn, true);
    const [first] = own.fleet.customers[0].products;
    assert.strictEqual(await run('flinkey.copySerialNumber', { kind: 'product', id: first.id }), first.serialNumber);
    const before = tokenRequests(own);
    own.revokeTokens();
    // Copy VIN always asks the server (a product's serial number may come from a loaded row, without a request).
    const withCar = withCarOf(own);
    const car = own.fleet.customers[0].cars[own.fleet.customers[0].carIndex[own.fleet.customers[0].products.indexOf(withCar)]];
    assert.strictEqual(await run('flinkey.copyVin', { kind: 'product', id: withCar.id }), car.vin);
    assert.strictEqual(tokenRequests(own) - before, 1, 'expected exactly one token renewal');
    assert.deepStrictEqual(await flinkeyAccounts(), [`${own.username} @ ${new URL(own.baseUrl).host}`]);
  });

  it('without a stored password a rejected token means "sign in again": in the notification and in the tree', async () => {
    own ??= await startSandbox({ products: 30, seed: 11 });
    await run('flinkey.signIn', { ...credentialsOf(own), staySignedIn: false });
    const [first] = own.fleet.customers[0].products;
    // Copy VIN always asks the server (for the product's car), even when the product's row is loaded.
    const withCar = withCarOf(own);
    assert.ok(await run('flinkey.copyVin', { kind: 'product', id: withCar.id }), 'Copy VIN failed before the token was revoked');
    if (await hasPage()) {
      await showProducts();
      await waitRows((r) => r.some((x) => x.label === first.serialNumber), 'the products');
    }
    const before = tokenRequests(own);
    own.revokeTokens();
    const shown = await failureOf(
      /^flinkey: The flinkey access token is missing, invalid or expired\. Sign in again\.$/,
      'flinkey.copyVin',
      { kind: 'product', id: withCar.id },
    );
    if (shown) assert.deepStrictEqual(shown.buttons, ['Sign In']);
    assert.strictEqual(tokenRequests(own), before, 'no password, so no renewal attempt');
    // Still signed in: the tree shows a "Sign in again" row under each expanded group, and nothing else.
    assert.strictEqual((await flinkeyAccounts()).length, 1);
    await run('flinkey.refresh');
    if (await hasPage()) {
      const rows = await waitRows((r) => r.some((x) => x.label === 'Sign in again'), 'a "Sign in again" row');
      assert.deepStrictEqual(recordRows(rows), [], 'product rows are still shown');
      assert.ok(
        rows.filter((x) => x.label === 'Sign in again').every((x) => x.level === 2),
        `"Sign in again" belongs under the groups: ${JSON.stringify(rows)}`,
      );
      await screenshot('explorer-sign-in-again');
      // The row's own command is the sign-in: clicking it opens the first step, which Escape closes.
      await clickRow('Sign in again', 2, false);
      const box = await waitFor(
        async () => (await quickInput())!,
        (q) => q.visible,
        'the sign-in to open',
      );
      assert.match(box.title, /^Sign in to flinkey \(1\/\d\)$/);
      await run('workbench.action.closeQuickOpen');
    }
  });

  it('turns server failures into a message and an error row, and recovers on Retry', async () => {
    own ??= await startSandbox({ products: 30, seed: 11 });
    await run('flinkey.signIn', { ...credentialsOf(own), staySignedIn: true });
    const [first] = own.fleet.customers[0].products;
    const error = 'flinkey server error (500)';
    const labels = (r: Row[]) => childrenOf(r, 'Products').map((x) => x.label);
    // The products are loaded before the server fails, so no load is in flight when it does.
    if (await hasPage()) {
      await showProducts();
      await waitRows((r) => labels(r).includes(first.serialNumber), 'the products');
    }
    own.setFaults({ error500Rate: 1 });
    // Copy VIN always asks the server (for the product's car), even when the product's row is loaded.
    const shown = await failureOf(SERVER_ERROR, 'flinkey.copyVin', { kind: 'product', id: withCarOf(own).id });
    if (shown) assert.deepStrictEqual(shown.buttons, ['Show Log']);
    await run('flinkey.refresh');
    if (await hasPage()) {
      const rows = await waitRows((r) => labels(r).join() === error, 'one error row under Products, and nothing else', 40_000);
      assert.match(childrenOf(rows, 'Products')[0].description, /^The flinkey API failed \(500\): Internal server error\./);
      assert.strictEqual(rows.find((x) => x.label === 'Products')?.description, '', 'a count for a group that failed');
      await screenshot('explorer-error-rows');

      // The error row's own command is Retry: once the server answers again, the products come back.
      own.setFaults({});
      const served = own.stats.byPath['/v3/products'] ?? 0;
      await clickRow(error, 2, false);
      await waitRows((r) => labels(r).includes(first.serialNumber) && !labels(r).includes(error), 'the products after Retry');
      assert.strictEqual((own.stats.byPath['/v3/products'] ?? 0) - served, 1, 'Retry should fetch the first page once');
    }
    own.setFaults({});
    assert.strictEqual(await run('flinkey.copyId', { kind: 'product', id: first.id }), String(first.id));
  });

  it('fetches nothing until a group is expanded, and a node’s children once until refreshed', async () => {
    own ??= await startSandbox({ products: 30, seed: 11 });
    await run('workbench.view.extension.flinkey');
    await run('workbench.actions.treeView.flinkey.fleet.collapseAll');
    own.resetStats();
    await run('flinkey.signIn', { ...credentialsOf(own), staySignedIn: true });
    await pause(1000);
    const count = (p: string) => own!.stats.byPath[`/v3${p}`] ?? 0;
    assert.deepStrictEqual([count('/products'), count('/services')], [0, 0], JSON.stringify(own.stats.byPath));

    const target = own.fleet.customers[0].products.find((_p, i) => own!.fleet.customers[0].carIndex[i] >= 0)!;
    assert.strictEqual(await run('flinkey.findInFleet', { query: target.serialNumber, show: 'car' }), `products/${target.id}/car`);
    // One search request per collection, one first page of products; the product's two slots in parallel.
    assert.strictEqual(count('/products'), 2);
    assert.strictEqual(count('/services'), 1);
    assert.strictEqual(count(`/products/${target.id}/cars`), 1);
    assert.strictEqual(count(`/products/${target.id}/services`), 1);

    await run('flinkey.findInFleet', { query: target.serialNumber, show: 'car' });
    await pause(500);
    assert.strictEqual(count(`/products/${target.id}/cars`), 1, 'expanded again, fetched again');
    assert.strictEqual(count('/products'), 3, 'only the new search, no second first page');

    await run('flinkey.refresh');
    await pause(1500);
    assert.strictEqual(count(`/products/${target.id}/cars`), 2, 'refresh should fetch the expanded product again');
  });

  it('explores the demo fleet and stops it on sign-out', async () => {
    const summary = await run('flinkey.exploreDemo', { products: 40, seed: 5 });
    assert.ok(summary, 'exploreDemo failed');
    assert.deepStrictEqual(await flinkeyAccounts(), [`${summary.username} (demo fleet)`]);
    assert.strictEqual(summary.demo, true);
    assert.match(summary.baseUrl, /^http:\/\/127\.0\.0\.1:\d+\/v3$/);
    // Same seed, same fleet: the generator tells what the demo must hold.
    const expected = generateFleet({ seed: 5, products: 40 }).customers[0].products[3];
    const uri = await run<string>('flinkey.openDetails', { kind: 'product', id: expected.id });
    const doc = vscode.window.activeTextEditor?.document;
    assert.strictEqual(doc?.uri.toString(), uri);
    assert.strictEqual(JSON.parse(doc.getText()).uniqueId, expected.uniqueId);
    assert.strictEqual(
      await run('flinkey.findInFleet', { query: expected.serialNumber, show: 'car' }).then((id) => id?.split('/')[1]),
      String(expected.id),
    );
    await pause(800);
    await screenshot('explorer-demo');

    await run('flinkey.signOut');
    assert.deepStrictEqual(await flinkeyAccounts(), []);
    await assert.rejects(fetch(`${summary.baseUrl}/customers`), 'the demo server still answers after sign-out');
  });

  it('the interactive sign-in starts with the environment and can be cancelled without an error', async () => {
    await run('flinkey.signOut');
    await clearNotifications();
    const pending = run('flinkey.signIn');
    if (await hasPage()) {
      const box = await waitFor(
        async () => (await quickInput())!,
        (q) => q.visible && q.items.length > 0,
        'the environment pick',
      );
      assert.match(box.title, /^Sign in to flinkey \(1\/\d\)$/);
      assert.strictEqual(box.placeholder, 'Choose the flinkey environment');
      assert.ok(box.items[0].includes('Production, https://api.flinkey.de/v3'), JSON.stringify(box.items));
      assert.ok(box.items[box.items.length - 1].includes('Another base URL…'), JSON.stringify(box.items));
      await screenshot('explorer-sign-in-environment');
    }
    await run('workbench.action.closeQuickOpen');
    assert.strictEqual(await pending, undefined);
    assert.deepStrictEqual(await flinkeyAccounts(), []);
    // Cancelling is not a failure: nothing to report.
    assert.deepStrictEqual(await errorNotifications(), (await hasPage()) ? [] : undefined);
  });

  it('signs out: no session, commands refuse, the welcome view offers sign-in and the demo', async () => {
    assert.ok(await run('flinkey.signIn', { ...sandbox, staySignedIn: true }));
    assert.deepStrictEqual(await flinkeyAccounts(), [`${sandbox.username} @ ${new URL(sandbox.baseUrl).host}`]);
    const [product]: any[] = await reader.ok('/products?$top=1');
    const customers: { id: string; name: string }[] = await reader.ok('/customers');
    const mine = customers.find((c) => String(c.id) === String(sandbox.customerId))!;
    assert.strictEqual(
      await run('flinkey.copyId', `flinkey:/products/${product.id}.json`),
      String(product.id),
      'Copy ID fails even signed in',
    );
    await statusBarShows(mine.name, []);

    assert.strictEqual(await run('flinkey.signOut'), true);
    assert.deepStrictEqual(await flinkeyAccounts(), []);
    const before = await settledRequests();
    const shown = await failureOf(
      /^flinkey: Not signed in to flinkey\. Sign in first\.$/,
      'flinkey.copyId',
      `flinkey:/products/${product.id}.json`,
    );
    if (shown) assert.deepStrictEqual(shown.buttons, ['Sign In']);
    assert.strictEqual((await settledRequests()).count, before.count, 'a request was sent after sign-out');
    await statusBarShows(
      undefined,
      customers.map((c) => c.name),
    );
    await run('workbench.view.extension.flinkey');
    if (await hasPage()) {
      const fleet = await waitFor(
        async () => (await welcome('Fleet'))!,
        (w) => w.shown,
        'the Fleet view’s welcome',
      );
      assert.deepStrictEqual(fleet.buttons, ['Sign in to flinkey', 'Explore the demo fleet']);
    }
    await screenshot('explorer-signed-out');
  });
});
