// Restricted Mode in English: the launcher's third window opens a workspace the user has not trusted. What the
// workspace's files could make the extension send with the user's credentials is held back, with a reason on
// screen — the Run lens of its query files, running them, the hover on fleet ids and Check Fleet IDs in File —
// while the fleet and the user's own untitled query files work as usual.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { requestsOf, testSandbox } from './harness';
import { clearNotifications, expectNotification, failureOf, showProducts, waitFor } from './page';
import { SandboxReader } from './sandboxReader';
import { screenshot } from './screenshot';

const EXTENSION_ID = 'flinkey-fleet-explorer.flinkey-fleet-explorer';
const run = <T = unknown>(command: string, ...args: unknown[]) => Promise.resolve(vscode.commands.executeCommand<T>(command, ...args));
const TRUST_LENS = '$(shield) Trust the workspace to run';

async function lensTitles(uri: vscode.Uri): Promise<string[]> {
  const lenses = await waitFor(
    async () => (await run<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [],
    (l) => l.length > 0,
    `the lenses of ${uri.toString()}`,
  );
  return lenses.map((l) => l.command?.title ?? '');
}

describe('Restricted Mode (a workspace the user has not trusted)', function () {
  this.timeout(60_000);
  const sandbox = testSandbox();
  let queryFile: vscode.Uri;
  let codeFile: vscode.Uri;
  let serialNumber: string;

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the window has no workspace folder');
    const products = await new SandboxReader(sandbox).ok<{ serialNumber: string }[]>('/products?$top=5');
    serialNumber = products[2].serialNumber;
    queryFile = vscode.Uri.joinPath(folder.uri, 'fleet.flinkey-query');
    await vscode.workspace.fs.writeFile(queryFile, Buffer.from('# Came with the workspace\nGET /products?$top=5\n'));
    codeFile = vscode.Uri.joinPath(folder.uri, 'fixtures.ts');
    await vscode.workspace.fs.writeFile(codeFile, Buffer.from(`export const box = { serialNumber: '${serialNumber}' };\n`));
    assert.ok(await run('flinkey.signIn', { ...sandbox, staySignedIn: false }), 'flinkey.signIn failed (see the flinkey log)');
  });

  after(async () => {
    await run('notifications.hideList');
    await run('workbench.action.closeAllEditors');
    await run('flinkey.signOut');
  });

  it('runs in a window whose workspace is not trusted', () => {
    assert.strictEqual(vscode.workspace.isTrusted, false, 'the workspace is trusted: the launcher did not turn Workspace Trust on');
  });

  it('browses the fleet as usual', async () => {
    const rows = await showProducts();
    assert.ok(rows.length > 0, 'no product rows');
  });

  it('puts "Trust the workspace to run" over a request of a workspace query file', async () => {
    await vscode.window.showTextDocument(queryFile);
    const titles = await lensTitles(queryFile);
    assert.strictEqual(titles[0], TRUST_LENS, JSON.stringify(titles));
  });

  it('sends nothing when that request is run, and says why with a way to trust the workspace', async () => {
    await clearNotifications();
    let rows: unknown;
    const sent = await requestsOf(async () => (rows = await run('flinkey.runQueryAt', { uri: queryFile.toString(), line: 1 })));
    assert.strictEqual(rows, undefined);
    assert.deepStrictEqual(sent, []);
    const warning = await expectNotification(/workspace you have not trusted are not sent/);
    assert.strictEqual(warning.severity, 'warning');
    assert.ok(warning.buttons.includes('Manage Workspace Trust'), `buttons: ${JSON.stringify(warning.buttons)}`);
  });

  it('runs the request of an untitled query file, which is the user’s own', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'flinkey-query', content: 'GET /products?$top=3\n' });
    await vscode.window.showTextDocument(doc);
    const titles = await lensTitles(doc.uri);
    assert.notStrictEqual(titles[0], TRUST_LENS);
    let rows: unknown[] | undefined;
    const sent = await requestsOf(async () => (rows = await run<unknown[]>('flinkey.runQueryAt', { uri: doc.uri.toString(), line: 0 })));
    assert.strictEqual(rows?.length, 3);
    assert.ok(
      sent.some((l) => l.includes('/v3/products')),
      sent.join(' | '),
    );
  });

  it('shows no hover on a fleet id in a workspace file, and sends nothing', async () => {
    const doc = await vscode.workspace.openTextDocument(codeFile);
    const at = doc.positionAt(doc.getText().indexOf(serialNumber) + 2);
    let hovers: vscode.Hover[] = [];
    const sent = await requestsOf(async () => (hovers = (await run<vscode.Hover[]>('vscode.executeHoverProvider', codeFile, at)) ?? []));
    const texts = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)));
    assert.deepStrictEqual(
      texts.filter((t) => t.includes('flinkey') || t.includes('$(key)')),
      [],
    );
    assert.deepStrictEqual(sent, []);
  });

  it('refuses Check Fleet IDs in File with the reason, and sends nothing', async () => {
    await vscode.window.showTextDocument(codeFile);
    const sent = await requestsOf(() => failureOf(/not looked up in Restricted Mode/, 'flinkey.checkFleetIds', codeFile));
    assert.deepStrictEqual(sent, []);
    assert.deepStrictEqual(
      vscode.languages.getDiagnostics(codeFile).filter((d) => d.source === 'flinkey'),
      [],
    );
  });

  it('takes a screenshot: the Trust lens and the warning', async () => {
    await run('workbench.action.closeAllEditors');
    await showProducts();
    await vscode.window.showTextDocument(queryFile);
    await clearNotifications();
    await run('flinkey.runQueryAt', { uri: queryFile.toString(), line: 1 });
    await run('notifications.showList');
    const file = await screenshot('restricted-mode');
    assert.ok(file, 'no screenshot');
  });
});
