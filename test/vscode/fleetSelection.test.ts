// Many rows at once, inside a real VS Code: rows selected with Ctrl+click in the Fleet view, Ctrl+C copying every
// selected id, the copy commands as a context menu runs them (the clicked row and all selected rows), Copy as JSON
// Array and Copy as OData Filter (hostile values included), Insert at Cursor, Copy All IDs of a section and of a
// query run, and the export of a selection and of a section with its Open / Reveal notification. A sandbox of its
// own (7 products, so every row fits on screen).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { startSandbox, type Sandbox } from '../../src/core/sandbox/server';
import {
  childrenOf,
  clickMenuItem,
  contextMenu,
  dragRow,
  clearNotifications,
  clickRow,
  expectNotification,
  hasPage,
  press,
  showProducts,
  statusBar,
  waitFor,
  waitRows,
  type Row,
} from './page';
import { accept, waitQuick } from './quickInput';
import { SandboxReader } from './sandboxReader';
import { screenshot } from './screenshot';

const run = <T = unknown>(command: string, ...args: unknown[]) => Promise.resolve(vscode.commands.executeCommand<T>(command, ...args));
const selectedUnder = (r: Row[], group: string) =>
  childrenOf(r, group)
    .filter((x) => x.level === 2 && x.selected)
    .map((x) => x.label);

/** A row as VS Code hands it to a context-menu command: an object of the tree with its record. */
function rowOf(kind: string, record: { id: number; [field: string]: unknown }): unknown {
  return { id: `${kind}s/${record.id}`, item: { kind, [kind]: record }, getTreeItem: () => ({}), getParent: () => undefined };
}

