// Queries on the new paths inside a real VS Code: /cars runs and its rows in Query Results are the Fleet view's
// car rows (they expand to Access and Events); events without $top get a warning whose quick fix reaches the
// query file as a code action and the query box as a hint.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { testSandbox } from './harness';
import { clickRow, hasPage, quickInput, waitFor, waitRows, type Row } from './page';
import { SandboxReader } from './sandboxReader';
import { screenshot } from './screenshot';

const run = <T = unknown>(command: string, ...args: unknown[]) => Promise.resolve(vscode.commands.executeCommand<T>(command, ...args));
const enc = encodeURIComponent;
const MISSING_TOP = /^events are always requested a page at a time: add \$top/;

describe('fleet queries', function () {
  this.timeout(60_000);
  const reader = new SandboxReader(testSandbox());
  let carId: number;

  before(async () => {
    await vscode.extensions.getExtension('flinkey-fleet-explorer.flinkey-fleet-explorer')!.activate();
    assert.ok(await run('flinkey.signIn', { ...testSandbox(), staySignedIn: false }), 'sign-in failed');
    [{ id: carId }] = await reader.ok<{ id: number }[]>('/cars?$top=1');
  });

  after(() => run('workbench.action.closeAllEditors'));

  it('runs a query on /cars; Query Results shows car rows that expand to Access and Events', async () => {
    const query = '$filter=vin ne null and licensePlate ne null&$orderby=name&$top=5';
    const rows = await run<any[]>('flinkey.runQuery', { path: '/cars', query });
    assert.deepStrictEqual(rows, await reader.ok(`/cars?$filter=${enc('vin ne null and licensePlate ne null')}&$orderby=name&$top=5`));
    if (!(await hasPage())) return;
    await run('workbench.view.extension.flinkey');
    const names = rows.map((r) => r.name as string);
    const shown = await waitRows(
      (r) => names.every((n) => r.some((x) => x.level === 2 && x.label === n)),
      'the cars in Query Results',
      20_000,
      'Query Results',
    );
    const first = shown.find((x: Row) => x.level === 2 && x.label === names[0])!;
    assert.strictEqual(first.description, `${rows[0].licensePlate} · ${rows[0].vin}`);
    await clickRow(names[0], 2, true, 'Query Results');
    await waitRows(
      (r) => {
        const at = r.findIndex((x) => x.level === 2 && x.label === names[0]);
        return at >= 0 && r[at + 1]?.label === 'Access' && r[at + 2]?.label === 'Events';
      },
      'Access and Events under the first car',
      20_000,
      'Query Results',
    );
    await screenshot('query-results-cars');
  });

  it('a query on a car’s assignments shows them in Query Results naming their users, asked for in one request', async function () {
    const assignments = await reader.ok<{ userId: number | null }[]>(`/cars/${carId}/assignments`);
    const users =
      await reader.ok<{ id: number; emailAddress: string; userData: { firstName: string | null; lastName: string | null } }[]>(
        '/users?$top=1000',
      );
    const nameOf = (id: number | null) => {
      const u = users.find((x) => x.id === id);
      if (!u) return 'No user';
      return [u.userData.firstName, u.userData.lastName].filter((p) => p && p.trim()).join(' ') || u.emailAddress;
    };
    assert.deepStrictEqual(await run('flinkey.runQuery', { path: `/cars/${carId}/assignments`, query: '' }), assignments);
    if (!(await hasPage())) this.skip();
    const names = assignments.map((a) => nameOf(a.userId));
    await waitRows(
      (r) => {
        const at = r.findIndex((x) => x.level === 1 && x.label.startsWith(`/cars/${carId}/assignments`));
        return at >= 0 && names.every((n, i) => r[at + 1 + i]?.label === n);
      },
      'the assignments with their users in Query Results',
      20_000,
      'Query Results',
    );
  });

  it('events without $top get a warning whose quick fix adds $top in a query file', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'flinkey-query', content: `GET /cars/${carId}/events\n` });
    await vscode.window.showTextDocument(doc);
    const [warning] = await waitFor(
      async () => vscode.languages.getDiagnostics(doc.uri),
      (d) => d.length === 1,
      'the warning about $top',
    );
    assert.match(warning.message, MISSING_TOP);
    assert.strictEqual(warning.severity, vscode.DiagnosticSeverity.Warning);
    const actions = await run<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, warning.range);
    const fix = actions.find((a) => a.title === 'Add $top=50');
    assert.ok(fix?.edit, `no quick fix among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.deepStrictEqual(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.strictEqual(doc.getText(), `GET /cars/${carId}/events?$top=50\n`);
    await waitFor(
      async () => vscode.languages.getDiagnostics(doc.uri),
      (d) => d.length === 0,
      'no warning once $top is there',
    );
    await run('workbench.action.revertAndCloseActiveEditor');
  });

  it('the query box on a car’s events shows the same warning with its fix as a hint', async function () {
    if (!(await hasPage())) this.skip();
    const editing = run('flinkey.runQuery', { path: `/cars/${carId}/events`, query: "type eq 'CarOpened'", edit: true });
    const box = await waitFor(
      async () => (await quickInput())!,
      (q) => q.visible && q.message !== '',
      'the query box with its message',
    );
    assert.strictEqual(box.title, `flinkey: Run OData Query on /cars/${carId}/events`);
    assert.match(box.message, /column 1: events are always requested a page at a time: add \$top/);
    assert.match(box.message, /quick fix: Add \$top=50 \(the light bulb above\)$/);
    await screenshot('query-box-events-top');
    await run('workbench.action.closeQuickOpen');
    assert.strictEqual(await editing, undefined);
  });
});
