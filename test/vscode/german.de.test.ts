// What a German user sees, in a VS Code whose display language is German (the launcher's second window,
// opened on a workspace the user has not trusted): VS Code hands the extension its German bundle, and the
// Fleet rows, the Trust lens above a request, its warning and the command titles show in German. Expected
// texts are looked up in the German files by their English key, so the test follows the translation as it
// grows; a key missing from them fails.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { callLauncher, testSandbox } from './harness';
import { screenshot } from './screenshot';

const EXTENSION_ID = 'flinkey-fleet-explorer.flinkey-fleet-explorer';
const LANGUAGE = 'de';
const run = <T = unknown>(command: string, ...args: unknown[]) => Promise.resolve(vscode.commands.executeCommand<T>(command, ...args));
/** The warning for a request in an untrusted file (src/ui/queryViews/workspaceTrust.ts), as its bundle key. */
const UNTRUSTED =
  'Requests in the files of a workspace you have not trusted are not sent: they would go out with your flinkey credentials. Trust the workspace to run them, or copy the request into a new query file.';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function readJson(file: string): Record<string, any> | undefined {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, any>) : undefined;
}

/** Text on screen matching a selector; fails the test under a launcher without a page (it is all this file checks). */
async function pageTexts(selector: string): Promise<string[]> {
  const { status, json } = await callLauncher('POST', '/page/texts', { selector });
  if (status !== 200) throw new Error(`/page/texts ${selector}: ${status} ${json.error}`);
  return json.texts as string[];
}

async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}; the page shows ${JSON.stringify(value)}`);
    await sleep(200);
  }
}

/** `$(shield) Text` is shown as an icon and the text. */
const shown = (title: string) => title.replace(/\$\([\w~-]+\)\s*/g, '').trim();

describe('in German', function () {
  this.timeout(60_000);
  const extension = () => vscode.extensions.getExtension(EXTENSION_ID)!;
  const root = () => extension().extensionPath;
  let bundle: Record<string, string> = {};
  /** The German text for an English key of the runtime bundle; fails when the translation lacks it. */
  const german = (english: string) => {
    const text = bundle[english];
    assert.ok(typeof text === 'string' && text.trim(), `l10n/bundle.l10n.${LANGUAGE}.json has no German for ${JSON.stringify(english)}`);
    return text;
  };
  let queryFile: vscode.Uri;

  before(async () => {
    bundle = readJson(path.join(root(), 'l10n', `bundle.l10n.${LANGUAGE}.json`)) ?? {};
    await extension().activate();
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the window has no workspace folder');
    queryFile = vscode.Uri.joinPath(folder.uri, 'fleet.flinkey-query');
    await vscode.workspace.fs.writeFile(queryFile, Buffer.from('# Came with the workspace\nGET /products?$top=5\n'));
    // Signed in, as the Fleet rows and the palette's commands need.
    assert.ok(await run('flinkey.signIn', { ...testSandbox(), staySignedIn: true }), 'flinkey.signIn failed (see the flinkey log)');
  });

  after(async () => {
    await run('notifications.hideList');
    await run('workbench.action.closeAllEditors');
  });

  it('gets German from VS Code: the display language and the extension’s German bundle', () => {
    assert.strictEqual(vscode.env.language, LANGUAGE, 'VS Code did not start in German');
    assert.ok(Object.keys(bundle).length > 0, `l10n/bundle.l10n.${LANGUAGE}.json is missing or empty`);
    assert.deepStrictEqual(vscode.l10n.bundle, bundle, `VS Code did not load l10n/bundle.l10n.${LANGUAGE}.json`);
    // This window is the one without trust: the lens and warning below are the Workspace Trust texts.
    assert.strictEqual(vscode.workspace.isTrusted, false, 'the workspace is trusted');
  });

  it('shows the Fleet group rows in German', async () => {
    await run('workbench.view.extension.flinkey');
    const expected = [german('Products'), german('Services')];
    // The view itself is named from package.nls.de.json, and its list is labelled with that name.
    const viewName = (readJson(path.join(root(), `package.nls.${LANGUAGE}.json`)) ?? {})['view.fleet.name'] ?? 'Fleet';
    const label = `[id="workbench.view.extension.flinkey"] .monaco-list[aria-label="${viewName}"] .monaco-list-row[aria-level="1"] .label-name`;
    await waitFor(
      () => pageTexts(label),
      (rows) => expected.every((e) => rows.includes(e)),
      `the rows ${JSON.stringify(expected)}`,
    );
  });

  it('shows the Trust lens over a request of an untrusted query file in German', async () => {
    const title = german('$(shield) Trust the workspace to run');
    await vscode.window.showTextDocument(queryFile);
    const lenses = await waitFor(
      async () => (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', queryFile)) ?? [],
      (l) => l.length > 0,
      'the lenses of the query file',
    );
    assert.strictEqual(lenses[0].command?.title, title);
    await waitFor(
      () => pageTexts('.monaco-editor .codelens-decoration a'),
      (texts) => texts.includes(shown(title)),
      `the lens '${shown(title)}'`,
    );
  });

  it('warns in German when the request is run', async () => {
    await run('notifications.clearAll');
    await run('flinkey.runQueryAt', { uri: queryFile.toString(), line: 1 });
    // The test window hides toasts; the warning is in the notification centre.
    await run('notifications.showList');
    await waitFor(
      () => pageTexts('.notifications-center .notification-list-item-message'),
      (texts) => texts.includes(german(UNTRUSTED)),
      'the German warning',
    );
    const buttons = await pageTexts('.notifications-center .notification-list-item-buttons-container .monaco-button');
    assert.ok(buttons.includes(german('Manage Workspace Trust')), `buttons: ${JSON.stringify(buttons)}`);
  });

  it('shows the command titles as the German manifest says', async () => {
    const manifest = readJson(path.join(root(), 'package.json'))!;
    const nls = readJson(path.join(root(), `package.nls.${LANGUAGE}.json`)) ?? {};
    const raw = manifest.contributes.commands as { command: string; title: string }[];
    // What VS Code made of the manifest: a translated title arrives as { value, original }.
    const loaded = new Map<string, string>(
      (extension().packageJSON.contributes.commands as { command: string; title: string | { value: string } }[]).map((c) => [
        c.command,
        typeof c.title === 'string' ? c.title : c.title.value,
      ]),
    );
    const keyed = raw.filter((c) => /^%.+%$/.test(c.title));
    for (const { command, title } of keyed) {
      const key = title.slice(1, -1);
      assert.ok(typeof nls[key] === 'string', `package.nls.${LANGUAGE}.json has no German for ${key}`);
      assert.strictEqual(loaded.get(command), nls[key], command);
    }
    if (keyed.length === 0) console.log('The manifest has no %key% titles yet: they show as written.');
    // In the palette as a user finds it.
    const label = `flinkey: ${loaded.get('flinkey.findInFleet')}`;
    await run('workbench.action.quickOpen', `>${label}`);
    try {
      await waitFor(
        () => pageTexts('.quick-input-list .monaco-list-row .label-name'),
        (rows) => rows.includes(label),
        `'${label}' in the palette`,
      );
    } finally {
      await run('workbench.action.closeQuickOpen');
    }
  });

  it('takes a screenshot of the German window', async () => {
    await run('workbench.view.extension.flinkey');
    await vscode.window.showTextDocument(queryFile);
    await run('notifications.showList');
    const file = await screenshot('german');
    assert.ok(file && fs.statSync(file).size > 0, 'no screenshot');
  });
});
