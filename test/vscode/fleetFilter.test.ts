// Filter… and Sort… on the Fleet sections inside a real VS Code: the filter box checks as you type, each section
// sends its $filter and $orderby with the paging ($top/$skip), the section row says what is set, Clear Filter
// removes both; Groups (no OData on /groups) are filtered and sorted here. A filter the server refuses is an error
// row that opens the box with the reason. A sandbox of its own, whose requests the test reads.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { QueryOptions } from '../../src/core/api/api';
import { applyQuery } from '../../src/core/odata';
import { startSandbox, type Sandbox } from '../../src/core/sandbox/server';
import { describeItem } from '../../src/ui/fleetView/describe';
import type { FleetItem } from '../../src/ui/documents/fleetRef';
import { childrenOf, clickRow, hasPage, waitFor, waitRows, type Row } from './page';
import { accept, quickAvailable, typeInto, waitQuick } from './quickInput';
import { SandboxReader } from './sandboxReader';
import { screenshot } from './screenshot';

const run = <T = unknown>(command: string, ...args: unknown[]) => Promise.resolve(vscode.commands.executeCommand<T>(command, ...args));
const COLLAPSE_ALL = 'workbench.actions.treeView.flinkey.fleet.collapseAll';

type Section = 'products' | 'services' | 'cars' | 'users' | 'groups';
const LABEL: Record<Section, string> = { products: 'Products', services: 'Services', cars: 'Cars', users: 'Users', groups: 'Groups' };
const KIND = { products: 'product', services: 'service', cars: 'car', users: 'user', groups: 'group' } as const;

const sectionRow = (r: Row[], section: Section) => r.find((x) => x.level === 1 && x.label === LABEL[section]);
const labelsUnder = (r: Row[], section: Section) =>
  childrenOf(r, LABEL[section])
    .filter((x) => x.level === 2)
    .map((x) => x.label);

