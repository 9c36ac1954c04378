// OData queries inside a real VS Code, against the launcher's sandbox: the palette command with arguments,
// the results document, history and saved queries, Copy as cURL/TypeScript and Export Results.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { callLauncher, settledRequests, testSandbox } from './harness';
import { failureOf, hasPage, quickInput, waitFor, waitRows } from './page';
import { screenshot } from './screenshot';
import { SandboxReader } from './sandboxReader';

const run = <T = any>(command: string, ...args: unknown[]) => Promise.resolve(vscode.commands.executeCommand<T>(command, ...args));
const enc = encodeURIComponent;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('queries', function () {
  this.timeout(60_000);
  const sandbox = testSandbox();
  const reader = new SandboxReader(sandbox);
  const iqFilter = "type eq 'flinkey IQ' and dongleTerminationTimeStamp eq null";
  let dir: string;

  before(async () => {
    await vscode.extensions.getExtension('flinkey-fleet-explorer.flinkey-fleet-explorer')!.activate();
    assert.ok(await run('flinkey.signIn', { ...sandbox, staySignedIn: false }), 'sign-in failed');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flinkey-queries-'));
  });

  after(async () => {
    await run('workbench.action.closeAllEditors');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('runs a palette query from arguments and returns the rows the sandbox returns', async () => {
    const rows = await run<any[]>('flinkey.runQuery', { collection: 'products', query: `${iqFilter}&$orderby=serialNumber desc&$top=20` });
    const expected = await reader.ok(`/products?$filter=${enc(iqFilter)}&$orderby=${enc('serialNumber desc')}&$top=20`);
    assert.ok(Array.isArray(rows), 'runQuery returned no rows (see the flinkey log)');
    assert.strictEqual(rows.length, 20);
    assert.deepStrictEqual(rows, expected);
    assert.ok(rows.every((r) => r.type === 'flinkey IQ' && r.dongleTerminationTimeStamp === null));
  });

  it('shows the rows in a read-only JSON document titled with the query, row count and time', async () => {
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'no results editor');
    const uri = editor.document.uri;
    assert.strictEqual(uri.scheme, 'flinkey');
    assert.match(uri.path, /^\/queries\/\d+\/.+\.json$/);
    // A short tab title; the whole request (in the one typed form) and its timing are in the path the tooltip shows.
    const title = path.posix.basename(uri.path);
    assert.strictEqual(title, "products · 20 rows · $filter=type eq 'f….json");
    assert.strictEqual(vscode.window.tabGroups.activeTabGroup.activeTab?.label, title);
    assert.match(
      decodeURIComponent(uri.path),
      /^\/queries\/\d+\/GET products \$filter=type eq 'flinkey IQ' and dongleTerminationTimeStamp eq null&\$orderby=serialNumber desc&\$top=20 · 20 rows · \d+ ms\//,
    );
    assert.strictEqual(editor.document.languageId, 'json');
    const expected = await reader.ok(`/products?$filter=${enc(iqFilter)}&$orderby=${enc('serialNumber desc')}&$top=20`);
    assert.deepStrictEqual(JSON.parse(editor.document.getText()), expected);
    // The short form of the URI opens the same result.
    const n = /^\/queries\/(\d+)\//.exec(uri.path)![1];
    const short = await vscode.workspace.openTextDocument(vscode.Uri.parse(`flinkey:/queries/${n}.json`));
    assert.deepStrictEqual(JSON.parse(short.getText()), expected);
    // The same query again, written the other way: a tab of its own, told apart by its title.
    await run('flinkey.runQuery', { collection: 'products', query: `$filter=${iqFilter}&$orderby=serialNumber desc&$top=20` });
    const again = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.strictEqual(again?.label, "products · 20 rows · $filter=type eq 'f… (2).json");
    await screenshot('query-result-tab');
  });

  it('runs $select queries and single-object paths', async () => {
    const services = await run<any[]>('flinkey.runQuery', {
      collection: 'services',
      query: '$filter=isTerminated eq false&$select=id,name&$top=5',
    });
    assert.deepStrictEqual(services, await reader.ok(`/services?$filter=${enc('isTerminated eq false')}&$select=id,name&$top=5`));
    assert.deepStrictEqual(Object.keys(services[0]).sort(), ['id', 'name']);
    const products: any[] = await reader.ok('/products?$top=40');
    let withCar: any;
    for (const p of products) {
      if ((await reader.getOrNull(`/products/${p.id}/cars`)) !== null) {
        withCar = p;
        break;
      }
    }
    assert.ok(withCar, 'no product with a car among the first 40');
    const car = await run<any[]>('flinkey.runQuery', { path: `/products/${withCar.id}/cars`, query: '$select=vin,licensePlate' });
    assert.deepStrictEqual(car, [await reader.ok(`/products/${withCar.id}/cars?$select=vin,licensePlate`)]);
  });

  it('never sends an invalid query, and says where it is wrong', async () => {
    const before = await settledRequests();
    await failureOf(/^flinkey: column 1: unknown field 'serialNumbr' on products — did you mean 'serialNumber'\?$/, 'flinkey.runQuery', {
      collection: 'products',
      query: "serialNumbr eq 'x'",
    });
    await failureOf(
      /^flinkey: column 1: 'isTerminated' is true\/false, 'false' is a string — write true or false without quotes$/,
      'flinkey.runQuery',
      { collection: 'services', query: "isTerminated eq 'false'" },
    );
    await failureOf(/^flinkey: unknown path \/product — did you mean \/products\?$/, 'flinkey.runQuery', {
      path: '/product',
      query: '$top=1',
    });
    const after = await settledRequests();
    assert.strictEqual(after.count, before.count, `requests were sent: ${after.recent.slice(-3).join(' | ')}`);
  });

  it('the query box shows a problem with its column before anything is sent, and keeps the text', async function () {
    const box = async () => callLauncher('POST', '/page/quickInput', {});
    if ((await box()).status !== 200) this.skip();
    const text = "type eq 'flinkey IQ' and serialNumbr eq 'x'";
    const before = await settledRequests();
    const editing = run('flinkey.runQuery', { collection: 'products', query: text, edit: true });
    await pause(800);
    let state = (await box()).json;
    assert.strictEqual(state.visible, true, 'the box did not open');
    assert.strictEqual(state.value, text);
    assert.match(state.message, /column 26: unknown field 'serialNumbr' on products — did you mean 'serialNumber'\?/);
    // Enter with an error keeps the box, and the text, open.
    await run('workbench.action.acceptSelectedQuickOpenItem');
    await pause(500);
    state = (await box()).json;
    assert.strictEqual(state.visible, true, 'Enter closed the box despite the error');
    assert.strictEqual(state.value, text);
    await screenshot('query-input-problem');
    await run('workbench.action.closeQuickOpen');
    assert.strictEqual(await editing, undefined);
    assert.strictEqual((await settledRequests()).count, before.count, 'a request was sent');
  });

  it('the query box says a text value needs quotes, with the fix on its light bulb; nothing is sent', async function () {
    if (!(await hasPage())) this.skip();
    const before = await settledRequests();
    const editing = run('flinkey.runQuery', { collection: 'products', query: 'serialNumber eq IQ-4E00010001&$top=5', edit: true });
    const box = await waitFor(
      async () => (await quickInput())!,
      (q) => q.visible && q.message !== '',
      'the query box with its message',
    );
    assert.strictEqual(
      box.message,
      "column 17: 'serialNumber' is text, so its value needs single quotes: write 'IQ-4E00010001' — quick fix: Write 'IQ-4E00010001' (the light bulb above)",
    );
    assert.match(box.placeholder, /^\$filter=type eq 'flinkey IQ'.*\(a condition alone is the \$filter\)$/);
    await screenshot('query-box-unquoted');
    await run('workbench.action.closeQuickOpen');
    assert.strictEqual(await editing, undefined);
    assert.strictEqual((await settledRequests()).count, before.count, 'a request was sent');
  });

  it('keeps a history per customer, newest first, without duplicates', async () => {
    const a = { collection: 'products', query: '$orderby=id&$top=3' };
    const b = { collection: 'services', query: '$orderby=id desc&$top=2' };
    const rowsA = await run<any[]>('flinkey.runQuery', a);
    const rowsB = await run<any[]>('flinkey.runQuery', b);
    // The same request spelled differently moves A to the top instead of adding a copy.
    await run('flinkey.runQuery', { collection: 'products', query: '  $top=3 & $orderby=id ' });
    assert.deepStrictEqual(await run('flinkey.showQueryHistory', { index: 0 }), rowsA);
    assert.deepStrictEqual(await run('flinkey.showQueryHistory', { index: 1 }), rowsB);
    const third = await run<any[]>('flinkey.showQueryHistory', { index: 2 });
    assert.notDeepStrictEqual(third, rowsA, 'A is in the history twice');
  });

  it('History shows each query in one form, whichever way it was written, and counts rows in words', async () => {
    const one = await run<any[]>('flinkey.runQuery', { collection: 'services', query: "name ne 'x'&$top=1" });
    assert.strictEqual(one?.length, 1);
    await run('flinkey.runQuery', { collection: 'services', query: "$top=1&$filter=name ne 'x'" });
    if (!(await hasPage())) return;
    await run('flinkey.queries.focus');
    const shown = await waitRows(
      (r) => r.some((x) => x.label === "/services $filter=name ne 'x'&$top=1"),
      'the query in History',
      10_000,
      'Queries',
    );
    const ours = shown.filter((x) => x.label.includes("name ne 'x'"));
    assert.deepStrictEqual(
      ours.map((x) => [x.label, x.description.split(' · ')[0]]),
      [["/services $filter=name ne 'x'&$top=1", '1 row']],
    );
    // A wider side bar for the picture, so the counts beside the queries show.
    for (let i = 0; i < 6; i++) await run('workbench.action.decreaseViewWidth');
    await screenshot('query-history');
    for (let i = 0; i < 6; i++) await run('workbench.action.increaseViewWidth');
  });

  it('saves, runs, renames and deletes a named query', async () => {
    const saved = await run('flinkey.saveQuery', { name: 'Connected IQs', collection: 'products', query: `${iqFilter}&$top=4` });
    assert.strictEqual(saved?.name, 'Connected IQs');
    const rows = await run<any[]>('flinkey.runSavedQuery', 'connected iqs');
    assert.deepStrictEqual(rows, await reader.ok(`/products?$filter=${enc(iqFilter)}&$top=4`));
    assert.strictEqual((await run('flinkey.renameSavedQuery', { name: 'Connected IQs', to: 'IQs online' }))?.name, 'IQs online');
    await failureOf(/^flinkey: There is no saved query named "Connected IQs"\.$/, 'flinkey.runSavedQuery', 'Connected IQs');
    assert.deepStrictEqual(await run('flinkey.runSavedQuery', 'IQs online'), rows, 'the new name does not run the query');
    assert.strictEqual(await run('flinkey.deleteQuery', { name: 'IQs online' }), true);
    await failureOf(/^flinkey: There is no saved query named "IQs online"\.$/, 'flinkey.runSavedQuery', 'IQs online');
  });

  it('copies a query as cURL and TypeScript with placeholders, never the real secrets', async () => {
    const curl = await run<string>('flinkey.copyAsCurl', { collection: 'products', query: "serialNumber eq 'O''Neil'&$top=1" });
    assert.ok(curl, 'copyAsCurl returned nothing');
    assert.strictEqual(await vscode.env.clipboard.readText(), curl);
    assert.ok(
      curl.includes('"flinkey-API-Key: $FLINKEY_API_KEY"') &&
        curl.includes('"Authorization: Bearer $FLINKEY_TOKEN"') &&
        curl.includes('"Customer-ID: $FLINKEY_CUSTOMER_ID"'),
      curl,
    );
    assert.ok(curl.includes(`'${sandbox.baseUrl}/products?$filter=serialNumber%20eq%20'\\''O'\\'\\''Neil'\\''&$top=1'`), curl);
    const ts = await run<string>('flinkey.copyAsTypeScript', { kind: 'product', id: 42 });
    assert.ok(ts?.includes(`'${sandbox.baseUrl}/products/42'`) && ts.includes("env('FLINKEY_TOKEN')"), ts);
    for (const text of [curl, ts]) assert.ok(!text.includes(sandbox.apiKey) && !text.includes(sandbox.password), 'a secret leaked');
    // From the active results document: the request that produced it.
    await run('flinkey.runQuery', { collection: 'services', query: '$top=2' });
    const fromDoc = await run<string>('flinkey.copyAsCurl');
    assert.ok(fromDoc?.includes(`'${sandbox.baseUrl}/services?$top=2'`), fromDoc);
  });

  it('exports results to CSV and JSON', async () => {
    const rows = await run<any[]>('flinkey.runQuery', {
      collection: 'services',
      query: "contains(name,'O''Neil') or contains(name,'東京') or contains(name,'\"')&$top=30",
    });
    assert.ok(rows && rows.length > 0, 'no rows with special characters');
    const csvFile = path.join(dir, 'services.csv');
    assert.strictEqual(await run('flinkey.exportResults', { format: 'csv', target: csvFile }), vscode.Uri.file(csvFile).toString());
    const bytes = fs.readFileSync(csvFile);
    assert.deepStrictEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 byte-order mark, for Excel');
    const csv = bytes.subarray(3).toString('utf8');
    const header = csv.split('\r\n')[0];
    assert.strictEqual(header, Object.keys(rows[0]).join(','));
    assert.strictEqual(
      csv.split('\r\n').length,
      rows.length + 2,
      'one line per row, CRLF, final line break (no line breaks in these names)',
    );
    for (const r of rows) {
      assert.ok(csv.includes(r.name.includes('"') || r.name.includes(',') ? `"${r.name.replace(/"/g, '""')}"` : r.name), r.name);
    }
    const jsonFile = path.join(dir, 'services.json');
    await run('flinkey.exportResults', { format: 'json', target: jsonFile });
    assert.deepStrictEqual(JSON.parse(fs.readFileSync(jsonFile, 'utf8')), rows);
  });
});
