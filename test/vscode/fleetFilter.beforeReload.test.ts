// Before the window reloads: a filter on Cars and a sort on Users, set for the sandbox's second customer.
// fleetFilter.afterReload.test.ts checks that the reloaded window still narrows and sorts those sections.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { reloadCase } from './filterReload';
import { testSandbox } from './harness';
import { hasPage, waitRows } from './page';

const run = <T = unknown>(command: string, ...args: unknown[]) => Promise.resolve(vscode.commands.executeCommand<T>(command, ...args));

describe('section filters, before a window reload', function () {
  this.timeout(60_000);

  it('sets a filter on Cars and a sort on Users', async function () {
    await vscode.extensions.getExtension('flinkey-fleet-explorer.flinkey-fleet-explorer')!.activate();
    if (!(await hasPage())) this.skip();
    const { customerId, filter, orderby } = await reloadCase();
    assert.ok(await run('flinkey.signIn', { ...testSandbox(), customerId }), 'sign-in failed');
    assert.strictEqual(await run('flinkey.filterSection', { section: 'cars', filter }), filter);
    assert.strictEqual(await run('flinkey.sortSection', { section: 'users', orderby }), orderby);
    await run('workbench.view.extension.flinkey');
    await waitRows(
      (r) =>
        r.some((x) => x.label === 'Cars' && x.description.includes(filter)) &&
        r.some((x) => x.label === 'Users' && x.description.includes(`sorted by ${orderby}`)),
      'the filter and the sort on their section rows',
    );
  });
});
