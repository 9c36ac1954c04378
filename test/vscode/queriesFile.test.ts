// Query files inside a real VS Code: language, diagnostics with exact ranges, completion, hover, the Run lens
// with its result beside the editor; then failures (stopped server, cancellation) with a sandbox of its own.
import * as assert from 'assert';
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { startSandbox, type Sandbox } from '../../src/core/sandbox/server';
import { callLauncher, settledRequests, testSandbox } from './harness';
import { clearNotifications, errorNotifications, failureOf, hasPage, quickInput, waitFor, waitRows } from './page';
import { SandboxReader } from './sandboxReader';
import { screenshot } from './screenshot';

const run = <T = any>(command: string, ...args: unknown[]) => Promise.resolve(vscode.commands.executeCommand<T>(command, ...args));
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const enc = encodeURIComponent;

async function diagnosticsOf(uri: vscode.Uri, count: number): Promise<vscode.Diagnostic[]> {
  for (let i = 0; i < 50; i++) {
    const found = vscode.languages.getDiagnostics(uri);
    if (found.length === count) return found;
    await pause(100);
  }
  return vscode.languages.getDiagnostics(uri);
}

const FILE = [
  '# Connected flinkey IQs, newest serial numbers first',
  "GET /products?$filter=type eq 'flinkey IQ' and dongleTerminationTimeStamp eq null",
  '  &$orderby=serialNumber desc&$top=20',
  '',
  '###',
  "GET /services?$filter=isTerminated eq 'false' and startswith(nmae,'Go')",
  '',
  'GET /products/42/car',
  '',
].join('\n');

