// The extension loads in a real VS Code: it activates without touching the network, and what its
// manifest contributes is really there.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { sandboxRequests, testSandbox } from './harness';
import { clickRow, hasPage, rowsOnScreen, waitFor, waitRows, welcome } from './page';
import { screenshot } from './screenshot';

const EXTENSION_ID = 'flinkey-fleet-explorer.flinkey-fleet-explorer';

interface Contributes {
  viewsContainers?: { activitybar?: { id: string }[] };
  views?: Record<string, { id: string }[]>;
  commands?: { command: string }[];
}

describe('activation', () => {
  const extension = () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this VS Code`);
    return ext;
  };
  const contributes = () => (extension().packageJSON.contributes ?? {}) as Contributes;

  it('runs in a real VS Code', () => {
    console.log(`VS Code ${vscode.version} (${vscode.env.appName}, host ${vscode.env.appHost}, remote ${vscode.env.remoteName ?? 'none'})`);
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
  });

  it('activates without a request to the sandbox', async () => {
    // The extension may have activated at start-up already; this file runs first and nothing has
    // signed in yet, so any request so far came from activation.
    const before = await sandboxRequests();
    assert.deepStrictEqual(before.recent, [], 'the sandbox was called before any test ran (by activation?)');
    await extension().activate();
    assert.strictEqual(extension().isActive, true);
    // Give anything activation started in the background time to reach the network.
    await new Promise((r) => setTimeout(r, 1000));
    const after = await sandboxRequests();
    assert.deepStrictEqual(after.recent, [], 'activation sent requests to the sandbox');
  });

  it('contributes the flinkey Activity Bar container and the fleet view', () => {
    const containers = (contributes().viewsContainers?.activitybar ?? []).map((c) => c.id);
    assert.ok(containers.includes('flinkey'), `activitybar containers: ${JSON.stringify(containers)}`);
    const views = (contributes().views?.flinkey ?? []).map((v) => v.id);
    assert.ok(views.includes('flinkey.fleet'), `views in flinkey: ${JSON.stringify(views)}`);
  });

  it('registers every contributed command', async () => {
    await extension().activate();
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = (contributes().commands ?? []).map((c) => c.command).filter((c) => !registered.has(c));
    assert.deepStrictEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
  });

  it('gives the Fleet the room: Query Results and Queries start collapsed, and 15 rows or more show in a 900 px window', async function () {
    await vscode.commands.executeCommand('workbench.view.extension.flinkey');
    if (!(await hasPage())) this.skip();
    assert.ok(await vscode.commands.executeCommand('flinkey.signIn', testSandbox()), 'sign-in failed');
    try {
      await clickRow('Products', 1, true);
      await waitRows((r) => r.filter((x) => x.level === 2).length >= 20, 'a page of products');
      const seen = await rowsOnScreen('Fleet');
      await screenshot('fleet-room');
      assert.ok(seen >= 15, `the Fleet shows ${seen} rows at once`);
    } finally {
      await vscode.commands.executeCommand('workbench.actions.treeView.flinkey.fleet.collapseAll');
      await vscode.commands.executeCommand('flinkey.signOut');
    }
  });

  it('shows the flinkey views in the sidebar; signed out, Fleet and Query Results offer sign-in', async function () {
    await vscode.commands.executeCommand('workbench.view.extension.flinkey');
    if (!(await hasPage())) this.skip();
    // Nothing has signed in yet: no rows, so each view shows its welcome content.
    const fleet = await waitFor(
      async () => (await welcome('Fleet'))!,
      (w) => w.shown,
      'the Fleet view’s welcome',
    );
    assert.deepStrictEqual(fleet.buttons, ['Sign in to flinkey', 'Explore the demo fleet']);
    assert.ok(fleet.buttonsOnScreen, 'a welcome button of the Fleet is below the fold');
    assert.match(fleet.text[0], /^Browse a flinkey fleet/);
    // Query Results starts collapsed (the Fleet gets the room); opened, it offers sign-in too.
    await vscode.commands.executeCommand('flinkey.queryResults.focus');
    const results = await waitFor(
      async () => (await welcome('Query Results'))!,
      (w) => w.shown,
      'the Query Results view’s welcome',
    );
    assert.deepStrictEqual(results.buttons, ['Sign in to flinkey', 'New Query File']);
    await screenshot('sidebar-flinkey');
  });
});
