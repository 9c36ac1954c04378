// The "measure" load of the bench inside VS Code: requests per user action, view reveal → rows painted,
// product expansion against 50 ms latency, the query command's round trip, and the extension host's heap.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as v8 from 'v8';
import * as vscode from 'vscode';
import { SandboxReader } from '../../vscode/sandboxReader';
import {
  clickRow,
  cmd,
  control,
  countRequests,
  findGc,
  heapUsed,
  productRows,
  rows,
  sandboxes,
  settled,
  sleep,
  waitRows,
  type SandboxName,
} from './util';

const COLLAPSE_ALL = 'workbench.actions.treeView.flinkey.fleet.collapseAll';

async function signIn(name: SandboxName): Promise<void> {
  const summary = await cmd('flinkey.signIn', { ...sandboxes()[name], staySignedIn: true });
  if (!summary) throw new Error(`flinkey.signIn to the ${name} sandbox failed (see the flinkey log)`);
  await settled(name);
}

/** Shows the view with Products expanded and its first page loaded. */
async function productsExpanded(): Promise<void> {
  await cmd('workbench.view.extension.flinkey');
  const now = await waitRows((r) => r.some((x) => x.label === 'Products'), 'the Products row');
  if (!now.find((x) => x.label === 'Products')?.expanded) await clickRow('Products', 1);
  await waitRows((r) => productRows(r).length > 0, 'product rows');
}

export async function requestsPerAction(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const reader = new SandboxReader(sandboxes().fast);
  // A product the tree has not opened, so its details are not cached yet.
  const [first] = await reader.ok<{ id: number }[]>('/products?$top=1&$skip=7');
  await cmd('flinkey.signOut');
  await signIn('fast');
  await cmd('workbench.view.explorer');
  out.showView = await countRequests('fast', async () => {
    await cmd('workbench.view.extension.flinkey');
    await waitRows((r) => r.some((x) => x.label === 'Products'), 'the Products row');
    await sleep(1000);
  });
  out.expandProducts = await countRequests('fast', async () => {
    await clickRow('Products', 1);
    await waitRows((r) => productRows(r).length > 0, 'product rows');
  });
  const product = productRows(await rows())[0].label;
  out.expandProduct = await countRequests('fast', async () => {
    await clickRow(product, 2);
    await waitRows((r) => r.some((x) => x.level === 3), 'the product’s service and car rows');
  });
  out.openDetailsFromTree = await countRequests('fast', async () => {
    await control('/bench/clickRowAction', { label: product, action: 'Open Details' });
    for (let i = 0; i < 100 && vscode.window.activeTextEditor?.document.uri.scheme !== 'flinkey'; i++) await sleep(100);
    if (vscode.window.activeTextEditor?.document.uri.scheme !== 'flinkey') {
      throw new Error('Open Details on the row opened no flinkey: document');
    }
  });
  await cmd('workbench.action.closeAllEditors');
  out.openDetailsByRef = await countRequests('fast', () => cmd('flinkey.openDetails', { kind: 'product', id: first.id }));
  await cmd('workbench.action.closeAllEditors');
  const registered = new Set(await vscode.commands.getCommands(true));
  out.runQueryRegistered = registered.has('flinkey.runQuery');
  if (registered.has('flinkey.runQuery')) {
    out.runQuery = await countRequests('fast', () =>
      cmd('flinkey.runQuery', { collection: 'products', query: "$filter=type eq 'flinkey IQ'&$top=20" }),
    );
    await cmd('workbench.action.closeAllEditors');
  }
  return out;
}

/** Query command round trips (palette arguments → rows returned), 20 runs. */
export interface QueryRoundTrips {
  /** flinkey.runQuery called → its rows painted in the results document (the page's frame after they appeared). */
  painted: number[];
  /** flinkey.runQuery called → the command resolved. */
  command: number[];
}

/** Wall-clock ms with sub-ms precision, comparable with the page's (same machine). */
const now = () => performance.timeOrigin + performance.now();

/**
 * 20 queries, each for its own page of 20 rows ($skip moves by 20, so no run's rows are on screen before it): the
 * clock starts when the command is called and stops at the frame after the page first shows that run's first serial
 * number in an editor.
 */
export async function queryRoundTrips(): Promise<QueryRoundTrips | undefined> {
  if (!(await vscode.commands.getCommands(true)).includes('flinkey.runQuery')) return undefined;
  const reader = new SandboxReader(sandboxes().fast);
  const query = (i: number) => `$filter=type eq 'flinkey IQ'&$orderby=serialNumber desc&$skip=${20 * i}&$top=20`;
  const out: QueryRoundTrips = { painted: [], command: [] };
  for (let i = 0; i < 20; i++) {
    const expected = await reader.ok<{ serialNumber: string }[]>(`/products?${query(i)}`);
    if (!expected.length) throw new Error(`the fast sandbox has no rows for ${query(i)}`);
    await control('/bench/watchText', { text: expected[0].serialNumber });
    const t0 = now();
    const rowsBack = await cmd<unknown[]>('flinkey.runQuery', { collection: 'products', query: query(i) });
    out.command.push(now() - t0);
    if (!Array.isArray(rowsBack)) throw new Error(`flinkey.runQuery returned ${JSON.stringify(rowsBack)?.slice(0, 200)}`);
    const { paintedAt } = await control<{ paintedAt: number }>('/bench/textPainted');
    out.painted.push(paintedAt - t0);
  }
  await cmd('workbench.action.closeAllEditors');
  return out;
}