describe('fleet selection: many rows at once', function () {
  this.timeout(90_000);
  let own: Sandbox;
  let reader: SandboxReader;
  let products: { id: number; serialNumber: string; uniqueId: string }[];
  let dir: string;

  before(async function () {
    await vscode.extensions.getExtension('flinkey-fleet-explorer.flinkey-fleet-explorer')!.activate();
    if (!(await hasPage())) this.skip();
    own = await startSandbox({ products: 7, seed: 21 });
    reader = new SandboxReader(own);
    products = await reader.ok('/products?$top=100');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flinkey-selection-'));
    assert.ok(
      await run('flinkey.signIn', { baseUrl: own.baseUrl, apiKey: own.apiKey, username: own.username, password: own.password }),
      'sign-in failed',
    );
  });

  after(async () => {
    await run('workbench.action.closeAllEditors');
    await run('flinkey.signOut');
    await own?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('Ctrl+click selects three products; Ctrl+C copies all three ids, and the status bar counts them', async () => {
    await showProducts();
    const picked = products.slice(0, 3);
    // A plain click selects the first alone (it opens its details, the focus stays in the tree); Ctrl+click adds.
    await clickRow(picked[0].serialNumber, 2, false);
    for (const p of picked.slice(1)) await clickRow(p.serialNumber, 2, false, 'Fleet', ['ControlOrMeta']);
    await waitRows((r) => selectedUnder(r, 'Products').join() === picked.map((p) => p.serialNumber).join(), 'three selected product rows');
    await screenshot('fleet-multi-selection');
    await vscode.env.clipboard.writeText('(before)');
    await press('ControlOrMeta+c');
    const ids = picked.map((p) => p.id).join('\n');
    await waitFor(
      () => Promise.resolve(vscode.env.clipboard.readText()),
      (t) => t === ids,
      'the three ids on the clipboard',
    );
    await waitFor(
      async () => (await statusBar()) ?? [],
      (items) => items.some((t) => t.includes('Copied 3 × ID')),
      'the count in the status bar',
    );
  });

  it('a right-click on one of the selected rows: Copy ID and Copy as OData Filter take all three', async () => {
    const picked = products.slice(0, 3);
    await clickRow(picked[1].serialNumber, 2, false, 'Fleet', [], true);
    const menu = await waitFor(contextMenu, (items) => items.includes('Copy as OData Filter'), 'the row’s context menu');
    for (const item of ['Copy ID', 'Copy Serial Number', 'Copy as JSON Array', 'Copy as OData Filter', 'Export Results…']) {
      assert.ok(menu.includes(item), `${item} missing from ${menu.join(', ')}`);
    }
    assert.ok(!menu.includes('Copy VIN') && !menu.includes('Copy All IDs'), menu.join(', '));
    await screenshot('fleet-selection-context-menu');
    await clickMenuItem('Copy ID');
    const ids = picked.map((p) => p.id);
    await waitFor(
      () => Promise.resolve(vscode.env.clipboard.readText()),
      (t) => t === ids.join('\n'),
      'the three ids from the menu',
    );
    await clickRow(picked[2].serialNumber, 2, false, 'Fleet', [], true);
    await waitFor(contextMenu, (items) => items.includes('Copy as OData Filter'), 'the context menu again');
    await clickMenuItem('Copy as OData Filter');
    await waitQuick((s) => s.visible && s.items.some((i) => i.startsWith('Serial Number')), 'the field question');
    await accept();
    await waitFor(
      () => Promise.resolve(vscode.env.clipboard.readText()),
      (t) => t === `id in (${ids.join(',')})`,
      'the filter of three ids',
    );
    await waitRows((r) => selectedUnder(r, 'Products').length === 3, 'the three rows still selected');
  });

  it('with no row given (a keybinding, the palette), the list forms take the view’s selection', async () => {
    const picked = products.slice(0, 3);
    const json = run<string>('flinkey.copyAsJsonArray');
    // Products hold an id, a serial number and a unique id: the question comes first.
    const pick = await waitQuick((s) => s.visible && s.items.some((i) => i.startsWith('Serial Number')), 'the field question');
    assert.match(pick.items[0], /^ID, 3 of 3 rows/);
    await accept();
    assert.strictEqual(await json, JSON.stringify(picked.map((p) => p.id)));
    assert.strictEqual(await vscode.env.clipboard.readText(), `[${picked.map((p) => p.id).join(',')}]`);
    const filter = await run<string>('flinkey.copyAsODataFilter', { field: 'serialNumber' });
    assert.strictEqual(filter, `serialNumber in (${picked.map((p) => `'${p.serialNumber}'`).join(',')})`);
    // The filter finds the same products again.
    const found = await run<{ id: number }[]>('flinkey.runQuery', { collection: 'products', query: `$filter=${filter}` });
    assert.deepStrictEqual(
      found?.map((p) => p.id),
      picked.map((p) => p.id),
    );
  });

  it('Insert ID at Cursor writes the ids of every selected row, one per line', async () => {
    await showProducts();
    await waitRows((r) => selectedUnder(r, 'Products').length === 3, 'the three rows still selected');
    const doc = await vscode.workspace.openTextDocument({ content: 'ids:\nX\n' });
    const editor = await vscode.window.showTextDocument(doc);
    editor.selections = [new vscode.Selection(1, 0, 1, 1)];
    const text = await run<string>('flinkey.insertId');
    const ids = products
      .slice(0, 3)
      .map((p) => p.id)
      .join('\n');
    assert.strictEqual(text, ids);
    assert.strictEqual(doc.getText(), `ids:\n${ids}\n`);
    await run('workbench.action.revertAndCloseActiveEditor');
  });

  it('dragging one of the selected rows into an editor drops the ids of all of them', async () => {
    const doc = await vscode.workspace.openTextDocument({ content: '' });
    await vscode.window.showTextDocument(doc);
    await showProducts();
    await waitRows((r) => selectedUnder(r, 'Products').length === 3, 'the three rows still selected');
    await dragRow(products[1].serialNumber, 2);
    const ids = products
      .slice(0, 3)
      .map((p) => p.id)
      .join('\n');
    await waitFor(
      () => Promise.resolve(doc.getText()),
      (t) => t === ids,
      'the three ids dropped into the editor',
    );
    await run('workbench.action.revertAndCloseActiveEditor');
  });

  it('exports the selected rows as JSON and CSV; the notification offers Open and Reveal', async () => {
    await showProducts();
    const picked = products.slice(0, 3);
    await clearNotifications();
    const jsonFile = path.join(dir, 'selection.json');
    assert.strictEqual(
      await run('flinkey.exportResults', { format: 'json', target: jsonFile, selection: true }),
      vscode.Uri.file(jsonFile).toString(),
    );
    assert.deepStrictEqual(JSON.parse(fs.readFileSync(jsonFile, 'utf8')), picked);
    const shown = await expectNotification(new RegExp(`^Exported 3 rows to ${jsonFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    assert.deepStrictEqual(shown.buttons, ['Open', process.platform === 'darwin' ? 'Reveal in Finder' : 'Reveal in File Manager']);
    await run('notifications.showList');
    await screenshot('fleet-export-notification');
    await run('notifications.hideList');
    const csvFile = path.join(dir, 'selection.csv');
    await run('flinkey.exportResults', { format: 'csv', target: csvFile, selection: true });
    const lines = fs
      .readFileSync(csvFile, 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    assert.strictEqual(lines.length, 4, lines.join(' | '));
    assert.deepStrictEqual(
      lines.slice(1).map((l) => l.split(',')[0]),
      picked.map((p) => String(p.id)),
    );
  });

  it('a section row exports and copies the records it has loaded (Copy All IDs)', async () => {
    await showProducts();
    // Only the Products row selected: a plain click on a product, Ctrl+click on Products, Ctrl+click the product off.
    await clickRow(products[0].serialNumber, 2, false);
    await clickRow('Products', 1, false, 'Fleet', ['ControlOrMeta']);
    await clickRow(products[0].serialNumber, 2, false, 'Fleet', ['ControlOrMeta']);
    await waitRows(
      (r) =>
        r
          .filter((x) => x.selected)
          .map((x) => x.label)
          .join() === 'Products' && !!r.find((x) => x.label === 'Products')?.expanded,
      'only the Products row selected, still expanded',
    );
    // The window shows the selection before the extension host hears of it: asked too soon, the command sees the
    // product still selected too (and says Copy All IDs wants one section).
    const ids = await waitFor(
      () => run<string | undefined>('flinkey.copyAllIds'),
      (copied) => copied !== undefined,
      'Copy All IDs to see only the Products row selected',
      5_000,
    );
    assert.strictEqual(ids, products.map((p) => p.id).join('\n'));
    const csvFile = path.join(dir, 'products.csv');
    await run('flinkey.exportResults', { format: 'csv', target: csvFile, selection: true });
    assert.strictEqual(fs.readFileSync(csvFile, 'utf8').trimEnd().split('\r\n').length, products.length + 1);
  });

  it('from a context menu (the clicked row and all selected): each copy command copies every row that has its value', async () => {
    const services: { id: number }[] = await reader.ok('/services?$top=3');
    const car = await reader.ok<{ id: number; vin: string; licensePlate: string }>('/cars?$top=1').then((c: any) => c[0]);
    const productRows = products.slice(0, 3).map((p) => rowOf('product', p));
    const mixed = [...productRows, rowOf('car', car)];
    const cases: [string, unknown[], string][] = [
      ['flinkey.copyId', mixed, [...products.slice(0, 3).map((p) => p.id), car.id].join('\n')],
      [
        'flinkey.copySerialNumber',
        mixed,
        products
          .slice(0, 3)
          .map((p) => p.serialNumber)
          .join('\n'),
      ],
      [
        'flinkey.copyUniqueId',
        mixed,
        products
          .slice(0, 3)
          .flatMap((p) => (p.uniqueId ? [p.uniqueId] : []))
          .join('\n'),
      ],
      ['flinkey.copyVin', [rowOf('car', car), ...productRows], car.vin],
      ['flinkey.copyLicensePlate', [rowOf('car', car), ...productRows], car.licensePlate],
      ['flinkey.copyAsJsonArray', services.map((s) => rowOf('service', s)), JSON.stringify(services.map((s) => s.id))],
      ['flinkey.copyAsODataFilter', services.map((s) => rowOf('service', s)), `id in (${services.map((s) => s.id).join(',')})`],
    ];
    for (const [command, selected, expected] of cases) {
      await vscode.env.clipboard.writeText('(before)');
      assert.strictEqual(await run(command, selected[0], selected), expected, command);
      assert.strictEqual(await vscode.env.clipboard.readText(), expected, `${command}: the clipboard`);
      if (command !== 'flinkey.copyVin') continue;
      // The three products have no VIN: the status bar says they were skipped.
      await waitFor(
        async () => (await statusBar()) ?? [],
        (items) => items.some((t) => t.includes('Copied 1 × VIN · skipped 3 without one')),
        'the status bar after Copy VIN',
      );
    }
    // A clicked row that is not among the selected ones is copied alone.
    assert.strictEqual(await run('flinkey.copyId', rowOf('service', services[0]), productRows), String(services[0].id));
  });

  it('hostile values: quotes, line breaks and unicode survive each list form', async () => {
    const values = ["O'Neil", 'line\nbreak', 'Zoë 🚗', 'x) or (1 eq 1', '"q"'];
    const rows = values.map((serialNumber, i) => rowOf('product', { ...products[0], id: 9000 + i, serialNumber }));
    const lines = await run<string>('flinkey.copySerialNumber', rows[0], rows);
    assert.deepStrictEqual(lines?.split('\n'), ["O'Neil", '"line\\nbreak"', 'Zoë 🚗', 'x) or (1 eq 1', '"q"']);
    const filter = await run<string>('flinkey.copyAsODataFilter', { field: 'serialNumber' }, rows);
    assert.strictEqual(filter, "serialNumber in ('O''Neil','line\nbreak','Zoë 🚗','x) or (1 eq 1','\"q\"')");
    const json = await run<string>('flinkey.copyAsJsonArray', { field: 'serialNumber' }, rows);
    assert.deepStrictEqual(JSON.parse(json), values);
  });

  it('Copy All IDs on a query run copies the ids of all its rows', async () => {
    // A query no other test runs, so its row is the only one with this label.
    const rows = await run<{ id: number }[]>('flinkey.runQuery', { collection: 'services', query: '$top=5&$orderby=id desc' });
    assert.ok(rows && rows.length > 0);
    await run('workbench.action.closeAllEditors');
    const label = '/services $orderby=id desc&$top=5'; // runs are named by the query's one written form
    await waitRows((r) => r.some((x) => x.level === 1 && x.label === label), 'the run row', 20_000, 'Query Results');
    await clickRow(label, 1, false, 'Query Results');
    await waitRows((r) => r.find((x) => x.label === label)?.selected === true, 'the run row selected', 20_000, 'Query Results');
    assert.strictEqual(await run('flinkey.copyAllIds'), rows.map((r) => r.id).join('\n'));
  });

  it('Query Results selects many rows too: Ctrl+click two products, Copy Serial Number copies both', async () => {
    await run('flinkey.runQuery', { collection: 'products', query: '$top=3' });
    await run('workbench.action.closeAllEditors');
    const [first, , third] = products;
    await waitRows((r) => r.some((x) => x.level === 2 && x.label === third.serialNumber), 'the run’s rows', 20_000, 'Query Results');
    await clickRow(first.serialNumber, 2, false, 'Query Results');
    await clickRow(third.serialNumber, 2, false, 'Query Results', ['ControlOrMeta']);
    await waitRows(
      (r) =>
        r
          .filter((x) => x.selected)
          .map((x) => x.label)
          .join() === [first.serialNumber, third.serialNumber].join(),
      'two selected rows',
      20_000,
      'Query Results',
    );
    await screenshot('query-results-multi-selection');
    assert.strictEqual(await run('flinkey.copySerialNumber'), `${first.serialNumber}\n${third.serialNumber}`);
  });
});
