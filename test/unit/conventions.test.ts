// The manifest and the strings follow VS Code's conventions: trust, virtual workspaces, localisation.
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('conventions', () => {
  it('declares limited support for untrusted workspaces and says what is limited', () => {
    const trust = pkg.capabilities?.untrustedWorkspaces;
    assert.strictEqual(trust?.supported, 'limited');
    assert.match(String(trust.description), /not sent/);
  });

  it('works in virtual workspaces (it reads no workspace files from disk)', () => {
    assert.strictEqual(pkg.capabilities?.virtualWorkspaces, true);
  });
});

describe('localisation', () => {
  const bundleFile = path.join(ROOT, 'l10n', 'bundle.l10n.json');

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
