// Load All on a Fleet section inside a real VS Code: a cancellable notification while the pages come, the rows
// loaded so far kept when it is cancelled, a stop at flinkey.loadAll.limit with a row that suggests a filter, and
// the exact count once the end is reached. A sandbox of its own (300 products, 20 a page, answers slowed down).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { startSandbox, type Sandbox } from '../../src/core/sandbox/server';
import { callLauncher } from './harness';
import { childrenOf, clickRow, hasPage, waitFor, waitRows, type Notification, type Row } from './page';
import { quickAvailable, waitQuick } from './quickInput';
import { SandboxReader } from './sandboxReader';
import { screenshot } from './screenshot';

const run = <T = unknown>(command: string, ...args: unknown[]) => Promise.resolve(vscode.commands.executeCommand<T>(command, ...args));
const PAGE = 20;
const config = () => vscode.workspace.getConfiguration('flinkey');

interface LoadAllResult {
  loaded: number;
  more: boolean;
  cancelled: boolean;
}

const productsRow = (r: Row[]) => r.find((x) => x.level === 1 && x.label === 'Products');
const under = (r: Row[]) =>
  childrenOf(r, 'Products')
    .filter((x) => x.level === 2)
    .map((x) => x.label);
const ranges = (loaded: number) => Array.from({ length: loaded / PAGE }, (_, i) => `${i * PAGE + 1}–${(i + 1) * PAGE}`);

async function center(): Promise<Notification[]> {
  const { json } = await callLauncher('POST', '/page/notifications', {});
  if (!json.open) await run('notifications.showList');
  return (json.notifications ?? []) as Notification[];
}

describe('fleet sections: Load All', function () {
  this.timeout(120_000);
  let own: Sandbox;

  before(async function () {
    await vscode.extensions.getExtension('flinkey-fleet-explorer.flinkey-fleet-explorer')!.activate();
    if (!(await hasPage()) || !(await quickAvailable())) this.skip();
    own = await startSandbox({ products: 300, seed: 3 });
    await config().update('pageSize', PAGE, vscode.ConfigurationTarget.Global);
    assert.ok(
      await run('flinkey.signIn', { baseUrl: own.baseUrl, apiKey: own.apiKey, username: own.username, password: own.password }),
      'sign-in failed',
    );
    await run('workbench.view.extension.flinkey');
    await run('workbench.actions.treeView.flinkey.fleet.collapseAll');
    await waitRows((r) => productsRow(r)?.expanded === false, 'Products collapsed');
  });

  afterEach(async () => {
    own?.setFaults({});
    await run('notifications.hideList');
    await run('notifications.clearAll');
    await config().update('loadAll.limit', undefined, vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await config().update('pageSize', undefined, vscode.ConfigurationTarget.Global);
    await run('flinkey.clearFilter', 'products');
    await run('flinkey.signOut');
    await own?.close();
  });

  it('shows its progress in a cancellable notification; Cancel keeps the pages that came and offers Load more', async () => {
    own.setFaults({ latencyMs: 150 });
    const pending = run<LoadAllResult>('flinkey.loadAll', 'products');
    await waitFor(
      center,
      (list) =>
        list.some((n) => /Loading all Products/.test(n.message) && /rows \(at most 5000\)/.test(n.message) && n.buttons.includes('Cancel')),
      'the progress notification with a count and Cancel',
    );
    await screenshot('fleet-load-all-progress');
    await callLauncher('POST', '/page/clickNotificationButton', { message: 'Loading all Products', button: 'Cancel' });
    const result = await pending;
    assert.ok(result.cancelled && result.more, JSON.stringify(result));
    assert.ok(result.loaded >= PAGE && result.loaded < 300 && result.loaded % PAGE === 0, JSON.stringify(result));
    await run('notifications.hideList');
    const expected = result.loaded > PAGE ? [...ranges(result.loaded), 'Load more…'] : undefined;
    const shown = await waitRows(
      (r) =>
        productsRow(r)?.description === `${result.loaded}+` && (!expected || under(r).slice(0, expected.length).join() === expected.join()),
      `${result.loaded}+ in ranges, then Load more…`,
    );
    assert.ok(!under(shown).some((l) => /Cancelled|Error/.test(l)), under(shown).join());
  });

  it('stops at flinkey.loadAll.limit and suggests a filter, whose row opens Filter…', async () => {
    await run('flinkey.refresh');
    await config().update('loadAll.limit', 60, vscode.ConfigurationTarget.Global);
    const result = await run<LoadAllResult>('flinkey.loadAll', 'products');
    assert.deepStrictEqual(result, { loaded: 60, more: true, cancelled: false });
    const hint = 'More than 60: narrow them down with Filter…';
    await waitRows(
      (r) => productsRow(r)?.description === '60+' && under(r).join() === [...ranges(60), hint, 'Load more…'].join(),
      'three ranges, the filter hint and Load more…',
    );
    await screenshot('fleet-load-all-limit');
    await clickRow(hint, 2, false);
    await waitQuick((s) => s.visible && s.title.includes('Filter Products'), 'the filter box');
    await run('workbench.action.closeQuickOpen');
  });

  it('with a filter, loads to the end: the count is exact and no Load more is left', async () => {
    const filter = "type eq 'flinkey IQ'";
    const iqs = (await new SandboxReader(own).ok<unknown[]>(`/products?$top=1000&$filter=${encodeURIComponent(filter)}`)).length;
    assert.ok(iqs > PAGE * 2 && iqs < 300, `${iqs} flinkey IQs`);
    await run('flinkey.filterSection', { section: 'products', filter });
    const result = await run<LoadAllResult>('flinkey.loadAll', 'products');
    assert.deepStrictEqual(result, { loaded: iqs, more: false, cancelled: false });
    const shown = await waitRows((r) => productsRow(r)?.description === `${iqs} · ${filter}`, `${iqs} · ${filter}`);
    assert.ok(!under(shown).includes('Load more…'), under(shown).join());
  });
});
