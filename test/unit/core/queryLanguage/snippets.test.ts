// The generated cURL and TypeScript snippets, run for real against the local sandbox and compared with the client.
import * as assert from 'assert';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as ts from 'typescript';
import { FlinkeyClient } from '../../../../src/core/api';
import type { QueryOptions } from '../../../../src/core/api/api';
import { requestUrl, shellQuote, toCurl, toTypeScript, type QueryRequest } from '../../../../src/core/queryLanguage';
import { startSandbox, type Sandbox } from '../../../../src/core/sandbox/server';
import { PRODUCTION_BASE_URL } from '../../../../src/constants';

/** The project's node_modules (where node-fetch and typescript are), found from the installed typescript. */
const NODE_MODULES = dirname(dirname(dirname(require.resolve('typescript'))));

function run(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { env, timeout: 15000, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('snippets', () => {
  let sb: Sandbox;
  let client: FlinkeyClient;
  let env: NodeJS.ProcessEnv;
  let dir: string;

  before(async () => {
    sb = await startSandbox({ products: 250, seed: 1 });
    client = new FlinkeyClient({
      baseUrl: sb.baseUrl,
      apiKey: sb.apiKey,
      customerId: sb.customerId,
      username: sb.username,
      password: sb.password,
    });
    const token = await client.getToken(sb.username, sb.password);
    // Only what the snippets are documented to need, plus PATH / NODE_PATH to find curl and node-fetch.
    env = {
      PATH: process.env.PATH,
      NODE_PATH: NODE_MODULES,
      FLINKEY_API_KEY: sb.apiKey,
      FLINKEY_TOKEN: token.accessToken,
      FLINKEY_CUSTOMER_ID: sb.customerId,
    };
    dir = mkdtempSync(join(tmpdir(), 'flinkey-snippets-'));
  });

  after(async () => {
    await sb?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const cases: [string, string, QueryOptions, (c: FlinkeyClient) => Promise<unknown>][] = [
    [
      'IQs still connected',
      '/products',
      { filter: "type eq 'flinkey IQ' and dongleTerminationTimeStamp eq null", top: 20 },
      (c) => c.query('products', { filter: "type eq 'flinkey IQ' and dongleTerminationTimeStamp eq null", top: 20 }),
    ],
    [
      "quotes: O'Neil",
      '/services',
      { filter: "name eq 'O''Neil''s Pool'" },
      (c) => c.query('services', { filter: "name eq 'O''Neil''s Pool'" }),
    ],
    [
      'non-ASCII and double quotes',
      '/services',
      { filter: "contains(name,'東京') or startswith(name,'Škoda Service \"')", orderby: 'name desc, id', select: 'id,name' },
      (c) =>
        c.query('services', {
          filter: "contains(name,'東京') or startswith(name,'Škoda Service \"')",
          orderby: 'name desc, id',
          select: 'id,name',
        }),
    ],
    [
      '& + # % in a literal',
      '/services',
      { filter: "name ne 'a&b+c#d%20e' and isTerminated eq false", top: 7, skip: 3 },
      (c) => c.query('services', { filter: "name ne 'a&b+c#d%20e' and isTerminated eq false", top: 7, skip: 3 }),
    ],
    [
      'paging and select',
      '/products',
      { orderby: 'serialNumber desc', top: 50, skip: 100, select: 'id,serialNumber' },
      (c) => c.query('products', { orderby: 'serialNumber desc', top: 50, skip: 100, select: 'id,serialNumber' }),
    ],
    ['no options', '/services', {}, (c) => c.query('services', {})],
    ['a single object', '/products/10005', { select: 'id,type' }, (c) => c.getProduct(10005, { query: { select: 'id,type' } })],
  ];

  for (const [name, path, query, expected] of cases) {
    const request = (): QueryRequest => ({ baseUrl: sb.baseUrl, path, query });

    it(`cURL returns what the client returns: ${name}`, async () => {
      const want = await expected(client);
      assert.ok(!Array.isArray(want) || want.length > 0, 'the case must return rows to mean something');
      const res = await run('bash', ['-c', toCurl(request())], env);
      assert.strictEqual(res.code, 0, res.stderr);
      assert.deepStrictEqual(JSON.parse(res.stdout), want);
    });

    it(`TypeScript returns what the client returns: ${name}`, async () => {
      const want = await expected(client);
      const js = ts.transpileModule(toTypeScript(request()), {
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
      });
      const file = join(dir, `${name.replace(/\W+/g, '_')}.js`);
      writeFileSync(file, js.outputText);
      const res = await run(process.execPath, [file], env);
      assert.strictEqual(res.code, 0, res.stderr);
      assert.deepStrictEqual(JSON.parse(res.stdout), want);
    });
  }

  it('the TypeScript snippet type-checks on its own', function () {
    this.timeout(120_000); // loads all of @types/node: slow on a busy machine, not a figure under test
    const source = toTypeScript({ baseUrl: PRODUCTION_BASE_URL, path: '/products', query: { filter: "serialNumber eq 'it''s'" } });
    const file = join(dir, 'check.ts');
    writeFileSync(file, source);
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      esModuleInterop: true,
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      typeRoots: [join(NODE_MODULES, '@types')],
      types: ['node'],
      baseUrl: dir,
      paths: { '*': [join(NODE_MODULES, '*'), join(NODE_MODULES, '@types', '*')] },
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    assert.deepStrictEqual(problems, []);
  });

  it('fails clearly when a variable is missing, and never contains a real secret', async () => {
    const r = { baseUrl: sb.baseUrl, path: '/products', query: { top: 1 } };
    for (const text of [toCurl(r), toTypeScript(r)]) {
      assert.ok(!text.includes(sb.apiKey) && !text.includes(env.FLINKEY_TOKEN!), 'no secrets');
      for (const name of ['FLINKEY_API_KEY', 'FLINKEY_TOKEN', 'FLINKEY_CUSTOMER_ID']) assert.ok(text.includes(name), name);
    }
    const js = ts.transpileModule(toTypeScript(r), { compilerOptions: { module: ts.ModuleKind.CommonJS, esModuleInterop: true } });
    const file = join(dir, 'missing.js');
    writeFileSync(file, js.outputText);
    const res = await run(process.execPath, [file], { ...env, FLINKEY_TOKEN: '' });
    assert.strictEqual(res.code, 1);
    assert.match(res.stderr, /Set FLINKEY_TOKEN/);
  });

  it('the URL is the client encoding of the options; shell quoting survives quotes', async () => {
    const url = requestUrl({ baseUrl: `${PRODUCTION_BASE_URL}/`, path: 'products', query: { filter: "name eq 'it''s'", top: 5 } });
    assert.strictEqual(url, `${PRODUCTION_BASE_URL}/products?$filter=name%20eq%20'it''s'&$top=5`);
    const echoed = await run('bash', ['-c', `printf %s ${shellQuote('a\'b"c$HOME`x`\\')}`], env);
    assert.strictEqual(echoed.stdout, 'a\'b"c$HOME`x`\\');
  });
});
