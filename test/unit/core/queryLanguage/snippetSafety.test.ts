// The generated snippets never follow a redirect (the key and token would go along), carry no control
// characters, and refuse text no URL can carry with a readable reason instead of a raw URIError.
import * as assert from 'assert';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as ts from 'typescript';
import { toCurl, toTypeScript, type QueryRequest } from '../../../../src/core/queryLanguage';

const NODE_MODULES = dirname(dirname(dirname(require.resolve('typescript'))));
const ENV = { FLINKEY_API_KEY: 'key-that-must-stay-home', FLINKEY_TOKEN: 'token.that.must.stay', FLINKEY_CUSTOMER_ID: '7' };
// C0 and C1 controls but tab and newline, and the two characters that end a line in JavaScript.
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

function run(file: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { PATH: process.env.PATH, NODE_PATH: NODE_MODULES, ...ENV };
  return new Promise((done) => {
    execFile(file, args, { env, timeout: 15_000 }, (error, stdout, stderr) => {
      done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

async function listen(
  handler: (url: string, headers: IncomingHttpHeaders) => [number, Record<string, string>],
): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const [status, headers] = handler(req.url ?? '', req.headers);
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    res.end('[]');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('snippet safety', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'flinkey-snippet-safety-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('neither snippet follows a redirect to another host', async function () {
    this.timeout(30_000);
    const elsewhere: IncomingHttpHeaders[] = [];
    const other = await listen((_url, headers) => (elsewhere.push(headers), [200, {}]));
    const flinkey = await listen((url) => [302, { Location: `${other.origin}${url}` }]);
    try {
      const request: QueryRequest = { baseUrl: `${flinkey.origin}/v3`, path: '/products', query: { top: 1 } };
      const js = ts.transpileModule(toTypeScript(request), {
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
      });
      const file = join(dir, 'redirect.js');
      writeFileSync(file, js.outputText);
      const node = await run(process.execPath, [file]);
      assert.strictEqual(node.code, 1, node.stdout);
      assert.match(node.stderr, /redirect \(302\).*not followed/);
      const curl = await run('bash', ['-c', toCurl(request)]);
      assert.strictEqual(curl.code, 0, curl.stderr);
      assert.deepStrictEqual(elsewhere, [], 'the key and token reached the other host');
    } finally {
      flinkey.server.close();
      other.server.close();
    }
  });

  it('control characters in the query stay out of both snippets', () => {
    const request: QueryRequest = {
      baseUrl: 'https://api.flinkey.de/v3',
      path: '/services',
      query: { filter: "name eq 'a\u0015b\u001b[2K\u0007\r\n\u0085c\u2028d'", orderby: 'name\u0000' },
    };
    for (const text of [toCurl(request), toTypeScript(request)]) {
      assert.ok(!CONTROL.test(text), JSON.stringify(text));
    }
    assert.match(toTypeScript(request), /^\/\/ GET \/services\?\$filter=name eq 'a\\u0015b\\u001b\[2K\\u0007/m);
  });

  it('half a surrogate pair gets a readable error, not a URIError', () => {
    const request: QueryRequest = { baseUrl: 'https://api.flinkey.de/v3', path: '/services', query: { filter: "name eq 'ab\ud83dc'" } };
    for (const make of [toCurl, toTypeScript]) {
      assert.throws(
        () => make(request),
        (e: unknown) => e instanceof Error && !(e instanceof URIError) && /\$filter .*broken character at column 12/.test(e.message),
      );
    }
    // A whole pair (an emoji) is fine.
    assert.match(toCurl({ ...request, query: { filter: "name eq 'ab\ud83d\ude97c'" } }), /ab%F0%9F%9A%97c/);
  });
});
