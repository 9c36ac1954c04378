import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { request, sleep } from './helpers';

// Located relative to the compiled test, so the suite works from any outDir.
const CLI = path.join(__dirname, '../../../../src/core/sandbox/cli.js');

interface Run {
  child: ChildProcess;
  lines: string[];
  stderr: () => string;
  exit: Promise<number | null>;
  nextLine(): Promise<string>;
}

function runCli(args: string[]): Run {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let err = '';
  let waiting: (() => void) | undefined;
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    waiting?.();
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let read = 0;
  return {
    child,
    lines,
    stderr: () => err,
    exit,
    async nextLine() {
      const deadline = Date.now() + 15_000;
      while (lines.length <= read) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`no output line; stderr: ${err}`);
        await new Promise<void>((r) => {
          waiting = r;
          setTimeout(r, 100);
        });
      }
      return lines[read++];
    },
  };
}

async function stopped(run: Run): Promise<void> {
  if (run.child.exitCode === null) run.child.kill('SIGKILL');
  await run.exit;
}

describe('sandbox CLI', function () {
  this.timeout(30_000);

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`prints connection JSON first, logs requests, exits 0 on ${signal}`, async () => {
      const run = runCli(['--port', '0', '--products', '30', '--seed', '3', '--token-ttl', '120']);
      try {
        const info = JSON.parse(await run.nextLine()) as Record<string, string>;
        assert.deepEqual(Object.keys(info), ['baseUrl', 'apiKey', 'username', 'password', 'customerId']);
        assert.match(info.baseUrl, /^http:\/\/127\.0\.0\.1:\d+\/v3$/);
        const token = await request(`${info.baseUrl}/oauth2/token`, {
          method: 'POST',
          headers: { 'flinkey-API-Key': info.apiKey, 'Content-Type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ username: info.username, password: info.password, grant_type: 'password' }).toString(),
        });
        assert.equal(token.status, 200);
        const { access_token, expires_in } = JSON.parse(token.body) as { access_token: string; expires_in: string };
        assert.equal(expires_in, '120');
        const list = await request(`${info.baseUrl}/products`, {
          headers: { 'flinkey-API-Key': info.apiKey, Authorization: `Bearer ${access_token}`, 'Customer-ID': info.customerId },
        });
        assert.equal(list.status, 200);
        assert.equal((JSON.parse(list.body) as unknown[]).length, 30);
        assert.match(await run.nextLine(), /^POST \/v3\/oauth2\/token 200 \d+ms$/);
        assert.match(await run.nextLine(), /^GET \/v3\/products 200 \d+ms$/);
        run.child.kill(signal);
        assert.equal(await run.exit, 0);
        assert.equal(run.stderr(), '');
      } finally {
        await stopped(run);
      }
    });
  }

  it('makes new credentials on every run, same fleet for the same seed', async () => {
    const runs = [runCli(['--seed', '5', '--products', '10']), runCli(['--seed', '5', '--products', '10'])];
    try {
      const [x, y] = await Promise.all(runs.map(async (r) => JSON.parse(await r.nextLine()) as Record<string, string>));
      assert.notEqual(x.apiKey, y.apiKey);
      assert.notEqual(x.password, y.password);
      assert.equal(x.customerId, y.customerId);
    } finally {
      await Promise.all(runs.map(stopped));
    }
  });

  it('applies --faults to data requests', async () => {
    const run = runCli(['--faults', '500=1,latency=10']);
    try {
      const info = JSON.parse(await run.nextLine()) as Record<string, string>;
      const r = await request(`${info.baseUrl}/customers`, { headers: { 'flinkey-API-Key': info.apiKey } });
      assert.equal(r.status, 500);
      assert.equal(r.body, 'Internal server error.');
    } finally {
      await stopped(run);
    }
  });

  for (const args of [
    ['--bogus'],
    ['--port', 'abc'],
    ['--port', '70000'],
    ['--port'],
    ['--products', '300000'],
    ['--products', '-1'],
    ['--seed', 'x'],
    ['--token-ttl', '0'],
    ['--faults', '500=2'],
    ['--faults', 'nope=1'],
    ['--faults', 'latency'],
    ['extra'],
  ]) {
    it(`exits 2 with a message on stderr for: ${args.join(' ')}`, async () => {
      const run = runCli(args);
      try {
        assert.equal(await run.exit, 2);
        await sleep(20);
        assert.deepEqual(run.lines, []);
        assert.match(run.stderr(), /^sandbox: .+/);
      } finally {
        await stopped(run);
      }
    });
  }

  it('prints usage for --help and exits 0', async () => {
    const run = runCli(['--help']);
    assert.equal(await run.exit, 0);
    await sleep(20);
    assert.match(run.lines.join('\n'), /^Usage: sandbox/);
    assert.match(run.lines.join('\n'), /--faults/);
  });
});
