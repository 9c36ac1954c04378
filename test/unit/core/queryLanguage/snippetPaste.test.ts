// Copy as cURL, pasted for real into interactive bash, zsh (default options) and fish through a
// pseudo-terminal: the shells run the requests and nothing else, and a loopback listener receives exactly
// the query that was typed.
import * as assert from 'assert';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { QueryOptions } from '../../../../src/core/api/api';
import { requestUrl, toCurl, type QueryRequest } from '../../../../src/core/queryLanguage';

const ROOT = resolve(__dirname, '..', '..', '..', '..', '..');
const DRIVER = join(ROOT, 'test', 'unit', 'core', 'queryLanguage', 'pasteInShell.py');
const ENV = { FLINKEY_API_KEY: 'key-for-the-paste-test', FLINKEY_TOKEN: 'token.for.the.paste', FLINKEY_CUSTOMER_ID: '4242' };

/** Queries a person may type that mean something to a shell, a terminal or curl. */
const QUERIES: [string, QueryOptions][] = [
  // zsh without interactivecomments ran "# GET …&$select=id" as a command, and =id as /usr/bin/id.
  ['$select after &', { filter: "type eq 'flinkey IQ'", select: 'id' }],
  ['control characters', { filter: "serialNumber eq 'a\u0015b\u001b[2Kc\td\ne\u0007'" }],
  [
    'shell and curl metacharacters',
    { filter: "name eq 'O''Neil; rm -rf ~ $(id) `id` \\ !! #x {a,b} [c] * %41 東京 \"q\"'", orderby: 'name desc' },
  ],
  ['paging', { top: 7, skip: 3, select: 'id,name' }],
];

interface Received {
  url: string;
  headers: IncomingHttpHeaders;
}

function paste(shell: string, files: string[], mode: 'typed' | 'bracketed', home: string): Promise<{ code: number; screen: string }> {
  const env = { PATH: process.env.PATH, HOME: home, XDG_CONFIG_HOME: home, XDG_DATA_HOME: home, TERM: 'xterm', LANG: 'C.UTF-8', ...ENV };
  const args = [DRIVER, shell, mode, ...files];
  return new Promise((done) => {
    execFile('python3', args, { env, timeout: 60_000 }, (error, stdout, stderr) => {
      done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, screen: stdout + stderr });
    });
  });
}

function which(name: string): Promise<boolean> {
  return new Promise((done) => execFile('sh', ['-c', `command -v ${name}`], (error) => done(!error)));
}

describe('snippets pasted into a shell', function () {
  this.timeout(120_000);
  let server: Server;
  let baseUrl: string;
  let received: Received[] = [];
  let dir: string;

  before(async () => {
    server = createServer((req, res) => {
      received.push({ url: req.url ?? '', headers: req.headers });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ answered: received.length }));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3`;
    dir = mkdtempSync(join(tmpdir(), 'flinkey-paste-'));
  });

  after(() => {
    server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('a cURL snippet is printable ASCII and lines only', () => {
    for (const [name, query] of QUERIES) {
      const text = toCurl({ baseUrl, path: '/products', query });
      assert.match(text, /^[\x20-\x7e\n]*$/, `${name}: ${JSON.stringify(text)}`);
      assert.ok(!/^\s*#/m.test(text), `${name}: a comment line, which interactive zsh runs`);
    }
  });

  for (const shell of ['bash', 'zsh', 'fish']) {
    for (const mode of ['typed', 'bracketed'] as const) {
      it(`${shell} (${mode === 'typed' ? 'pasted without bracketed paste' : 'bracketed paste'}) runs only the requests, each with the typed query`, async () => {
        assert.ok(await which(shell), `${shell} is not installed (apt-get install -y zsh fish)`);
        const requests: QueryRequest[] = QUERIES.map(([, query]) => ({ baseUrl, path: '/products', query }));
        const files = requests.map((request, i) => {
          const file = join(dir, `${shell}-${mode}-${i}.txt`);
          writeFileSync(file, toCurl(request));
          return file;
        });
        received = [];
        const { code, screen } = await paste(shell, files, mode, dir);
        const ran = [...screen.matchAll(/RAN<([\s\S]*?)>\r?\n/g)].map((m) => m[1]).filter((c) => !c.startsWith('printf'));
        assert.strictEqual(code, 0, `the shell did not come back to its prompt:\n${screen}`);
        assert.deepStrictEqual(
          ran.map((c) => c.trimStart().split(/\s/)[0]),
          requests.map(() => 'curl'),
          `commands run:\n${ran.join('\n---\n')}\n\nscreen:\n${screen}`,
        );
        assert.strictEqual(received.length, requests.length, screen);
        requests.forEach((request, i) => {
          const sent = requestUrl(request);
          assert.strictEqual(received[i].url, sent.slice(sent.indexOf('/v3')), QUERIES[i][0]);
          const params = new URL(received[i].url, baseUrl).searchParams;
          const typed = QUERIES[i][1];
          for (const name of ['filter', 'orderby', 'select'] as const) assert.strictEqual(params.get(`$${name}`) ?? undefined, typed[name]);
          assert.strictEqual(received[i].headers['flinkey-api-key'], ENV.FLINKEY_API_KEY);
          assert.strictEqual(received[i].headers.authorization, `Bearer ${ENV.FLINKEY_TOKEN}`);
          assert.strictEqual(received[i].headers['customer-id'], ENV.FLINKEY_CUSTOMER_ID);
        });
      });
    }
  }
});
