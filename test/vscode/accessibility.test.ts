// What a screen reader hears in the Fleet view of a real VS Code: a row's label and description (not its
// tooltip), and for rows that do something when chosen, what that is — read from the rows' aria-label.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { startSandbox, type Sandbox } from '../../src/core/sandbox/server';
import { clickRow, hasPage, waitRows } from './page';

const run = <T = unknown>(command: string, ...args: unknown[]) => Promise.resolve(vscode.commands.executeCommand<T>(command, ...args));

describe('accessibility', function () {
  this.timeout(60_000);
  let own: Sandbox | undefined;

  before(async function () {
    await vscode.extensions.getExtension('flinkey-fleet-explorer.flinkey-fleet-explorer')!.activate();
    if (!(await hasPage())) this.skip();
    await vscode.workspace.getConfiguration('flinkey').update('pageSize', 3, vscode.ConfigurationTarget.Global);
    own = await startSandbox({ products: 8, seed: 5 });
    assert.ok(await run('flinkey.signIn', { baseUrl: own.baseUrl, apiKey: own.apiKey, username: own.username, password: own.password }));
    await run('workbench.view.extension.flinkey');
    await run('workbench.actions.treeView.flinkey.fleet.collapseAll');
  });

  after(async () => {
    await vscode.workspace.getConfiguration('flinkey').update('pageSize', undefined, vscode.ConfigurationTarget.Global);
    await run('flinkey.signOut');
    await own?.close();
  });

  it('a section is heard by its name and count, Load more as a button saying what it does', async () => {
    await clickRow('Services', 1, true);
    // The count reaches the section row by a redraw after its first page, so wait for both.
    const shown = await waitRows(
      (r) =>
        r.some((x) => x.level === 2 && x.label === 'Load more…') && !!r.find((x) => x.level === 1 && x.label === 'Services')?.description,
      'a page of services with Load more, and their count',
    );
    const section = shown.find((x) => x.level === 1 && x.label === 'Services')!;
    assert.ok(section.description, 'the Services row shows no count');
    assert.strictEqual(section.spoken, `Services, ${section.description}`);
    const more = shown.find((x) => x.level === 2 && x.label === 'Load more…')!;
    assert.strictEqual(more.spoken, `Load more…, ${more.description}, press Enter to load them`);
    assert.strictEqual(more.role, 'button');
    const service = shown.find((x) => x.level === 2 && x.label !== 'Load more…')!;
    assert.strictEqual(service.spoken, [service.label, service.description].filter(Boolean).join(', '));
  });
});
