// Fleet ids in code inside a real VS Code, against the launcher's sandbox: hovers in a TypeScript, a JSON and a
// .env file with each link followed, no request while signed out or twice for one id, and Check Fleet IDs in File
// putting a stale id in the Problems panel.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { requestsOf, testSandbox } from './harness';
import { SandboxReader } from './sandboxReader';
import { screenshot } from './screenshot';

const run = <T = any>(command: string, ...args: unknown[]) => Promise.resolve(vscode.commands.executeCommand<T>(command, ...args));
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Link {
  title: string;
  command: string;
  args: unknown[];
}

/** The flinkey hover at the first occurrence of `text` in the document (its Markdown), or undefined. */
async function flinkeyHover(uri: vscode.Uri, text: string, offset = 2): Promise<string | undefined> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const at = doc.getText().indexOf(text);
  assert.ok(at >= 0, `${text} is not in ${uri.toString()}`);
  const hovers = await run<vscode.Hover[]>('vscode.executeHoverProvider', uri, doc.positionAt(at + offset));
  const texts = (hovers ?? []).map((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n'));
  return texts.find((t) => t.includes('flinkey') || t.includes('$(key)'));
}

/** The command links of a hover, with their decoded arguments. */
function linksOf(markdown: string): Link[] {
  return [...markdown.matchAll(/\[([^\]]+)\]\(command:([\w.]+)(?:\?([^)]+))?\)/g)].map((m) => ({
    title: m[1].replace(/\\(.)/g, '$1'),
    command: m[2],
    args: m[3] ? (JSON.parse(decodeURIComponent(m[3])) as unknown[]) : [],
  }));
}

function flinkeyDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'flinkey');
}

