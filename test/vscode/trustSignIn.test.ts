// The interactive sign-in, typed like a user: a wrong password says so where it can be fixed, an
// unreachable server keeps its error readable and the last URL that worked, the API key is offered only
// for its own environment, and a password is kept exactly as typed.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { startSandbox, type Sandbox } from '../../src/core/sandbox/server';
import { testSandbox } from './harness';
import { accept, quick, quickAvailable, step, typeInto, waitQuick } from './quickInput';
import { screenshot } from './screenshot';

const run = <T = any>(command: string, ...args: unknown[]) => Promise.resolve(vscode.commands.executeCommand<T>(command, ...args));
const credentialsOf = (s: Sandbox) => ({ baseUrl: s.baseUrl, apiKey: s.apiKey, username: s.username, password: s.password });

/** On the environment step: "Another base URL…", then the URL. */
async function chooseUrl(url: string): Promise<void> {
  await waitQuick(step(1), 'the environment step');
  await typeInto('Another base URL');
  await waitQuick((s) => s.active.includes('Another base URL'), 'the “Another base URL…” item');
  await accept();
  await waitQuick((s) => s.visible && s.items.length === 0 && /Base URL of the flinkey API/.test(s.message), 'the base URL box');
  await typeInto(url);
  await accept();
}

async function cancel(pending: Promise<unknown>): Promise<void> {
  await run('workbench.action.closeQuickOpen');
  assert.strictEqual(await pending, undefined);
}

describe('interactive sign-in', function () {
  this.timeout(120_000);
  const sandbox = testSandbox();
  let own: Sandbox;

  before(async function () {
    if (!(await quickAvailable())) this.skip();
    // Spaces at both ends: they are part of the password.
    own = await startSandbox({ products: 10, seed: 21, password: '  pw with spaces  ' });
    await run('flinkey.signOut');
    // The last sign-in that worked: the launcher's sandbox.
    assert.ok(await run('flinkey.signIn', { ...sandbox, staySignedIn: true }));
  });

  after(async () => {
    await run('workbench.action.closeQuickOpen');
    await run('flinkey.signOut');
    await own?.close();
  });

  it('a wrong password is reported on the user name step and again on the password step; the password is kept as typed', async () => {
    const pending = run<any>('flinkey.signIn');
    await chooseUrl(own.baseUrl);
    const key = await waitQuick(step(2), 'the API key step');
    assert.strictEqual(key.value, '', 'the API key of another environment was offered');
    await typeInto(own.apiKey);
    await accept();
    await waitQuick(step(3), 'the user name step');
    await typeInto(own.username);
    await accept();
    await waitQuick(step(4), 'the password step');
    await typeInto('wrong password');
    await accept();
    await waitQuick(step(5), 'the stay-signed-in step');
    await accept();

    const back = await waitQuick((s) => step(3)(s) && /Wrong user name or password/.test(s.message), 'the reason on the user name step');
    assert.strictEqual(back.value, own.username);
    await screenshot('sign-in-wrong-password');
    await accept();
    await waitQuick((s) => step(4)(s) && /Wrong user name or password/.test(s.message), 'the reason on the password step');
    await typeInto('  pw with spaces  ');
    await accept();
    await waitQuick((s) => s.visible && s.title === 'flinkey customer', 'the customer pick');
    await accept();
    const summary = await pending;
    assert.ok(summary, 'the sign-in with the spaced password failed');
    assert.strictEqual(summary.baseUrl, own.baseUrl);
  });

  it('the API key is prefilled only for the environment it belongs to', async () => {
    assert.ok(await run('flinkey.signIn', { ...credentialsOf(own), staySignedIn: false }));
    let pending = run('flinkey.signIn');
    const env = await waitQuick(step(1), 'the environment step');
    assert.ok(env.active.includes(own.baseUrl) && env.active.includes('last used'), `active: ${env.active}`);
    await accept();
    assert.strictEqual((await waitQuick(step(2), 'the API key step')).value, own.apiKey);
    await cancel(pending);

    pending = run('flinkey.signIn');
    await chooseUrl(sandbox.baseUrl);
    assert.strictEqual((await waitQuick(step(2), 'the API key step')).value, '', 'the key of another environment was offered');
    await cancel(pending);
  });

  it('an unreachable server: the error stays readable while typing, and the last URL that worked stays “last used”', async () => {
    assert.ok(await run('flinkey.signIn', { ...credentialsOf(own), staySignedIn: false }));
    const dead = 'http://127.0.0.1:9/v3';
    const pending = run('flinkey.signIn');
    await chooseUrl(dead);
    await waitQuick(step(2), 'the API key step');
    await typeInto('some-key-1234');
    await accept();
    await waitQuick(step(3), 'the user name step');
    await accept();
    await waitQuick(step(4), 'the password step');
    await typeInto('some password');
    await accept();
    await waitQuick(step(5), 'the stay-signed-in step');
    await accept();

    const shown = await waitQuick(
      (s) => step(1)(s) && /reach/i.test(s.items[0] ?? '') && s.active.includes(own.baseUrl),
      'the error on the environment step, with the last URL that worked preselected',
    );
    assert.match(shown.items[0], /127\.0\.0\.1:9/);
    assert.ok(shown.active.includes('last used'), `active: ${shown.active}`);
    await typeInto('x', true);
    const typing = await quick();
    assert.ok(/reach/i.test(typing.items[0] ?? ''), `the error vanished on a key press: ${JSON.stringify(typing.items)}`);
    await screenshot('sign-in-unreachable');
    await cancel(pending);

    const again = run('flinkey.signIn');
    const env = await waitQuick(
      (s) => step(1)(s) && s.active.includes(own.baseUrl) && s.active.includes('last used'),
      'a new environment step with the last URL that worked preselected',
    );
    assert.ok(!env.items.some((i) => i.includes('127.0.0.1:9')), `the failed URL is offered: ${JSON.stringify(env.items)}`);
    await cancel(again);
  });
});