describe('query files', function () {
  this.timeout(60_000);
  const sandbox = testSandbox();
  const reader = new SandboxReader(sandbox);
  let dir: string;
  let doc: vscode.TextDocument;

  before(async () => {
    await vscode.extensions.getExtension('flinkey-fleet-explorer.flinkey-fleet-explorer')!.activate();
    assert.ok(await run('flinkey.signIn', { ...sandbox, staySignedIn: false }), 'sign-in failed');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flinkey-query-files-'));
    const file = path.join(dir, 'fleet.flinkey-query');
    fs.writeFileSync(file, FILE);
    doc = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(doc);
  });

  after(async () => {
    await run('workbench.action.closeAllEditors');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('.flinkey-query and .fq files get the flinkey-query language', async () => {
    assert.strictEqual(doc.languageId, 'flinkey-query');
    const fq = path.join(dir, 'short.fq');
    fs.writeFileSync(fq, 'GET /services?$top=1\n');
    assert.strictEqual((await vscode.workspace.openTextDocument(fq)).languageId, 'flinkey-query');
  });

  it('colours requests with the TextMate grammar', async function () {
    // VS Code's own colorizer tests read tokens through this internal command; skip where it is missing.
    if (!(await vscode.commands.getCommands(true)).includes('_workbench.captureSyntaxTokens')) this.skip();
    const tokens = await run<{ c: string; t: string }[]>('_workbench.captureSyntaxTokens', doc.uri);
    const scopeOf = (text: string) => tokens.find((t) => t.c === text)?.t ?? '';
    assert.match(scopeOf('GET'), /keyword\.control\.method\.flinkey-query/);
    assert.match(scopeOf('$filter'), /support\.type\.option\.flinkey-query/);
    assert.match(scopeOf('dongleTerminationTimeStamp'), /variable\.other\.field\.flinkey-query/);
    assert.match(scopeOf('eq'), /keyword\.operator\.comparison\.flinkey-query/);
    assert.match(scopeOf('startswith'), /support\.function\.flinkey-query/);
    assert.match(scopeOf('# Connected flinkey IQs, newest serial numbers first'), /comment\.line\.flinkey-query/);
  });

  it('underlines exactly the wrong parts', async () => {
    const found = await diagnosticsOf(doc.uri, 3);
    const shown = found.map((d) => [
      d.range.start.line,
      d.range.start.character,
      d.range.end.line,
      d.range.end.character,
      doc.getText(d.range),
      d.severity,
      d.source,
    ]);
    assert.deepStrictEqual(shown, [
      [5, 22, 5, 45, "isTerminated eq 'false'", vscode.DiagnosticSeverity.Error, 'flinkey'],
      [5, 61, 5, 65, 'nmae', vscode.DiagnosticSeverity.Error, 'flinkey'],
      [7, 4, 7, 20, '/products/42/car', vscode.DiagnosticSeverity.Error, 'flinkey'],
    ]);
    assert.match(found[1].message, /did you mean 'name'\?/);
    assert.match(found[2].message, /did you mean \/products\/42\/cars\?/);
    await run('workbench.actions.view.problems');
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(5, 61, 5, 61) });
    await run('editor.action.showHover');
    await pause(1200);
    const file = await screenshot('query-file-diagnostic');
    if (file) assert.ok(fs.statSync(file).size > 10_000, `suspiciously small screenshot ${file}`);
  });

  it('diagnostics follow edits', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((e) => e.replace(new vscode.Range(5, 61, 5, 65), 'name'));
    const found = await diagnosticsOf(doc.uri, 2);
    assert.deepStrictEqual(
      found.map((d) => doc.getText(d.range)),
      ["isTerminated eq 'false'", '/products/42/car'],
    );
  });

  it('completes fields, operators and enum values; hovers explain fields', async () => {
    const labels = async (line: number, character: number) => {
      const list = await run<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line, character));
      return list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    };
    const fields = await labels(1, 22); // right after $filter=
    for (const f of ['type', 'serialNumber', 'dongleTerminationTimeStamp', 'contains']) {
      assert.ok(fields.includes(f), `${f} in ${fields.join(' ')}`);
    }
    const ops = await labels(1, 27); // after "type "
    assert.deepStrictEqual(ops.filter((l) => ['eq', 'ne', 'in', 'gt'].includes(l)).sort(), ['eq', 'in', 'ne']);
    const values = await labels(1, 30); // after "type eq "
    assert.ok(values.includes("'flinkey IQ'") && values.includes("'flinkey Box'"), values.join(' '));
    const hovers = await run<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(1, 50));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
    assert.ok(text.includes('**dongleTerminationTimeStamp**') && text.includes('date-time or null'), text);
  });

  it('signature help inside a call; a quick fix writes an upper-case operator in lower case', async () => {
    const file = path.join(dir, 'fix.flinkey-query');
    fs.writeFileSync(file, "GET /services?$filter=id EQ 101 and substring(name,1) eq 'olf'\n");
    const fixDoc = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(fixDoc);
    const help = await run<vscode.SignatureHelp>('vscode.executeSignatureHelpProvider', fixDoc.uri, new vscode.Position(0, 51), ',');
    assert.strictEqual(help.signatures[0].label, 'substring(text, start[, count])');
    assert.strictEqual(help.activeParameter, 1);
    await vscode.window.showTextDocument(fixDoc, { selection: new vscode.Range(0, 51, 0, 51) });
    await run('editor.action.triggerParameterHints');
    await pause(1000);
    await screenshot('query-file-signature-help');
    const [warning] = await diagnosticsOf(fixDoc.uri, 1);
    assert.strictEqual(fixDoc.getText(warning.range), 'EQ');
    assert.strictEqual(warning.severity, vscode.DiagnosticSeverity.Warning);
    const actions = await run<vscode.CodeAction[]>('vscode.executeCodeActionProvider', fixDoc.uri, warning.range);
    const fix = actions.find((a) => a.title === 'Write eq');
    assert.ok(fix?.edit, actions.map((a) => a.title).join(', '));
    assert.strictEqual(fix.isPreferred, true, 'the only fix of that problem');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.strictEqual(fixDoc.lineAt(0).text, "GET /services?$filter=id eq 101 and substring(name,1) eq 'olf'");
    assert.deepStrictEqual(await diagnosticsOf(fixDoc.uri, 0), []);
    await vscode.window.showTextDocument(doc);
  });

  it('a text value without quotes is an error that says so, and its quick fix adds them', async () => {
    const file = path.join(dir, 'unquoted.flinkey-query');
    fs.writeFileSync(file, '# one box by its serial number\nGET /products?$filter=serialNumber eq IQ-4E00010001&$top=5\n');
    const unquoted = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(unquoted);
    const [problem] = await diagnosticsOf(unquoted.uri, 1);
    assert.strictEqual(unquoted.getText(problem.range), 'IQ-4E00010001');
    assert.strictEqual(problem.message, "'serialNumber' is text, so its value needs single quotes: write 'IQ-4E00010001'");
    assert.strictEqual(problem.severity, vscode.DiagnosticSeverity.Error);
    await run('workbench.actions.view.problems');
    await screenshot('query-file-unquoted');
    const actions = await run<vscode.CodeAction[]>('vscode.executeCodeActionProvider', unquoted.uri, problem.range);
    const fix = actions.find((a) => a.title === "Write 'IQ-4E00010001'");
    assert.ok(fix?.edit, actions.map((a) => a.title).join(', '));
    assert.strictEqual(fix.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.strictEqual(unquoted.lineAt(1).text, "GET /products?$filter=serialNumber eq 'IQ-4E00010001'&$top=5");
    assert.deepStrictEqual(await diagnosticsOf(unquoted.uri, 0), []);
    await run('workbench.action.closePanel');
    await vscode.window.showTextDocument(doc);
  });

  it('a new query file has a plain name and the query language', async () => {
    const first = vscode.Uri.parse(await run<string>('flinkey.newQueryFile'));
    const second = vscode.Uri.parse(await run<string>('flinkey.newQueryFile'));
    assert.deepStrictEqual(
      [first.scheme, first.path, second.path],
      ['untitled', 'flinkey-query-1.flinkey-query', 'flinkey-query-2.flinkey-query'],
    );
    const shown = vscode.window.activeTextEditor!.document;
    assert.strictEqual(shown.uri.toString(), second.toString());
    assert.strictEqual(shown.languageId, 'flinkey-query');
    assert.match(shown.getText(), /^# flinkey OData queries/);
    assert.strictEqual(vscode.window.tabGroups.activeTabGroup.activeTab?.label, 'flinkey-query-2.flinkey-query');
    for (const uri of [second, first]) {
      await vscode.window.showTextDocument(uri);
      await run('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.window.showTextDocument(doc);
  });

  it('a quick fix adds the $top that a list of events needs', async () => {
    const file = path.join(dir, 'events.flinkey-query');
    fs.writeFileSync(file, "GET /cars/1/events?$filter=type eq 'CarOpened'\n");
    const eventsDoc = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(eventsDoc);
    const [warning] = await diagnosticsOf(eventsDoc.uri, 1);
    assert.strictEqual(warning.severity, vscode.DiagnosticSeverity.Warning);
    const actions = await run<vscode.CodeAction[]>('vscode.executeCodeActionProvider', eventsDoc.uri, warning.range);
    const fix = actions.find((a) => a.title === 'Add $top=50');
    assert.ok(fix?.edit, actions.map((a) => a.title).join(', '));
    assert.strictEqual(fix.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.strictEqual(eventsDoc.lineAt(0).text, "GET /cars/1/events?$filter=type eq 'CarOpened'&$top=50");
    assert.deepStrictEqual(await diagnosticsOf(eventsDoc.uri, 0), []);
    await vscode.window.showTextDocument(doc);
  });

  it('the Run lens sends the request and shows the rows beside the editor', async () => {
    await run('workbench.action.closeAllEditors');
    await run('workbench.action.closePanel');
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    const lenses = await run<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
    const runLens = lenses.find((l) => l.range.start.line === 1 && l.command?.command === 'flinkey.runQueryAt');
    assert.ok(runLens, `no Run lens on line 2: ${JSON.stringify(lenses.map((l) => [l.range.start.line, l.command?.title]))}`);
    assert.ok(
      !lenses.some((l) => l.range.start.line === 5 && l.command?.command === 'flinkey.runQueryAt'),
      'a request with errors offers Run',
    );
    const rows = await run<any[]>(runLens.command!.command, ...(runLens.command!.arguments ?? []));
    const filter = "type eq 'flinkey IQ' and dongleTerminationTimeStamp eq null";
    assert.deepStrictEqual(rows, await reader.ok(`/products?$filter=${enc(filter)}&$orderby=${enc('serialNumber desc')}&$top=20`));
    const beside = vscode.window.visibleTextEditors.find((e) => e.document.uri.scheme === 'flinkey');
    assert.ok(beside, 'no results editor visible');
    assert.strictEqual(beside.viewColumn, vscode.ViewColumn.Two);
    // Short; "(2)" and on when the same query's results are kept already (other suites run it too).
    assert.match(path.posix.basename(beside.document.uri.path), /^products · 20 rows · \$filter=type eq 'f…( \(\d+\))?\.json$/);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString(), 'focus stays in the query file');
    await run('flinkey.queryResults.focus');
    await pause(1500);
    const file = await screenshot('query-result');
    if (file) assert.ok(fs.statSync(file).size > 10_000, `suspiciously small screenshot ${file}`);
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
  });

  it('a lens on a request with a problem is not sent, and the message says where the problem is', async () => {
    const before = await settledRequests();
    await failureOf(
      /^flinkey: The request on line 8 was not sent — line 8, column 5: .*did you mean \/products\/42\/cars\?$/,
      'flinkey.runQueryAt',
      { uri: doc.uri.toString(), line: 7 },
    );
    const after = await settledRequests();
    assert.strictEqual(after.count, before.count, `requests were sent: ${after.recent.slice(-3).join(' | ')}`);
  });

  describe('with a sandbox of its own', () => {
    let own: Sandbox;

    before(async () => {
      own = await startSandbox({ products: 30, seed: 3 });
      assert.ok(
        await run('flinkey.signIn', { baseUrl: own.baseUrl, apiKey: own.apiKey, username: own.username, password: own.password }),
        'sign-in failed',
      );
    });

    after(async () => {
      await run('flinkey.signOut');
      await own?.close();
    });

    it('a new run cancels the one in flight: shown as cancelled, not as an error', async () => {
      await clearNotifications();
      own.setFaults({ latencyMs: 3000 });
      const slow = run('flinkey.runQuery', { collection: 'products', query: '$top=3' });
      await pause(300);
      own.setFaults({});
      const fast = await run<any[]>('flinkey.runQuery', { collection: 'services', query: '$top=2' });
      assert.strictEqual(fast?.length, 2);
      assert.strictEqual(await slow, undefined, 'the replaced run still delivered rows');
      if (await hasPage()) {
        await run('flinkey.queryResults.focus');
        const shown = await waitRows(
          (r) => r.some((x) => x.label === '/products $top=3' && x.level === 1),
          'the two runs in Query Results',
          10_000,
          'Query Results',
        );
        const runs = shown.filter((x) => x.level === 1).slice(0, 2);
        assert.deepStrictEqual(
          runs.map((x) => [x.label, x.description.replace(/\d+ ms$/, 'N ms')]),
          [
            ['/services $top=2', '2 rows · N ms'],
            ['/products $top=3', 'cancelled'],
          ],
        );
        assert.deepStrictEqual(await errorNotifications(), [], 'a cancelled run is not an error to report');
      }
    });

    it('a server error or a stopped server is a message, not lost text or a stack trace', async () => {
      own.setFaults({ error500Rate: 1 });
      const failed = await failureOf(
        /^flinkey: The flinkey API failed \(500\): Internal server error\.( \(after \d+ attempts\))?$/,
        'flinkey.runQuery',
        { collection: 'products', query: "type eq 'flinkey Box'&$top=5" },
      );
      if (failed) assert.deepStrictEqual(failed.buttons, ['Show Log']);
      own.setFaults({});
      await own.close();
      const unreachable = await failureOf(
        /^flinkey: Could not reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\)\. Check the network connection and the base URL\./,
        'flinkey.runQuery',
        { collection: 'services', query: 'isTerminated eq true' },
      );
      if (unreachable) assert.deepStrictEqual(unreachable.buttons, ['Show Log']);
      await run('flinkey.queryResults.focus');
      if (await hasPage()) {
        // Newest first: the stopped server's run, opened on its error row, then the 500.
        const shown = await waitRows(
          (r) => r.some((x) => x.label === 'Cannot reach flinkey'),
          'the failed runs in Query Results',
          10_000,
          'Query Results',
        );
        const top = shown.filter((x) => x.level >= 1).slice(0, 3);
        assert.deepStrictEqual(
          top.map((x) => [x.level, x.label]),
          [
            // In the one form every query is shown in, though typed as a bare condition.
            [1, '/services $filter=isTerminated eq true'],
            [2, 'Cannot reach flinkey'],
            [1, "/products $filter=type eq 'flinkey Box'&$top=5"],
          ],
        );
        assert.match(top[0].description, /^failed: Could not reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
        assert.match(top[2].description, /^failed: The flinkey API failed \(500\)/);
      }
      await screenshot('query-server-stopped');
      // The failed query is one command away: it opens again in the box (closed here with Escape).
      const editing = run('flinkey.editQuery', { collection: 'services', query: 'isTerminated eq true' });
      if (await hasPage()) {
        const box = await waitFor(
          async () => (await quickInput())!,
          (q) => q.visible,
          'the query box',
        );
        assert.strictEqual(box.value, 'isTerminated eq true');
        await screenshot('query-edit-after-failure');
      }
      await run('workbench.action.closeQuickOpen');
      assert.strictEqual(await editing, undefined);
    });
  });

  describe('behind a server that rejects a filter with 400', () => {
    let own: Sandbox;
    let proxy: http.Server;
    let baseUrl: string;

    before(async () => {
      own = await startSandbox({ products: 20, seed: 4 });
      // Forwards everything to the sandbox, but answers 400 (as production might) to any $filter on serialNumber.
      proxy = http.createServer((req, res) => {
        if (decodeURIComponent(req.url ?? '').includes('$filter=serialNumber')) {
          res.writeHead(400, { 'content-type': 'text/plain' });
          res.end('Invalid $filter, column 1: serialNumber cannot be filtered on this tenant.');
          return;
        }
        const target = new URL(own.baseUrl);
        const forward = http.request(
          { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        req.pipe(forward);
      });
      await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
      baseUrl = `http://127.0.0.1:${(proxy.address() as { port: number }).port}/v3`;
      assert.ok(
        await run('flinkey.signIn', { baseUrl, apiKey: own.apiKey, username: own.username, password: own.password }),
        'sign-in failed',
      );
    });

    after(async () => {
      await run('flinkey.signOut');
      await new Promise((r) => proxy?.close(r));
      await own?.close();
    });

    it('a run from arguments fails with the server’s reason', async () => {
      await failureOf(
        /^flinkey: The flinkey API rejected the request \(400\): Invalid \$filter, column 1: serialNumber cannot be filtered on this tenant\.$/,
        'flinkey.runQuery',
        { collection: 'products', query: "serialNumber eq 'x'" },
      );
    });

    it('the query box opens again with the text and the server’s reason', async function () {
      const box = async () => callLauncher('POST', '/page/quickInput', {});
      if ((await box()).status !== 200) this.skip();
      const text = "serialNumber eq 'x' &$top=5";
      const editing = run('flinkey.runQuery', { collection: 'products', query: text, edit: true });
      await pause(800);
      await run('workbench.action.acceptSelectedQuickOpenItem');
      await pause(1500);
      const state = (await box()).json;
      assert.strictEqual(state.visible, true, 'the box did not come back');
      assert.strictEqual(state.value, text);
      assert.match(state.message, /flinkey rejected the query: Invalid \$filter, column 1: serialNumber cannot be filtered/);
      await screenshot('query-input-server-400');
      await run('workbench.action.closeQuickOpen');
      assert.strictEqual(await editing, undefined);
    });
  });
});
