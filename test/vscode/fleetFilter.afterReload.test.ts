// After the window reloaded (see fleetFilter.beforeReload.test.ts): signed in again to the same environment and
// customer, Cars is still narrowed to the brand and Users still sorted — kept in globalState, not in the window.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { describeItem } from '../../src/ui/fleetView/describe';
import type { FleetItem } from '../../src/ui/documents/fleetRef';
import { reloadCase } from './filterReload';
import { testSandbox } from './harness';
import { childrenOf, clickRow, hasPage, waitRows } from './page';
import { SandboxReader } from './sandboxReader';

const run = <T = unknown>(command: string, ...args: unknown[]) => Promise.resolve(vscode.commands.executeCommand<T>(command, ...args));

describe('section filters, after a window reload', function () {
  this.timeout(90_000);

  after(async () => {
    await run('flinkey.clearFilter', 'cars');
    await run('flinkey.clearFilter', 'users');
    await run('flinkey.signOut');
  });

  it('Cars keeps its filter and Users its sort for the same environment and customer', async function () {
    await vscode.extensions.getExtension('flinkey-fleet-explorer.flinkey-fleet-explorer')!.activate();
    if (!(await hasPage())) this.skip();
    const { customerId, filter, orderby } = await reloadCase();
    const reader = new SandboxReader(testSandbox());
    const cars: FleetItem[] = (await reader.ok<any[]>(`/cars?$top=100&$filter=${encodeURIComponent(filter)}`, customerId)).map((car) => ({
      kind: 'car',
      car,
    }));
    assert.ok(await run('flinkey.signIn', { ...testSandbox(), customerId }), 'sign-in failed');
    await run('workbench.view.extension.flinkey');
    await run('workbench.actions.treeView.flinkey.fleet.collapseAll');
    const sections = await waitRows((r) => r.some((x) => x.level === 1 && x.label === 'Cars'), 'the sections');
    assert.match(sections.find((x) => x.label === 'Users')!.description, new RegExp(`sorted by ${orderby.replace('/', '\\/')}`));
    await clickRow('Cars', 1, true);
    const labels = cars.map((c) => describeItem(c).label);
    await waitRows(
      (r) =>
        r.find((x) => x.level === 1 && x.label === 'Cars')?.description === `${cars.length} · ${filter}` &&
        childrenOf(r, 'Cars')
          .filter((x) => x.level === 2)
          .map((x) => x.label)
          .join() === labels.join(),
      `Cars: ${cars.length} · ${filter}`,
    );
  });
});
