// Find in Fleet reveals the record's row expanded and selected; its details open only when asked for
// ({ details: true } here, the "Open Details" button on a hit in the pick), not every time.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { testSandbox } from './harness';
import { editorOnScreen, hasPage, waitFor, waitRows } from './page';
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

  it('with details asked for, also opens the record as JSON', async () => {
    await run('flinkey.findInFleet', { query: product.serialNumber, details: true });
    await waitFor(
      async () => (await editorOnScreen())?.active ?? '',
      (title) => title.includes(product.serialNumber),
      'the details of the product',
    );
  });
});
