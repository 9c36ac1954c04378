// Sessions inside a real VS Code: switching customer, token renewal with and without a stored password,
// error rows, the demo fleet, and sign-out. Sandboxes started here (in the test's process) can revoke
// tokens and inject faults; the launcher's sandbox cannot.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { generateFleet } from '../../src/core/sandbox/fleet';
import { startSandbox, type Sandbox } from '../../src/core/sandbox/server';
import { flinkeyAccounts } from './accounts';
import { testSandbox } from './harness';
import { SandboxReader } from './sandboxReader';
import { screenshot } from './screenshot';

const run = <T = any>(command: string, ...args: unknown[]) => Promise.resolve(vscode.commands.executeCommand<T>(command, ...args));
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const credentialsOf = (s: Sandbox) => ({ baseUrl: s.baseUrl, apiKey: s.apiKey, username: s.username, password: s.password });
const tokenRequests = (s: Sandbox) => s.stats.byPath['/v3/oauth2/token'] ?? 0;

describe('explorer sessions', function () {
  this.timeout(90_000);
  const sandbox = testSandbox();
  const reader = new SandboxReader(sandbox);
  let own: Sandbox | undefined;

  afterEach(async () => {
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

    assert.deepStrictEqual(await run('flinkey.switchCustomer', String(other.id)), { id: String(other.id), name: other.name });
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(`flinkey:/products/${theirs[0].id}.json`));
    assert.strictEqual(JSON.parse(doc.getText()).serialNumber, theirs[0].serialNumber);
    // The first customer's product is not this customer's: the command fails (undefined), no wrong data.
    assert.strictEqual(await run('flinkey.copyId', { kind: 'product', id: mine[0].id }), undefined);
    await run('workbench.view.extension.flinkey');
    await pause(800);
    await screenshot('explorer-other-customer');

    assert.deepStrictEqual(await run('flinkey.switchCustomer', sandbox.customerId), {
      id: String(sandbox.customerId),
      name: customers.find((c) => String(c.id) === String(sandbox.customerId))!.name,
    });
    assert.strictEqual(await run('flinkey.copyId', { kind: 'product', id: mine[0].id }), String(mine[0].id));
  });

  it('renews a revoked token silently when the password is stored', async () => {
    own = await startSandbox({ products: 30, seed: 11 });
    const summary = await run('flinkey.signIn', { ...credentialsOf(own), staySignedIn: true });
    assert.strictEqual(summary?.staySignedIn, true);
    const [first, second] = own.fleet.customers[0].products;
    assert.strictEqual(await run('flinkey.copySerialNumber', { kind: 'product', id: first.id }), first.serialNumber);
    const before = tokenRequests(own);
    own.revokeTokens();
    assert.strictEqual(await run('flinkey.copySerialNumber', { kind: 'product', id: second.id }), second.serialNumber);
    assert.strictEqual(tokenRequests(own) - before, 1, 'expected exactly one token renewal');
    assert.deepStrictEqual(await flinkeyAccounts(), [`${own.username} @ ${new URL(own.baseUrl).host}`]);
  });

  it('without a stored password a rejected token means "sign in again"', async () => {
    own ??= await startSandbox({ products: 30, seed: 11 });
    await run('flinkey.signIn', { ...credentialsOf(own), staySignedIn: false });
    const [first] = own.fleet.customers[0].products;
    assert.strictEqual(await run('flinkey.copyId', { kind: 'product', id: first.id }), String(first.id));
    const before = tokenRequests(own);
    own.revokeTokens();
    assert.strictEqual(await run('flinkey.copyId', { kind: 'product', id: first.id }), undefined);
    assert.strictEqual(tokenRequests(own), before, 'no password, so no renewal attempt');
    // Still signed in: the tree shows a "Sign in again" row under the groups that are expanded.
    assert.strictEqual((await flinkeyAccounts()).length, 1);
    await run('flinkey.refresh');
    await run('workbench.view.extension.flinkey');
    await pause(1200);
    await screenshot('explorer-sign-in-again');
  });

  it('turns server failures into rows and recovers on retry', async () => {
    own ??= await startSandbox({ products: 30, seed: 11 });
    await run('flinkey.signIn', { ...credentialsOf(own), staySignedIn: true });
    const [first] = own.fleet.customers[0].products;
    own.setFaults({ error500Rate: 1 });
    assert.strictEqual(await run('flinkey.copyId', { kind: 'product', id: first.id }), undefined);
    await run('flinkey.refresh');
    await run('workbench.view.extension.flinkey');
    await pause(4000);
    await screenshot('explorer-error-rows');
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

  it('the interactive sign-in starts with the environment and can be cancelled', async () => {
    await run('flinkey.signOut');
    const pending = run('flinkey.signIn');
    await pause(1500);
    await screenshot('explorer-sign-in-environment');
    await run('workbench.action.closeQuickOpen');
    assert.strictEqual(await pending, undefined);
    assert.deepStrictEqual(await flinkeyAccounts(), []);
  });

  it('signs out: no session, commands refuse, the welcome view offers sign-in and the demo', async () => {
    assert.ok(await run('flinkey.signIn', { ...sandbox, staySignedIn: true }));
    assert.deepStrictEqual(await flinkeyAccounts(), [`${sandbox.username} @ ${new URL(sandbox.baseUrl).host}`]);
    assert.strictEqual(await run('flinkey.signOut'), true);
    assert.deepStrictEqual(await flinkeyAccounts(), []);
    assert.strictEqual(await run('flinkey.copyId', `flinkey:/products/1.json`), undefined);
    await run('workbench.view.extension.flinkey');
    await pause(1000);
    await screenshot('explorer-signed-out');
  });
});
