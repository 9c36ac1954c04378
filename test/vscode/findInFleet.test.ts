// Find in Fleet reveals the record's row expanded and selected; its details open only when asked for
// ({ details: true } here, the "Open Details" button on a hit in the pick), not every time.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { testSandbox } from './harness';
import { clickPickButton, editorOnScreen, hasPage, quickInput, waitFor, waitRows } from './page';
import { SandboxReader } from './sandboxReader';

const run = <T = unknown>(command: string, ...args: unknown[]) => Promise.resolve(vscode.commands.executeCommand<T>(command, ...args));

describe('Find in Fleet: reveal expanded, details on request', function () {
  this.timeout(60_000);
  let product: { id: number; serialNumber: string };

  before(async function () {
    await vscode.extensions.getExtension('flinkey-fleet-explorer.flinkey-fleet-explorer')!.activate();
    if (!(await hasPage())) this.skip();
    const sandbox = testSandbox();
    [, product] = await new SandboxReader(sandbox).ok<{ id: number; serialNumber: string }[]>('/products?$top=2');
    assert.ok(await run('flinkey.signIn', sandbox), 'sign-in failed');
    await run('workbench.action.closeAllEditors');
  });

  after(async () => {
    await run('workbench.action.closeAllEditors');
    await run('flinkey.signOut');
  });

  it('reveals the row selected and expanded, and opens no editor', async () => {
    assert.strictEqual(await run('flinkey.findInFleet', { query: product.serialNumber }), `products/${product.id}`);
    const row = (await waitRows((r) => r.some((x) => x.label === product.serialNumber && x.expanded === true), 'the row expanded')).find(
      (x) => x.label === product.serialNumber,
    )!;
    assert.ok(row.selected, 'the row is not selected');
    assert.strictEqual((await editorOnScreen())?.active, '', 'an editor opened');
  });

  it("a word with several hits opens a pick of them; a hit's Open Details button reveals its row and opens its details", async () => {
    await run('workbench.action.closeAllEditors');
    const word = product.serialNumber.slice(0, 4); // the type prefix: many products
    const found = run<string>('flinkey.findInFleet', { query: word });
    const pick = await waitFor(quickInput, (q) => !!q?.visible && q.items.length > 1, 'a pick of several hits');
    assert.strictEqual(pick?.value, word);
    assert.ok(
      pick.items.some((i) => i.includes(product.serialNumber)),
      `the pick does not list ${product.serialNumber}: ${JSON.stringify(pick.items)}`,
    );
    await clickPickButton(product.serialNumber, 'Open Details');
    assert.strictEqual(await found, `products/${product.id}`);
    await waitFor(
      async () => (await editorOnScreen())?.active ?? '',
      (title) => title.includes(product.serialNumber),
      'the details of the product',
    );
    await waitRows((r) => r.some((x) => x.label === product.serialNumber && x.selected === true), 'the row selected');
  });

  it('with details asked for, also opens the record as JSON', async () => {
    await run('flinkey.findInFleet', { query: product.serialNumber, details: true });
    await waitFor(
      async () => (await editorOnScreen())?.active ?? '',
      (title) => title.includes(product.serialNumber),
      'the details of the product',
    );
  });
});
