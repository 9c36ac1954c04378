// After the window reloaded (see storedSignIn.beforeReload.test.ts). The browser VS Code keeps secrets in
// memory, per window, so the reloaded window has no stored secrets: it must come up signed out — no half
// sign-in built from what survived — and the next sign-in must start from the changed account: its URL
// and user name, the API key asked again, and the customer it was switched to preselected.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { flinkeyAccounts } from './accounts';
import { testSandbox } from './harness';
import { accept, quickAvailable, step, typeInto, waitQuick } from './quickInput';
import { SandboxReader } from './sandboxReader';
import { screenshot } from './screenshot';

const run = <T = any>(command: string, ...args: unknown[]) => Promise.resolve(vscode.commands.executeCommand<T>(command, ...args));

describe('stored sign-in, after a window reload', function () {
  this.timeout(90_000);
  const sandbox = testSandbox();
  const reader = new SandboxReader(sandbox);

  after(async () => {
    await run('workbench.action.closeQuickOpen');
    await run('flinkey.signOut');
  });

  it('comes up signed out (secrets are per window here), and the sign-in offers the changed account', async function () {
    if (vscode.env.uiKind !== vscode.UIKind.Web || !(await quickAvailable())) this.skip();
    const customers: { id: number | string; name: string }[] = await reader.ok('/customers');
    const other = customers.find((c) => String(c.id) !== String(sandbox.customerId))!;
    await vscode.extensions.getExtension('flinkey-fleet-explorer.flinkey-fleet-explorer')!.activate();
    assert.deepStrictEqual(await flinkeyAccounts(), [], 'a sign-in was restored without its secrets');
    assert.strictEqual(await run('flinkey.copyId', { kind: 'product', id: 1 }), undefined, 'a command ran while signed out');

    const pending = run<any>('flinkey.signIn');
    const env = await waitQuick(
      (s) => step(1)(s) && s.active.includes(sandbox.baseUrl) && s.active.includes('last used'),
      'the environment step with the last URL preselected',
    );
    assert.ok(env.items.length > 1, JSON.stringify(env.items));
    await accept();
    assert.strictEqual((await waitQuick(step(2), 'the API key step')).value, '', 'an API key survived the reload');
    await typeInto(sandbox.apiKey);
    await accept();
    assert.strictEqual((await waitQuick(step(3), 'the user name step')).value, sandbox.username);
    await accept();
    await waitQuick(step(4), 'the password step');
    await typeInto(sandbox.password);
    await accept();
    await waitQuick(step(5), 'the stay-signed-in step');
    await accept();
    const pick = await waitQuick((s) => s.visible && s.title === 'flinkey customer', 'the customer pick');
    assert.ok(pick.active.includes(other.name) && pick.active.includes('current'), `preselected: ${pick.active}`);
    await screenshot('reload-sign-in-customer');
    await accept();
    const summary = await pending;
    assert.strictEqual(summary?.customerId, String(other.id));
  });
});
