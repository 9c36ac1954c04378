// Data belongs to the customer it was loaded for: after Switch Customer or Sign Out, open result and
// details documents show a note instead of rows, and the Query Results view lists nothing of the other
// customer. Token renewals reach other extensions as changed authentication sessions.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { startSandbox, type Sandbox } from '../../src/core/sandbox/server';
import { callLauncher, testSandbox } from './harness';
import { SandboxReader } from './sandboxReader';
import { screenshot } from './screenshot';

const run = <T = any>(command: string, ...args: unknown[]) => Promise.resolve(vscode.commands.executeCommand<T>(command, ...args));
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits for an open document's text to match (its provider is asked again after a session change). */
async function waitText(uri: string, pattern: RegExp | string, what: string): Promise<string> {
  const text = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri)?.getText() ?? '(not open)';
  const ok = (t: string) => (typeof pattern === 'string' ? t.includes(pattern) : pattern.test(t));
  for (const end = Date.now() + 10_000; !ok(text()) && Date.now() < end;) await pause(100);
  assert.ok(ok(text()), `${what}: ${text().slice(0, 400)}`);
  return text();
}

/** The extension's log once it has a line matching `until` (its file is written a little later). */
async function flinkeyLog(until: RegExp): Promise<string> {
  let text = '';
  for (const end = Date.now() + 10_000; !until.test(text) && Date.now() < end; await pause(200)) {
    const { status, json } = await callLauncher('POST', '/vscode/logFiles');
    if (status !== 200) return `(no log files: ${status})`;
    text = (json.files as string[])
      .filter((f) => /flinkey[^/\\]*\.log$/.test(f))
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n');
  }
  return text;
}

/** The labels of the Query Results view's visible rows; undefined under a launcher without a page. */
async function resultRows(): Promise<string[] | undefined> {
  const { status, json } = await callLauncher('POST', '/page/treeRows', { view: 'Query Results' });
  return status === 200 ? (json.rows as { label: string }[]).map((r) => r.label) : undefined;
}