/** What opening and showing a JSON document of 20 rows costs on its own (part of the query command's time). */
export async function jsonDocumentTimes(): Promise<number[]> {
  const content = JSON.stringify(
    Array.from({ length: 20 }, (_, i) => ({ id: i, serialNumber: `SN-${i}`, type: 'flinkey IQ' })),
    null,
    2,
  );
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    const doc = await vscode.workspace.openTextDocument({ language: 'json', content });
    await vscode.window.showTextDocument(doc, { preview: true });
    times.push(performance.now() - t0);
    await cmd('workbench.action.revertAndCloseActiveEditor');
  }
  return times;
}

export interface RevealRun {
  /** The customer the tree was re-rooted on while hidden (its rows had not been shown since). */
  customer: string;
  paintMs: number;
  domMs: number;
  /** Sandbox requests from the click until the request count settled (≥ 1 if the rows came fresh). */
  fetchesAfterClick: number;
}

/**
 * View revealed → FRESH product rows painted. While the view is hidden, the tree is re-rooted on the other
 * customer of the sandbox (disjoint fleets, alternating each run), so the rows VS Code re-shows at once on
 * reveal belong to the previous customer and do not count: the clock stops when a level-2 row labelled
 * with a product of the new customer is painted.
 */
export async function revealTimes(name: SandboxName, runs: number): Promise<{ runs: RevealRun[] }> {
  const info = sandboxes()[name];
  const reader = new SandboxReader(info);
  const customers = (await reader.ok<{ id: number | string }[]>('/customers')).map((c) => String(c.id));
  if (customers.length < 2) throw new Error(`the ${name} sandbox has ${customers.length} customer(s); the reveal figure needs two`);
  const home = String(info.customerId);
  const other = customers.find((c) => c !== home)!;
  // The labels the tree gives product rows (describeItem), of each customer's first 1000 products; a label
  // both fleets share could be a stale row, so only labels of one customer alone are awaited.
  const labelsOf = async (customer: string) =>
    new Set(
      (await reader.ok<{ id: number; serialNumber?: string }[]>('/products?$top=1000', customer)).map(
        (p) => p.serialNumber || `Product ${p.id}`,
      ),
    );
  const [homeLabels, otherLabels] = [await labelsOf(home), await labelsOf(other)];
  const only = (mine: Set<string>, theirs: Set<string>) => [...mine].filter((l) => !theirs.has(l));
  const awaited: Record<string, string[]> = { [home]: only(homeLabels, otherLabels), [other]: only(otherLabels, homeLabels) };
  if (!awaited[home].length || !awaited[other].length) throw new Error(`the ${name} sandbox's customers share every product label`);

  await signIn(name);
  await productsExpanded();
  const out: RevealRun[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const customer = i % 2 === 0 ? other : home;
      await cmd('workbench.view.explorer');
      await cmd('flinkey.switchCustomer', customer);
      await sleep(300);
      const before = await settled(name);
      const t = await control<{ paintMs: number; domMs: number }>('/bench/timeClick', {
        activity: 'flinkey',
        until: { level: 2, count: 1, labels: awaited[customer] },
      });
      const fetchesAfterClick = (await settled(name)) - before;
      out.push({ customer, paintMs: t.paintMs, domMs: t.domMs, fetchesAfterClick });
    }
  } finally {
    // Back on the sandbox's first customer with its rows shown, as the later steps expect (switched while
    // hidden, the next reveal would briefly re-show this customer's rows and the steps would click those).
    await cmd('workbench.view.extension.flinkey');
    await cmd('flinkey.switchCustomer', home);
    await waitRows((r) => productRows(r).some((x) => homeLabels.has(x.label)), `the rows of customer ${home}`);
    await settled(name);
  }
  return { runs: out };
}

/** Click on a product row until its service and car rows are painted (parallel requests ≈ one round trip). */
export async function expandTimes(name: SandboxName, runs: number): Promise<number[]> {
  await cmd('workbench.view.extension.flinkey');
  await cmd(COLLAPSE_ALL);
  await productsExpanded();
  const labels = productRows(await rows())
    .map((r) => r.label)
    .filter((l, i, all) => all.indexOf(l) === i)
    .slice(1, 1 + runs);
  const times: number[] = [];
  for (const label of labels) {
    await waitRows((r) => !r.some((x) => x.level === 3), 'no product expanded');
    const t = await control<{ paintMs: number }>('/bench/timeClick', {
      row: label,
      level: 2,
      twistie: true,
      until: { level: 3, count: 2 },
    });
    times.push(t.paintMs);
    await settled(name);
    await clickRow(label, 2); // collapse it again
  }
  await cmd(COLLAPSE_ALL);
  return times;
}