describe('fleet ids in code', function () {
  this.timeout(60_000);
  const sandbox = testSandbox();
  const reader = new SandboxReader(sandbox);
  let dir: string;
  let product: any;
  let service: any;
  let car: any;
  let customerName: string;
  const file = (name: string, content: string) => {
    const full = path.join(dir, name);
    fs.writeFileSync(full, content);
    return vscode.Uri.file(full);
  };

  before(async () => {
    await vscode.extensions.getExtension('flinkey-fleet-explorer.flinkey-fleet-explorer')!.activate();
    await run('flinkey.signOut');
    const products: any[] = await reader.ok('/products?$top=20');
    product = products[3];
    service = (await reader.ok<any[]>('/services?$top=20')).find((s) => s.productId !== null);
    car = (await reader.ok<any[]>('/cars?$top=30')).find((c) => c.vin && c.licensePlate);
    customerName = (await reader.ok<any[]>('/customers')).find((c) => String(c.id) === String(sandbox.customerId)).name;
    assert.ok(product && service && car, 'the sandbox fleet lacks a product, a service with a product or a car with VIN and plate');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flinkey-ids-'));
  });

  after(async () => {
    await run('workbench.action.closeAllEditors');
    await run('flinkey.signOut');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows no hover and sends nothing while signed out', async () => {
    const uri = file('signedOut.ts', `export const box = { serialNumber: '${product.serialNumber}' };\n`);
    let hover: string | undefined;
    const sent = await requestsOf(async () => (hover = await flinkeyHover(uri, product.serialNumber)));
    assert.strictEqual(hover, undefined);
    assert.deepStrictEqual(sent, []);
  });

  describe('signed in', () => {
    before(async () => {
      assert.ok(await run('flinkey.signIn', { ...sandbox, staySignedIn: false }), 'sign-in failed');
    });

    it('hovers a serial number in a TypeScript file: the product, with one request, then none', async () => {
      const uri = file('fixture.ts', `export const box = {\n  serialNumber: '${product.serialNumber}',\n  productId: ${product.id},\n};\n`);
      let hover: string | undefined;
      let cold = 0;
      const sent = await requestsOf(async () => {
        const t = Date.now();
        hover = await flinkeyHover(uri, product.serialNumber);
        cold = Date.now() - t;
      });
      assert.ok(hover, 'no flinkey hover on the serial number');
      assert.ok(hover.includes(product.type) && hover.includes(String(product.id)), hover);
      assert.ok(hover.replace(/\\(.)/g, '$1').replace(/&amp;/g, '&').includes(customerName), hover);
      assert.strictEqual(sent.filter((l) => l.includes('/v3/products')).length, 1, sent.join(' | '));
      assert.strictEqual(sent.length, 1, sent.join(' | '));
      let warm = 0;
      const again = await requestsOf(async () => {
        const t = Date.now();
        await flinkeyHover(uri, product.serialNumber);
        warm = Date.now() - t;
      });
      assert.deepStrictEqual(again, [], 'the same id was asked for twice');
      // Every hover provider of the file answers (TypeScript's too); ours waits 100 ms before a request.
      console.log(`fleet-id hover in VS Code: ${cold} ms and 1 request cold, ${warm} ms and none cached`);

      const editor = await vscode.window.showTextDocument(uri);
      const at = editor.document.positionAt(editor.document.getText().indexOf(product.serialNumber) + 2);
      editor.selection = new vscode.Selection(at, at);
      await run('editor.action.showHover');
      await pause(800);
      await screenshot('fleet-ids-hover-typescript');
    });

    it('follows each link of the TypeScript hover: Open Details, Reveal in Fleet and every Copy', async () => {
      const hover = (await flinkeyHover(vscode.Uri.file(path.join(dir, 'fixture.ts')), product.serialNumber))!;
      const links = linksOf(hover);
      assert.deepStrictEqual(
        links.map((l) => l.title),
        ['Open Details', 'Reveal in Fleet', 'ID', 'Serial Number', 'Unique ID'],
      );
      const [open, reveal, ...copies] = links;

      const uri = await run<string>(open.command, ...open.args);
      assert.ok(uri, 'Open Details failed (see the flinkey log)');
      assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), uri);
      assert.strictEqual(JSON.parse(vscode.window.activeTextEditor.document.getText()).id, product.id);

      assert.strictEqual(await run(reveal.command, ...reveal.args), `products/${product.id}`);
      await screenshot('fleet-ids-revealed-product');

      const expected = [String(product.id), product.serialNumber, product.uniqueId];
      for (const [i, link] of copies.entries()) {
        await vscode.env.clipboard.writeText('(before)');
        assert.strictEqual(await run(link.command, ...link.args), expected[i]);
        assert.strictEqual(await vscode.env.clipboard.readText(), expected[i], link.title);
      }
    });

    it('hovers ids in a JSON file: a service with its links, a car, and a plain miss', async () => {
      const json = `{\n  "serviceId": ${service.id},\n  "vin": "${car.vin}",\n  "productId": 2147483000\n}\n`;
      const uri = file('fixture.json', json);
      const serviceHover = await flinkeyHover(uri, String(service.id), 1);
      assert.ok(serviceHover && serviceHover.includes(String(service.id)), `service hover: ${serviceHover}`);
      const [open, reveal, copyId] = linksOf(serviceHover);
      assert.deepStrictEqual([open.title, reveal.title, copyId.title], ['Open Details', 'Reveal in Fleet', 'ID']);
      const doc = await run<string>(open.command, ...open.args);
      assert.match(decodeURIComponent(doc), new RegExp(`^flinkey:/services/${service.id}/Service `));
      assert.strictEqual(await run(reveal.command, ...reveal.args), `services/${service.id}`);
      assert.strictEqual(await run(copyId.command, ...copyId.args), String(service.id));
      assert.strictEqual(await vscode.env.clipboard.readText(), String(service.id));

      const carHover = await flinkeyHover(uri, car.vin);
      assert.ok(carHover && carHover.includes(String(car.id)), `car hover: ${carHover}`);
      const carLinks = linksOf(carHover);
      assert.deepStrictEqual(
        carLinks.map((l) => l.title),
        ['Open Details', 'Reveal in Fleet', 'ID', 'VIN', 'Licence Plate'],
      );
      // Cars open and reveal with the argument shape of products and services, { kind, id }.
      assert.deepStrictEqual(carLinks[0].args, [{ kind: 'car', id: car.id }]);
      assert.deepStrictEqual(carLinks[1].args, [{ query: car.vin, kind: 'car', id: car.id }]);
      assert.strictEqual(await run(carLinks[4].command, ...carLinks[4].args), car.licensePlate);

      const miss = await flinkeyHover(uri, '2147483000');
      assert.ok(miss, 'no hover for an unknown product id');
      assert.ok(miss.includes('has no product with product ID 2147483000'), miss);
      assert.deepStrictEqual(
        linksOf(miss).map((l) => l.command),
        ['flinkey.switchCustomer'],
      );
      const editor = await vscode.window.showTextDocument(uri);
      const at = editor.document.positionAt(json.indexOf('2147483000') + 3);
      editor.selection = new vscode.Selection(at, at);
      await run('editor.action.showHover');
      await pause(800);
      await screenshot('fleet-ids-hover-unknown-json');
    });

    it('hovers a bare serial number in a .env file', async () => {
      const uri = file('.env', `FLINKEY_SERIAL_NUMBER=${product.serialNumber}\nFLINKEY_API_KEY=not-an-id\n`);
      const hover = await flinkeyHover(uri, product.serialNumber);
      assert.ok(hover && hover.includes(String(product.id)), hover);
      assert.strictEqual(await flinkeyHover(uri, 'not-an-id'), undefined);
    });

    it('Check Fleet IDs in File warns about the stale ids in the Problems panel, and the warnings follow edits', async () => {
      const stale = 'FB99-9999999';
      const text = [
        'export const fixtures = [',
        `  { serialNumber: '${product.serialNumber}', carVin: '${car.vin}' },`,
        `  { serialNumber: '${stale}', productId: 2147483000 },`,
        `  { productId: 2147483000 }, // the same stale id again`,
        '];',
        '',
      ].join('\n');
      const uri = file('stale.ts', text);
      await vscode.window.showTextDocument(uri);
      let summary: any;
      const sent = await requestsOf(async () => (summary = await run('flinkey.checkFleetIds')));
      assert.ok(summary, 'Check Fleet IDs in File failed (see the flinkey log)');
      assert.strictEqual(summary.found, 5);
      assert.strictEqual(summary.distinct, 4);
      assert.strictEqual(summary.failed, 0);
      assert.deepStrictEqual(summary.unknown, [
        { line: 2, field: 'serialNumber', value: stale },
        { line: 2, field: 'productId', value: '2147483000' },
        { line: 3, field: 'productId', value: '2147483000' },
      ]);
      // The hovers above cached the known serial number, the VIN and the missing product id: only the stale serial is asked for.
      assert.strictEqual(sent.length, 1, sent.join(' | '));
      assert.ok(sent[0].includes('/v3/products'), sent[0]);

      const doc = await vscode.workspace.openTextDocument(uri);
      const warnings = flinkeyDiagnostics(uri);
      assert.deepStrictEqual(
        warnings.map((d) => [d.severity, doc.getText(d.range), d.message]),
        [
          [vscode.DiagnosticSeverity.Warning, stale, `The fleet of ${customerName} has no product with serial number ${stale}.`],
          [vscode.DiagnosticSeverity.Warning, '2147483000', `The fleet of ${customerName} has no product with product ID 2147483000.`],
          [vscode.DiagnosticSeverity.Warning, '2147483000', `The fleet of ${customerName} has no product with product ID 2147483000.`],
        ],
      );
      await run('workbench.actions.view.problems');
      await screenshot('fleet-ids-check-problems');

      const editor = await vscode.window.showTextDocument(uri);
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), '// fixtures for the integration test\n'));
      assert.deepStrictEqual(
        flinkeyDiagnostics(uri).map((d) => [d.range.start.line, editor.document.getText(d.range)]),
        [
          [3, stale],
          [3, '2147483000'],
          [4, '2147483000'],
        ],
      );
      const fixed = editor.document.getText().indexOf(stale);
      await editor.edit((e) =>
        e.replace(
          new vscode.Range(editor.document.positionAt(fixed), editor.document.positionAt(fixed + stale.length)),
          product.serialNumber,
        ),
      );
      assert.deepStrictEqual(
        flinkeyDiagnostics(uri).map((d) => editor.document.getText(d.range)),
        ['2147483000', '2147483000'],
      );
    });

    it('clears the warnings and sends nothing more once signed out', async () => {
      const uri = file('signOut.ts', 'export const stale = { productId: 2147483001 };\n');
      await vscode.window.showTextDocument(uri);
      assert.ok(await run('flinkey.checkFleetIds'), 'Check Fleet IDs in File failed (see the flinkey log)');
      assert.strictEqual(flinkeyDiagnostics(uri).length, 1);
      assert.strictEqual(await run('flinkey.signOut'), true);
      assert.deepStrictEqual(flinkeyDiagnostics(uri), []);
      const sent = await requestsOf(() => flinkeyHover(vscode.Uri.file(path.join(dir, 'fixture.ts')), product.serialNumber));
      assert.deepStrictEqual(sent, []);
      assert.strictEqual(await run('flinkey.checkFleetIds', uri), undefined);
    });
  });
});
