// The manifest and the strings follow VS Code's conventions: trust, virtual workspaces, localisation.
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { unlocalisedStrings } from './userStrings';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const nls = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
/** A manifest string as VS Code shows it in English: `%key%` looked up in package.nls.json. */
const shown = (value: string) => value.replace(/^%([^%]+)%$/, (_, key: string) => nls[key] ?? `<missing ${key}>`);

/** Every `%key%` the manifest uses. */
function nlsKeys(value: unknown, keys: string[] = []): string[] {
  if (typeof value === 'string') {
    const m = /^%([^%]+)%$/.exec(value);
    if (m) keys.push(m[1]);
  } else if (value && typeof value === 'object') {
    Object.values(value).forEach((v) => nlsKeys(v, keys));
  }
  return keys;
}

describe('conventions', () => {
  it('declares limited support for untrusted workspaces and says what is limited', () => {
    const trust = pkg.capabilities?.untrustedWorkspaces;
    assert.strictEqual(trust?.supported, 'limited');
    assert.match(shown(String(trust.description)), /not sent/);
  });

  it('works in virtual workspaces (it reads no workspace files from disk)', () => {
    assert.strictEqual(pkg.capabilities?.virtualWorkspaces, true);
  });
});

describe('localisation', () => {
  const bundleFile = path.join(ROOT, 'l10n', 'bundle.l10n.json');

  it('every manifest text a user reads is a %key% of package.nls.json, and every key is used', () => {
    const used = nlsKeys(pkg);
    assert.deepStrictEqual(
      used.filter((k) => !(k in nls)),
      [],
      'keys missing from package.nls.json',
    );
    assert.deepStrictEqual(
      Object.keys(nls).filter((k) => !used.includes(k)),
      [],
      'keys package.json no longer uses',
    );
    const plain = [
      ...(pkg.contributes.commands as { command: string; title: string }[]).filter((c) => !/^%.+%$/.test(c.title)).map((c) => c.command),
      ...(pkg.contributes.views.flinkey as { id: string; name: string }[]).filter((v) => !/^%.+%$/.test(v.name)).map((v) => v.id),
    ];
    assert.deepStrictEqual(plain, [], 'titles and view names written in package.json itself');
  });

  it('package.nls.de.json translates every manifest text, and nothing else', () => {
    const de = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.de.json'), 'utf8')) as Record<string, string>;
    assert.deepStrictEqual(Object.keys(de).sort(), Object.keys(nls).sort());
    for (const [key, text] of Object.entries(de)) {
      const links = (t: string) => [...t.matchAll(/\(command:[\w.]+\)/g)].map((m) => m[0]);
      assert.deepStrictEqual(links(text), links(nls[key]), `${key}: the German text must keep the same command links`);
    }
  });

  it('the German runtime bundle translates every string of the English one, keeping placeholders and icons', () => {
    const en = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.json'), 'utf8')) as Record<string, string>;
    const de = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.de.json'), 'utf8')) as Record<string, string>;
    assert.deepStrictEqual(
      { untranslated: Object.keys(en).filter((k) => !(k in de)), notInSource: Object.keys(de).filter((k) => !(k in en)) },
      { untranslated: [], notInSource: [] },
    );
    const marks = (t: string) => [...t.matchAll(/\{\d+\}|\$\([\w-]+\)/g)].map((m) => m[0]).sort();
    for (const key of Object.keys(en)) assert.deepStrictEqual(marks(de[key]), marks(key), `German text of "${key}"`);
  });

  it('the manifest points VS Code at the l10n folder', () => {
    assert.strictEqual(pkg.l10n, './l10n');
  });

  it('l10n/bundle.l10n.json holds exactly the strings the source passes to l10n.t (npm run l10n:export)', function () {
    this.timeout(60_000);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'flinkey-l10n-'));
    try {
      const cli = path.join(ROOT, 'node_modules', '.bin', 'vscode-l10n-dev');
      const run = cp.spawnSync(cli, ['export', '--outDir', out, path.join(ROOT, 'src')], { encoding: 'utf8' });
      assert.strictEqual(run.status, 0, run.stderr);
      const fresh = Object.keys(JSON.parse(fs.readFileSync(path.join(out, 'bundle.l10n.json'), 'utf8')) as object).sort();
      const committed = Object.keys(JSON.parse(fs.readFileSync(bundleFile, 'utf8')) as object).sort();
      assert.deepStrictEqual(
        { missingFromBundle: fresh.filter((k) => !committed.includes(k)), notInSource: committed.filter((k) => !fresh.includes(k)) },
        { missingFromBundle: [], notInSource: [] },
        'run npm run l10n:export',
      );
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('walkthrough and keybindings', () => {
  const contributed = new Set<string>((pkg.contributes.commands as { command: string }[]).map((c) => c.command));
  const commandLinks = (text: string) => [...text.matchAll(/\(command:([\w.]+)\)/g)].map((m) => m[1]);

  it('the walkthrough covers sign-in, browsing, copying ids and query files, with media that exists', () => {
    const [walkthrough] = pkg.contributes.walkthroughs as { steps: { id: string; description: string; media: { markdown: string } }[] }[];
    assert.deepStrictEqual(
      walkthrough.steps.map((s) => s.id),
      ['signIn', 'browse', 'copy', 'query'],
    );
    for (const step of walkthrough.steps) {
      assert.ok(fs.existsSync(path.join(ROOT, step.media.markdown)), `${step.id}: ${step.media.markdown} is missing`);
      for (const id of commandLinks(shown(step.description))) {
        assert.ok(contributed.has(id), `${step.id} links to ${id}, which is not contributed`);
      }
    }
  });

  it('every keybinding runs a contributed command and is scoped by a when clause', () => {
    const bindings = pkg.contributes.keybindings as { command: string; key: string; when?: string }[];
    assert.ok(bindings.length >= 3);
    for (const b of bindings) {
      assert.ok(contributed.has(b.command), `${b.key} runs ${b.command}, which is not contributed`);
      assert.ok(b.when && /flinkey/.test(b.when), `${b.key} needs a when clause naming a flinkey view or language`);
    }
    const runAt = bindings.find((b) => b.command === 'flinkey.runQueryAt');
    assert.match(runAt?.when ?? '', /editorLangId == flinkey-query/);
  });

  it('declares only the activation events VS Code cannot derive from the contributions', () => {
    const derivable = /^(onView|onCommand|onLanguage|onAuthenticationRequest|onWalkthrough):/;
    assert.deepStrictEqual(
      (pkg.activationEvents as string[]).filter((e) => derivable.test(e)),
      [],
    );
  });

  it('the engines floor and the VS Code types agree', () => {
    const floor = String(pkg.engines.vscode).replace(/^\^/, '');
    assert.strictEqual(String(pkg.devDependencies['@types/vscode']).replace(/^~/, ''), floor);
  });
});

describe('text shown to users goes through l10n', () => {
  it('the check finds literals shown as messages, labels, titles, prompts and errors, and passes l10n.t and codicons', () => {
    const sample = [
      "void vscode.window.showErrorMessage('Could not sign in');",
      'const item = { label: `Open ${name}`, description: vscode.l10n.t("Shown"), tooltip: ok ? "Yes sir" : vscode.l10n.t("No") };',
      'throw new Error(`No request on line ${n}`);',
      "row.title = '$(play) ' + x; pick.placeholder = `$(${icon}) ${text}`;",
      "const fine = vscode.l10n.t('Sign in {0}', who); void vscode.window.showWarningMessage(fine);",
      "throw new FlinkeyError('notFound', 'No such car'); throw new FlinkeyError('config', l10n.t('Set a key'));",
      "new MessageNode(`${id}/empty`, this, 'empty', 'No rows match'); new vscode.TreeItem('Services', 1);",
      "vscode.window.setStatusBarMessage(`Copied ${n} ids`); new vscode.CodeAction(l10n.t('Fix it'));",
      "const doc = { detail: l10n.t('sort'), text: 'Sorts the rows.' }; const entry = { documentation: 'Largest first.' };",
      "const keyword = { label: 'desc', detail: 'CSV' }; const named = { title: `flinkey: ${title}`, text: 'not a doc' };",
    ].join('\n');
    assert.deepStrictEqual(
      unlocalisedStrings('x.ts', sample).map((s) => s.replace(/ .*/, '')),
      ['x.ts:1', 'x.ts:2', 'x.ts:2', 'x.ts:3', 'x.ts:6', 'x.ts:7', 'x.ts:7', 'x.ts:8', 'x.ts:9', 'x.ts:9'],
    );
  });

  it('no text shown to users bypasses l10n anywhere in src (the local server, which answers in English, aside)', () => {
    const walk = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) return e.name === 'sandbox' ? [] : walk(full);
        return e.name.endsWith('.ts') ? [full] : [];
      });
    const files = walk(path.join(ROOT, 'src'));
    assert.ok(files.length > 100, `only ${files.length} source files found`);
    const found = files.flatMap((f) => unlocalisedStrings(path.relative(ROOT, f), fs.readFileSync(f, 'utf8')));
    assert.deepStrictEqual(found, []);
  });
});
