// The explorer inside a real VS Code, against the launcher's sandbox: sign-in with arguments, details
// documents, copy and insert commands, Find in Fleet revealing a car, and screenshots of both.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { flinkeyAccounts } from './accounts';
import { settledRequests, testSandbox } from './harness';
import { editorOnScreen, failureOf, hasPage, rows, waitFor } from './page';
import { SandboxReader } from './sandboxReader';
import { screenshot } from './screenshot';

const EXTENSION_ID = 'flinkey-fleet-explorer.flinkey-fleet-explorer';
const run = <T = unknown>(command: string, ...args: unknown[]) => Promise.resolve(vscode.commands.executeCommand<T>(command, ...args));
const docText = async (uri: string) => (await vscode.workspace.openTextDocument(vscode.Uri.parse(uri))).getText();

describe('explorer', function () {
  this.timeout(60_000);
  const sandbox = testSandbox();
  const reader = new SandboxReader(sandbox);
  // A product that has a service and a car with VIN and licence plate.
  let product: any;
  let service: any;
  let car: any;

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    await run('flinkey.signOut');
    const products: any[] = await reader.ok('/products?$top=80');
    for (const p of products) {
      const [s, c] = await Promise.all([reader.getOrNull(`/products/${p.id}/services`), reader.getOrNull(`/products/${p.id}/cars`)]);
      if (s && c?.vin && c?.licensePlate && p.uniqueId && p.serialNumber) {
        [product, service, car] = [p, s, c];
        break;
      }
    }
    assert.ok(product, 'the sandbox fleet has no product with service, car, VIN and plate among the first 80');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('has no flinkey session while signed out: Copy ID says so, copies nothing and sends nothing', async () => {
    assert.deepStrictEqual(await flinkeyAccounts(), []);
    await vscode.env.clipboard.writeText('(before)');
    const before = await settledRequests();
    const shown = await failureOf(/^flinkey: Not signed in to flinkey\. Sign in first\.$/, 'flinkey.copyId', {
      kind: 'product',
      id: product.id,
    });
    if (shown) assert.deepStrictEqual(shown.buttons, ['Sign In']);
    assert.strictEqual(await vscode.env.clipboard.readText(), '(before)');
    const after = await settledRequests();
    assert.strictEqual(after.count, before.count, `requests sent while signed out: ${after.recent.slice(-3).join(' | ')}`);
  });

  it('signs in with an argument object, without prompts, and returns no secret', async () => {
    const summary = await run<any>('flinkey.signIn', { ...sandbox, staySignedIn: true });
    assert.ok(summary, 'flinkey.signIn returned nothing: it failed (see the flinkey log)');
    assert.strictEqual(summary.customerId, String(sandbox.customerId));
    assert.strictEqual(summary.username, sandbox.username);
    assert.strictEqual(summary.baseUrl, sandbox.baseUrl);
    assert.strictEqual(summary.demo, false);
    assert.deepStrictEqual(await flinkeyAccounts(), [`${sandbox.username} @ ${new URL(sandbox.baseUrl).host}`]);
    const text = JSON.stringify(summary);
    assert.ok(!text.includes(sandbox.password) && !text.includes(sandbox.apiKey), `secret in ${text}`);
  });

  it('opens a product details document with its service and car', async () => {
    const uri = `flinkey:/products/${product.id}.json`;
    const json = JSON.parse(await docText(uri));
    const fresh = await reader.ok(`/products/${product.id}`);
    assert.deepStrictEqual(json, { ...fresh, service, car });
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    assert.strictEqual(doc.languageId, 'json');
    // Indented with the editor's tab size (2 spaces by default, unless the user changed it).
    const tabSize = vscode.workspace.getConfiguration('editor', { languageId: 'json' }).get<number>('tabSize');
    assert.ok(doc.lineAt(1).text.startsWith(' '.repeat(tabSize ?? 2) + '"'), doc.lineAt(1).text);
  });

  it('opens service and car documents, and null for a missing car', async () => {
    const serviceJson = JSON.parse(await docText(`flinkey:/services/${service.id}.json`));
    const rawService = await reader.ok(`/services/${service.id}`);
    assert.deepStrictEqual(serviceJson, { ...rawService, product: await reader.ok(`/products/${product.id}`) });
    // The car of a product: its own fields, and the product it was reached through.
    const carJson = JSON.parse(await docText(`flinkey:/products/${product.id}/car.json`));
    assert.deepStrictEqual(Object.fromEntries(Object.keys(car).map((k) => [k, carJson[k]])), car);
    assert.deepStrictEqual(carJson.products, [await reader.ok(`/products/${product.id}`)]);
    const products: any[] = await reader.ok('/products?$top=80');
    for (const p of products) {
      if ((await reader.getOrNull(`/products/${p.id}/cars`)) === null) {
        const json = JSON.parse(await docText(`flinkey:/products/${p.id}.json`));
        assert.strictEqual(json.car, null);
        assert.strictEqual(json.id, p.id);
        return;
      }
    }
    assert.fail('no product without a car among the first 80');
  });

  it('Open Details opens the readable title and returns its URI', async () => {
    const uri = await run<string>('flinkey.openDetails', { kind: 'product', id: product.id });
    assert.ok(uri, 'openDetails returned nothing');
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), uri);
    assert.strictEqual(decodeURIComponent(uri), `flinkey:/products/${product.id}/Product ${product.serialNumber}.json`);
    const refreshed = await run<string>('flinkey.refreshDetails');
    assert.deepStrictEqual(JSON.parse(refreshed ?? 'null').id, product.id);
  });

  it('Open Details with { kind, id } fetches the product at most once, with the same document', async () => {
    const products: any[] = await reader.ok('/products?$top=80');
    const other = products.find((p) => p.id !== product.id)!;
    const before = await settledRequests();
    const uri = await run<string>('flinkey.openDetails', { kind: 'product', id: other.id });
    const after = await settledRequests();
    const sent = after.recent.slice(-(after.count - before.count));
    const ownPath = new RegExp(`/products/${other.id}(?![/0-9])`);
    // Once for the title, or not at all when the Fleet view has already loaded its row.
    assert.ok(sent.filter((line) => ownPath.test(line)).length <= 1, `requests: ${sent.join(' | ')}`);
    assert.ok(after.count - before.count <= 3, `requests: ${sent.join(' | ')}`);
    const [s, c] = await Promise.all([reader.getOrNull(`/products/${other.id}/services`), reader.getOrNull(`/products/${other.id}/cars`)]);
    assert.deepStrictEqual(JSON.parse(await docText(uri)), { ...other, service: s, car: c });
  });

  const copies: [string, unknown, () => string][] = [
    ['flinkey.copyId', () => ({ kind: 'product', id: product.id }), () => String(product.id)],
    ['flinkey.copyUniqueId', () => ({ kind: 'product', id: product.id }), () => product.uniqueId],
    ['flinkey.copySerialNumber', () => ({ kind: 'product', id: product.id }), () => product.serialNumber],
    ['flinkey.copyVin', () => ({ kind: 'car', productId: product.id }), () => car.vin],
    ['flinkey.copyLicensePlate', () => ({ kind: 'car', productId: product.id }), () => car.licensePlate],
    ['flinkey.copyId', () => `flinkey:/services/${service.id}.json`, () => String(service.id)],
    ['flinkey.copyId', () => ({ kind: 'car', productId: product.id }), () => String(car.id)],
  ];
  for (const [command, arg, expected] of copies) {
    it(`${command} copies ${command === 'flinkey.copyId' ? 'an id' : 'the value'} and returns it`, async () => {
      await vscode.env.clipboard.writeText('(before)');
      const value = await run<string>(command, (arg as () => unknown)());
      assert.strictEqual(value, expected());
      assert.strictEqual(await vscode.env.clipboard.readText(), expected());
    });
  }

  it('Copy VIN of a product copies its car’s VIN', async () => {
    assert.strictEqual(await run('flinkey.copyVin', { kind: 'product', id: product.id }), car.vin);
  });

  it('Insert ID at Cursor replaces every selection of the active editor', async () => {
    const doc = await vscode.workspace.openTextDocument({ content: 'const a = X;\nconst b = X;\n', language: 'typescript' });
    const editor = await vscode.window.showTextDocument(doc);
    editor.selections = [new vscode.Selection(0, 10, 0, 11), new vscode.Selection(1, 10, 1, 11)];
    const id = await run<string>('flinkey.insertId', { kind: 'service', id: service.id });
    assert.strictEqual(id, String(service.id));
    assert.strictEqual(doc.getText(), `const a = ${service.id};\nconst b = ${service.id};\n`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('Find in Fleet reveals the product’s car in the tree, selected under its product', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const id = await run<string>('flinkey.findInFleet', { query: product.serialNumber, show: 'car' });
    assert.strictEqual(id, `products/${product.id}/car`);
    if (await hasPage()) {
      const shown = await waitFor(rows, (r) => r.some((x) => x.selected), 'a selected row in the Fleet view');
      const at = shown.findIndex((x) => x.selected);
      const selected = shown[at];
      // A car row: its name, then its licence plate (and VIN).
      assert.deepStrictEqual([selected.level, selected.label], [3, car.name], JSON.stringify(shown));
      assert.strictEqual(selected.description.split(' · ')[0], car.licensePlate, JSON.stringify(selected));
      const parent = shown
        .slice(0, at)
        .reverse()
        .find((x) => x.level === 2);
      assert.deepStrictEqual([parent?.label, parent?.expanded], [product.serialNumber, true], 'the car is not under its product');
    }
    const file = await screenshot('explorer-tree-car');
    if (file) assert.ok(fs.statSync(file).size > 10_000, `suspiciously small screenshot ${file}`);
  });

  it('Find in Fleet finds a service by name', async () => {
    const id = await run<string>('flinkey.findInFleet', { query: service.name });
    const services: any[] = await reader.ok(`/services?$filter=name eq '${service.name.replace(/'/g, "''")}'`);
    assert.ok(services.length >= 1);
    if (services.length === 1) assert.strictEqual(id, `services/${service.id}`);
  });

  it('shows a details document: its tab says which product, its lines hold the product’s JSON', async function () {
    if (!(await hasPage())) this.skip();
    await run('workbench.action.closeAllEditors');
    await run('flinkey.openDetails', { kind: 'product', id: product.id });
    const shown = await waitFor(
      async () => (await editorOnScreen())!,
      (e) => e.active.startsWith('Product ') && e.lines.length > 3,
      'the details editor with its lines',
    );
    await screenshot('explorer-details');
    assert.strictEqual(shown.active, `Product ${product.serialNumber}.json`);
    const text = shown.lines.map((l) => l.trim());
    assert.strictEqual(text[0], '{');
    for (const line of [`"id": ${product.id},`, `"serialNumber": ${JSON.stringify(product.serialNumber)},`]) {
      assert.ok(text.includes(line), `${line} is not on screen: ${JSON.stringify(shown.lines.slice(0, 12))}`);
    }
  });
});