describe('fleet sections: Filter…, Sort… and Clear Filter', function () {
  this.timeout(120_000);
  let own: Sandbox;
  let reader: SandboxReader;
  /** Every request the extension (and the reader) sent, as path and decoded query. */
  const sent: string[] = [];
  const sentTo = (path: string) => sent.filter((u) => u.startsWith(`/v3/${path}`));

  /** The labels the view should show for `query` on a section, as the server (or, for groups, the evaluator) answers it. */
  async function expected(section: Section, query: QueryOptions): Promise<string[]> {
    let records: Record<string, unknown>[];
    if (section === 'groups') {
      records = applyQuery(own.fleet.customers[0].groups, query, 'group');
    } else {
      const qs = [
        query.filter ? `$filter=${encodeURIComponent(query.filter)}` : '',
        query.orderby ? `$orderby=${encodeURIComponent(query.orderby)}` : '',
      ]
        .filter(Boolean)
        .join('&');
      records = await reader.ok(`/${section}?$top=1000&${qs}`);
    }
    return records.map((record) => describeItem({ kind: KIND[section], [KIND[section]]: record } as unknown as FleetItem).label);
  }

  /** Collapses the view, opens one section and waits until it shows `labels` (as many as fit on screen) and `description`. */
  async function shows(section: Section, labels: string[], description: string): Promise<Row[]> {
    await run(COLLAPSE_ALL);
    await waitRows((r) => sectionRow(r, section)?.expanded === false, `${LABEL[section]} collapsed`);
    await clickRow(LABEL[section], 1, true);
    return waitRows(
      (r) => {
        const shown = labelsUnder(r, section);
        return (
          sectionRow(r, section)?.description === description &&
          shown.length >= Math.min(labels.length, 8) &&
          shown.join('\n') === labels.slice(0, shown.length).join('\n')
        );
      },
      `${LABEL[section]}: ${description}, starting ${labels.slice(0, 3).join(', ')}`,
    );
  }

  before(async function () {
    await vscode.extensions.getExtension('flinkey-fleet-explorer.flinkey-fleet-explorer')!.activate();
    if (!(await hasPage()) || !(await quickAvailable())) this.skip();
    own = await startSandbox({ products: 40, seed: 11, onRequest: (req) => sent.push(decodeURIComponent(req.url ?? '')) });
    reader = new SandboxReader(own);
    assert.ok(
      await run('flinkey.signIn', { baseUrl: own.baseUrl, apiKey: own.apiKey, username: own.username, password: own.password }),
      'sign-in failed',
    );
    await run('workbench.view.extension.flinkey');
    await waitRows((r) => r.some((x) => x.label === 'Products'), 'the sections');
  });

  after(async () => {
    await run('workbench.action.closeQuickOpen');
    for (const section of Object.keys(LABEL)) await run('flinkey.clearFilter', section);
    await run('flinkey.signOut');
    await own?.close();
  });

  it('Products: the box checks the filter as it is typed, Sort… picks field and direction; both go with the paging', async () => {
    const filter = "type eq 'flinkey IQ'";
    const iqs = await expected('products', { filter, orderby: 'serialNumber desc' });
    assert.ok(iqs.length > 3 && iqs.length < 40, `${iqs.length} flinkey IQs`);

    const filtering = run<string>('flinkey.filterSection', 'products');
    await waitQuick((s) => s.visible && s.title.includes('Filter Products'), 'the filter box');
    await typeInto("typ eq 'flinkey IQ'");
    const wrong = await waitQuick((s) => /unknown field 'typ'/.test(s.message), 'the unknown field named');
    assert.match(wrong.message, /did you mean 'type'/);
    await accept(); // refused: the box stays open with the text as typed
    await waitQuick((s) => s.visible && s.value === "typ eq 'flinkey IQ'", 'the box still open');
    await typeInto(filter);
    await waitQuick(
      (s) => s.visible && !/unknown field/.test(s.message) && /Enter applies the filter/.test(s.message),
      'the prompt instead of the error',
    );
    sent.length = 0;
    await accept();
    assert.strictEqual(await filtering, filter);
    // VS Code gives the focus back to where it was a moment after a box closes; a pick opened sooner loses it and closes.
    await waitQuick((s) => !s.visible, 'the filter box closed');
    await new Promise((r) => setTimeout(r, 700));

    const sorting = run<string>('flinkey.sortSection', 'products');
    await waitQuick((s) => s.visible && s.items.some((i) => i.includes('serialNumber')), 'the sort pick');
    await typeInto('serialNumber desc');
    await waitQuick((s) => /serialNumber desc/.test(s.active), 'serialNumber desc first');
    await accept();
    assert.strictEqual(await sorting, 'serialNumber desc');

    await shows('products', iqs, `${iqs.length} · ${filter} · sorted by serialNumber desc`);
    const request = sentTo('products').pop();
    assert.ok(request, 'no /products request');
    for (const part of [`$filter=${filter}`, '$orderby=serialNumber desc', '$top=100', '$skip=0']) {
      assert.ok(request.includes(part), `${part} in ${request}`);
    }
    await screenshot('fleet-filtered-section');
  });

  it('Services by their active state, Cars by brand, Users by e-mail and name, each sorted on the server', async () => {
    const brand = own.fleet.customers[0].cars.find((c) => c.brand)!.brand!;
    const domain = own.fleet.customers[0].users[0].emailAddress.split('@')[1];
    const cases: { section: Exclude<Section, 'products' | 'groups'>; filter: string; orderby: string }[] = [
      { section: 'services', filter: 'isTerminated eq false', orderby: 'name desc' },
      { section: 'cars', filter: `brand eq '${brand}'`, orderby: 'name' },
      { section: 'users', filter: `endswith(emailAddress,'@${domain}')`, orderby: 'userData/lastName desc' },
    ];
    for (const { section, filter, orderby } of cases) {
      const labels = await expected(section, { filter, orderby });
      assert.ok(labels.length > 0, `${section}: nothing matches ${filter}`);
      sent.length = 0;
      assert.strictEqual(await run('flinkey.filterSection', { section, filter }), filter);
      assert.strictEqual(await run('flinkey.sortSection', { section, orderby }), orderby);
      const count = labels.length > 100 ? '100+' : `${labels.length}`;
      await shows(section, labels, `${count} · ${filter} · sorted by ${orderby}`);
      const request = sentTo(section).pop() ?? '';
      for (const part of [`$filter=${filter}`, `$orderby=${orderby}`, '$top=100', '$skip=0']) {
        assert.ok(request.includes(part), `${part} in ${request}`);
      }
    }
  });

  it('Groups come whole from /groups (no OData there): filtered and sorted here, nothing sent with the request', async () => {
    const first = own.fleet.customers[0].groups[0].name;
    const filter = `startswith(name,'${first.slice(0, 2).replace(/'/g, "''")}')`;
    const labels = await expected('groups', { filter, orderby: 'name desc' });
    sent.length = 0;
    await run('flinkey.filterSection', { section: 'groups', filter });
    await run('flinkey.sortSection', { section: 'groups', orderby: 'name desc' });
    await shows('groups', labels, `${labels.length} · ${filter} · sorted by name desc`);
    assert.deepStrictEqual(sentTo('groups'), ['/v3/groups']);
  });

  it('Clear Filter shows everything again in the server order, and the next request has neither option', async () => {
    const all = await expected('cars', {});
    sent.length = 0;
    assert.strictEqual(await run('flinkey.clearFilter', 'cars'), 'cars');
    await shows('cars', all, all.length > 100 ? '100+' : `${all.length}`);
    const request = sentTo('cars').pop() ?? '';
    assert.ok(!request.includes('$filter') && !request.includes('$orderby'), request);
  });

  it('a filter the server refuses is an error row with its reason; the row opens the box with the reason shown', async () => {
    own.setFaults({ rejectFilters: "Invalid $filter: 'endswith' is not supported here." });
    try {
      await run('flinkey.filterSection', { section: 'users', filter: "endswith(emailAddress,'.com')" });
      await run(COLLAPSE_ALL);
      await clickRow('Users', 1, true);
      const rows = await waitRows((r) => labelsUnder(r, 'users').join() === 'Filter rejected (400)', 'the rejected-filter row');
      assert.match(childrenOf(rows, 'Users')[0].description, /'endswith' is not supported here/);
      await screenshot('fleet-filter-rejected');
      await clickRow('Filter rejected (400)', 2, false);
      const box = await waitQuick((s) => s.visible && s.title.includes('Filter Users'), 'the filter box');
      assert.strictEqual(box.value, "endswith(emailAddress,'.com')");
      assert.match(box.message, /'endswith' is not supported here/);
      await run('workbench.action.closeQuickOpen');
    } finally {
      own.setFaults({});
    }
    await run('flinkey.clearFilter', 'users');
    await waitFor(
      async () => labelsUnder(await waitRows(() => true, 'rows'), 'users'),
      (labels) => labels.length > 0 && !labels.includes('Filter rejected (400)'),
      'the users again',
    );
  });
});
