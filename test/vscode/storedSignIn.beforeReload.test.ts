// Before the window reloads: the stored sign-in changes (signed in, then switched to another customer).
// storedSignIn.afterReload.test.ts checks that the reloaded window restores exactly the changed one.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { testSandbox } from './harness';
import { SandboxReader } from './sandboxReader';

const run = <T = any>(command: string, ...args: unknown[]) => Promise.resolve(vscode.commands.executeCommand<T>(command, ...args));

describe('stored sign-in, before a window reload', function () {
  this.timeout(60_000);
  const sandbox = testSandbox();

  it('signs in to stay, then switches customer: the stored sign-in changes', async () => {
    await run('flinkey.signOut');
    assert.ok(await run('flinkey.signIn', { ...sandbox, staySignedIn: true }), 'sign-in failed');
    const customers: { id: number | string; name: string }[] = await new SandboxReader(sandbox).ok('/customers');
    const other = customers.find((c) => String(c.id) !== String(sandbox.customerId))!;
    assert.deepStrictEqual(await run('flinkey.switchCustomer', String(other.id)), { id: String(other.id), name: other.name });
  });
});
