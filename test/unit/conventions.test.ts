// The manifest follows VS Code's conventions for trust and remote or virtual workspaces.
import * as assert from 'assert';
import * as fs from 'fs';
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