describe('customer data', function () {
  this.timeout(90_000);
  const sandbox = testSandbox();
  const reader = new SandboxReader(sandbox);
  let own: Sandbox | undefined;
  let dir: string;

  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flinkey-customer-data-'))));
  after(async () => {
    await run('workbench.action.closeAllEditors');
    await own?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('switch and sign-out with results and details open: notes instead of the other customer’s rows', async () => {
    assert.ok(await run('flinkey.signIn', { ...sandbox, staySignedIn: false }), 'sign-in failed');
    // A details document that cannot load: the error names it in words, not as its percent-encoded URI.
    assert.strictEqual(await run('flinkey.openDetails', 'flinkey:/products/999999/Product%20Nobody%20Here.json'), undefined);
    const failed = await flinkeyLog(/flinkey\.openDetails failed: Could not open/);
    assert.match(
      failed,
      /flinkey\.openDetails failed: Could not open Product Nobody Here: There is no product 999999 in this customer's fleet\./,
    );
    assert.ok(!/flinkey\.openDetails failed[^\n]*(%20|flinkey:\/)/.test(failed), failed);
    const rows = await run<any[]>('flinkey.runQuery', { collection: 'products', query: '$orderby=id&$top=3' });
    assert.ok(rows?.length === 3, 'the query returned no rows');
    const resultUri = vscode.window.activeTextEditor!.document.uri.toString();
    // Kept open (not a preview the details document would replace), as a user keeps results around.
    await run('workbench.action.keepEditor');
    const detailsUri = await run<string>('flinkey.openDetails', { kind: 'product', id: rows[1].id });
    assert.ok(detailsUri, 'Open Details failed');
    await waitText(detailsUri, rows[1].serialNumber, 'the details document');
    await run('workbench.view.extension.flinkey');
    await pause(500);
    const before = await resultRows();
    if (before) {
      assert.ok(
        before.some((l) => l.startsWith('/products')),
        `no run in the Query Results view: ${before.join(' | ')}`,
      );
    }

    const customers: { id: number | string; name: string }[] = await reader.ok('/customers');
    const other = customers.find((c) => String(c.id) !== String(sandbox.customerId))!;
    const mine = customers.find((c) => String(c.id) === String(sandbox.customerId))!;
    await run('flinkey.switchCustomer', String(other.id));
    const resultNote = await waitText(resultUri, /belong to another customer/, 'the results document after the switch');
    assert.ok(resultNote.includes(mine.name) && !resultNote.includes(rows[0].serialNumber), resultNote);
    // The details tab's title names the other customer's product: the tab closes.
    const tabOpen = () =>
      vscode.window.tabGroups.all.some((g) =>
        g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === detailsUri),
      );
    for (const end = Date.now() + 10_000; tabOpen() && Date.now() < end;) await pause(100);
    assert.ok(!tabOpen(), 'the details tab of the other customer stayed open');
    assert.strictEqual(await run('flinkey.openQueryResult'), undefined, 'the other customer’s results opened');
    assert.strictEqual(await run('flinkey.exportResults', { format: 'json', target: path.join(dir, 'x.json') }), undefined);
    assert.ok(!fs.existsSync(path.join(dir, 'x.json')), 'the other customer’s rows were exported');
    await pause(500);
    const after = await resultRows();
    if (after) assert.deepStrictEqual(after, [], 'the Query Results view still lists the other customer’s run');
    await screenshot('customer-switched-documents');

    await run('flinkey.switchCustomer', String(sandbox.customerId));
    await waitText(resultUri, rows[0].serialNumber, 'the results document back under its customer');
    assert.strictEqual(await run<string>('flinkey.openDetails', { kind: 'product', id: rows[1].id }), detailsUri);
    await waitText(detailsUri, rows[1].serialNumber, 'the details document opened again under its customer');

    assert.strictEqual(await run('flinkey.signOut'), true);
    await waitText(resultUri, /Signed out of flinkey/, 'the results document after sign-out');
    await waitText(detailsUri, /Signed out of flinkey/, 'the details document after sign-out');
    await run('workbench.view.extension.flinkey');
    await pause(500);
    const signedOut = await resultRows();
    if (signedOut) assert.deepStrictEqual(signedOut, [], 'the Query Results view still lists rows after sign-out');
    await screenshot('customer-signed-out-documents');

    // An error about a document names it in words, never as a percent-encoded URI.
    assert.strictEqual(await run('flinkey.openDetails', 'flinkey:/products/7/spare/Product%20Zürich%20A.json'), undefined);
    const logged = await flinkeyLog(/is not a flinkey details document/);
    assert.match(logged, /“Product Zürich A\.json” is not a flinkey details document/);
    assert.ok(!/flinkey\.openDetails failed[^\n]*%20/.test(logged), logged);
  });

  it('a token renewal is announced through authentication.onDidChangeSessions', async () => {
    own = await startSandbox({ products: 10, seed: 23 });
    const creds = { baseUrl: own.baseUrl, apiKey: own.apiKey, username: own.username, password: own.password };
    // No section open: a product row the tree loaded would answer the copy without asking the server.
    await run('workbench.actions.treeView.flinkey.fleet.collapseAll');
    assert.ok(await run('flinkey.signIn', { ...creds, staySignedIn: true }), 'sign-in failed');
    await pause(500);
    const seen: string[] = [];
    const subscription = vscode.authentication.onDidChangeSessions((e) => seen.push(e.provider.id));
    try {
      const product = own.fleet.customers[0].products[0];
      const tokens = own.stats.byPath['/v3/oauth2/token'] ?? 0;
      own.revokeTokens();
      assert.strictEqual(await run('flinkey.copySerialNumber', { kind: 'product', id: product.id }), product.serialNumber);
      assert.strictEqual((own.stats.byPath['/v3/oauth2/token'] ?? 0) - tokens, 1, 'no renewal happened');
      for (let i = 0; i < 50 && !seen.includes('flinkey'); i++) await pause(100);
      assert.ok(seen.includes('flinkey'), `no session change announced: ${JSON.stringify(seen)}`);
    } finally {
      subscription.dispose();
      await run('flinkey.signOut');
    }
  });
});
