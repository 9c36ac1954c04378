// Two windows, one sign-in: desktop VS Code shares an extension's SecretStorage and globalState between
// its windows, and a change made in one window reaches the others through `secrets.onDidChange`. The
// extension follows it (FleetSession.reload). This browser workbench cannot show that with a second
// page: each page reads its secrets from localStorage once and hears nothing from the other. So the
// test runs the extension's own session classes, one FleetSession + CredentialStore per "window", over
// one storage shared the way desktop VS Code shares it, inside the real extension host and against a
// sandbox of its own.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Logger } from '../../src/core/api/api';
import { startSandbox, type Sandbox } from '../../src/core/sandbox/server';
import { CredentialStore } from '../../src/ui/session/credentialStore';
import { FleetSession, type Connection } from '../../src/ui/session/fleetSession';
import { sleep, waitFor } from './page';

/** One SecretStorage and globalState for several windows; a change through any window is announced to every window. */
class SharedStorage {
  private readonly secrets = new Map<string, string>();
  private readonly state = new Map<string, unknown>();
  private readonly listeners = new Set<vscode.EventEmitter<vscode.SecretStorageChangeEvent>>();

  window(): { secrets: vscode.SecretStorage; state: vscode.Memento; dispose: () => void } {
    const changed = new vscode.EventEmitter<vscode.SecretStorageChangeEvent>();
    this.listeners.add(changed);
    const announce = (key: string) => this.listeners.forEach((l) => l.fire({ key }));
    const secrets: vscode.SecretStorage = {
      get: async (key) => this.secrets.get(key),
      store: async (key, value) => {
        if (this.secrets.get(key) === value) return;
        this.secrets.set(key, value);
        announce(key);
      },
      delete: async (key) => {
        if (this.secrets.delete(key)) announce(key);
      },
      onDidChange: changed.event,
    };
    const get = (key: string, fallback?: unknown) => (this.state.has(key) ? this.state.get(key) : fallback);
    const state = {
      keys: () => [...this.state.keys()],
      get,
      update: async (key: string, value: unknown) => {
        if (value === undefined) this.state.delete(key);
        else this.state.set(key, value);
      },
    } as vscode.Memento;
    return {
      secrets,
      state,
      dispose: () => {
        this.listeners.delete(changed);
        changed.dispose();
      },
    };
  }
}

/** A window's log, kept to explain a failure. */
function recordingLogger(lines: string[]): Logger {
  const log = (level: string) => (message: string) => void lines.push(`[${level}] ${message}`);
  return { trace: log('trace'), debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

interface Window {
  session: FleetSession;
  /** Every connection the session announced (undefined for signed out), oldest first. */
  announced: (Connection | undefined)[];
  log: string[];
  dispose(): void;
}

function openWindow(storage: SharedStorage): Window {
  const { secrets, state, dispose } = storage.window();
  const log: string[] = [];
  const store = new CredentialStore(secrets, state);
  const session = new FleetSession(store, recordingLogger(log), recordingLogger(log));
  const announced: (Connection | undefined)[] = [];
  const subscription = session.onDidChange((c) => announced.push(c));
  return {
    session,
    announced,
    log,
    dispose: () => {
      subscription.dispose();
      session.dispose();
      store.dispose();
      dispose();
    },
  };
}

const credentialsOf = (s: Sandbox) => ({ baseUrl: s.baseUrl, apiKey: s.apiKey, username: s.username, password: s.password });
const tokenRequests = (s: Sandbox) => s.stats.byPath['/v3/oauth2/token'] ?? 0;

describe('the sign-in of another window', function () {
  this.timeout(60_000);
  const sandboxes: Sandbox[] = [];
  let storage: SharedStorage;
  let here: Window;
  let other: Window;

  before(async () => {
    sandboxes.push(await startSandbox({ products: 12, seed: 41 }), await startSandbox({ products: 12, seed: 42 }));
  });

  beforeEach(async () => {
    storage = new SharedStorage();
    here = openWindow(storage);
    other = openWindow(storage);
    // This window has looked at its (empty) sign-in, as the Fleet view does on start-up.
    assert.strictEqual(await here.session.ready(), undefined);
  });

  afterEach(() => {
    here.dispose();
    other.dispose();
  });

  after(async () => {
    await Promise.all(sandboxes.map((s) => s.close()));
  });

  /** Waits for this window to settle on a connection that satisfies `test`. */
  const follows = (test: (c: Connection | undefined) => boolean, what: string) =>
    waitFor(async () => here.session.connection, test, `this window to follow ${what} (its log: ${JSON.stringify(here.log)})`, 5_000);

  it('a sign-in there signs this window in, with the token that window got', async () => {
    const [sandbox] = sandboxes;
    const tokens = tokenRequests(sandbox);
    const theirs = await other.session.signIn({ ...credentialsOf(sandbox), staySignedIn: true });
    const mine = (await follows((c) => !!c, 'the sign-in'))!;
    assert.deepStrictEqual(mine.account, theirs.account);
    assert.deepStrictEqual([mine.demo, mine.canRenew], [false, true]);
    const products = await (await here.session.api()).getProducts({ query: { top: 3 } });
    assert.deepStrictEqual(
      products.map((p) => p.serialNumber),
      sandbox.fleet.customers[0].products.slice(0, 3).map((p) => p.serialNumber),
    );
    assert.strictEqual(tokenRequests(sandbox) - tokens, 1, 'this window asked for a token of its own instead of using the stored one');
  });

  it('a sign-in there as someone else replaces this window’s connection', async () => {
    const [first, second] = sandboxes;
    await here.session.signIn({ ...credentialsOf(first), staySignedIn: true });
    await other.session.signIn({ ...credentialsOf(second), staySignedIn: false });
    const mine = (await follows((c) => c?.account.baseUrl === second.baseUrl, `the sign-in to ${second.baseUrl}`))!;
    assert.strictEqual(mine.account.username, second.username);
    assert.strictEqual(mine.canRenew, false, 'the other window stored no password');
    const [product] = await (await here.session.api()).getProducts({ query: { top: 1 } });
    assert.strictEqual(product.serialNumber, second.fleet.customers[0].products[0].serialNumber);
  });

  it('a sign-out there signs this window out', async () => {
    const [sandbox] = sandboxes;
    await other.session.signIn({ ...credentialsOf(sandbox), staySignedIn: true });
    await follows((c) => !!c, 'the sign-in');
    await other.session.signOut();
    await follows((c) => c === undefined, 'the sign-out');
    assert.strictEqual(here.announced[here.announced.length - 1], undefined, 'the sign-out was not announced');
    await assert.rejects(here.session.api(), /Not signed in to flinkey/);
  });

  it('this window’s own sign-in is not taken for another window’s', async () => {
    const [sandbox] = sandboxes;
    const connection = await here.session.signIn({ ...credentialsOf(sandbox), staySignedIn: true });
    await follows((c) => !!c, 'its own sign-in');
    // The storage announces this window's own writes too; give a reload the time it would take (150 ms
    // delay, 300 ms quiet after a write), then check that none replaced the connection.
    await sleep(1000);
    assert.strictEqual(here.session.connection, connection, `the connection was replaced (log: ${JSON.stringify(here.log)})`);
    assert.strictEqual(here.announced.filter((c) => c !== undefined).length, 1, 'the sign-in was announced more than once');
  });
});