/**
 * Heap before loading, after 10,000 products in the tree, and after 20 refresh/collapse cycles; at each a heap
 * snapshot into a temporary folder, which the launcher compares (test/bench/heapDiff.ts) and deletes.
 */
export async function heap(): Promise<Record<string, unknown>> {
  const { gc, how } = findGc();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'flinkey-bench-heap-'));
  const snapshots: Record<string, string> = {};
  // After the heap figure is read: writing a snapshot collects first and keeps its data outside the JS heap.
  const snapshot = (name: string) => (snapshots[name] = v8.writeHeapSnapshot(path.join(folder, `${name}.heapsnapshot`)));
  const config = vscode.workspace.getConfiguration('flinkey');
  await signIn('fast');
  await config.update('pageSize', 1000, vscode.ConfigurationTarget.Global);
  try {
    await cmd('workbench.view.extension.flinkey');
    await waitRows((r) => r.some((x) => x.label === 'Products'), 'the Products row');
    await cmd(COLLAPSE_ALL);
    await cmd('flinkey.refresh');
    await settled('fast');
    await sleep(500);
    const baseline = await heapUsed(gc);
    snapshot('baseline');
    await clickRow('Products', 1);
    await waitRows((r) => productRows(r).length > 0, 'product rows');
    // Past the first page the pages fold into range rows; each Load more opens the new range with its first row
    // focused. "Load more…" is the last row of Products, right above Cars, Users and Groups: keyboard up to it.
    const rowsPerLoadMore: number[] = [];
    for (let page = 1; page < 10; page++) {
      const before = await settled('fast');
      await cmd('list.focusLast');
      for (let i = 0; i < 3; i++) await cmd('list.focusUp');
      await cmd('list.select');
      for (let i = 0; i < 100 && (await requests()) === before; i++) await sleep(100);
      await settled('fast');
      // What VS Code re-creates: the section's children (ranges and Load more) and the rows of the one open range.
      const shown = (await rows()).filter((x) => x.level === 2);
      const ranges = shown.filter((x) => /^\d/.test(x.label)).length;
      rowsPerLoadMore.push(ranges + (shown.some((x) => x.label === 'Load more…') ? 1 : 0) + 1000);
    }
    await cmd('list.focusFirst');
    await sleep(500);
    const products = (await rows()).find((r) => r.label === 'Products');
    const loaded = await heapUsed(gc);
    snapshot('loaded');
    const hovers = await hoverTimes();
    // A cycle: refresh (the expanded group loads its first page again), collapse all, refresh, expand.
    for (let cycle = 0; cycle < 20; cycle++) {
      await cmd('flinkey.refresh');
      await settled('fast');
      await cmd(COLLAPSE_ALL);
      await cmd('flinkey.refresh');
      await waitRows((r) => r.some((x) => x.label === 'Products' && x.expanded === false), 'Products collapsed');
      await clickRow('Products', 1);
      await waitRows((r) => productRows(r).length > 0, 'product rows');
    }
    await cmd(COLLAPSE_ALL);
    await cmd('flinkey.refresh');
    await settled('fast');
    await sleep(500);
    const cycled = await heapUsed(gc);
    snapshot('cycled');
    // Signed out, the extension holds no session and no tree nodes: what stays is not the extension's.
    await cmd('flinkey.signOut');
    await sleep(1000);
    const signedOut = await heapUsed(gc);
    return {
      gc: how,
      baseline,
      loaded,
      cycled,
      signedOut,
      productsDescription: products?.description,
      rowsPerLoadMore,
      hovers,
      snapshots,
      folder,
    };
  } catch (e) {
    fs.rmSync(folder, { recursive: true, force: true });
    throw e;
  } finally {
    await config.update('pageSize', undefined, vscode.ConfigurationTarget.Global);
  }

  async function requests(): Promise<number> {
    return (await control<{ count: number }>('/bench/requests', { sandbox: 'fast' })).count;
  }
}

/** The pointer rests on five product rows in turn: ms until each tooltip shows, and whether it names the row's record. */
async function hoverTimes(): Promise<{ ms: number; showsRecord: boolean }[]> {
  const labels = productRows(await rows())
    .map((r) => r.label)
    .slice(0, 5);
  const out: { ms: number; showsRecord: boolean }[] = [];
  for (const label of labels) {
    const { ms, text } = await control<{ ms: number; text: string }>('/bench/hoverRow', { label });
    out.push({ ms, showsRecord: text.includes(label) });
  }
  return out;
}
