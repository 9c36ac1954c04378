// Over a whole session with faults, no key, password or token reaches a log line or an error text.
import * as assert from 'assert';
import { FlinkeyError } from '../../../../src/core/api/errors';
import type { Token } from '../../../../src/core/api/models';
import { startSandbox, type Sandbox } from '../../../../src/core/sandbox/server';
import { FlinkeyClient } from '../../../../src/core/api/client';
import { clientFor, RecordingLogger, startStub } from './helpers';

describe('api/redaction (sandbox)', () => {
  let sandbox: Sandbox;

  before(async () => {
    sandbox = await startSandbox({ products: 20, seed: 17, tokenTtlSeconds: 2, password: 'pw with spaces & symbols=!' });
  });
  after(() => sandbox.close());

  it('secrets never appear in logs or errors', async function () {
    this.timeout(30_000);
    const logger = new RecordingLogger();
    const tokens: Token[] = [];
    const texts: string[] = [];
    const c = clientFor(sandbox, { logger, onToken: (t) => tokens.push(t), timeoutMs: 300, maxAttempts: 2 });
    const record = (e: unknown) => {
      assert.ok(e instanceof FlinkeyError);
      texts.push(e.message, e.details.reason ?? '', e.stack ?? '');
    };
    await c.getCustomers();
    sandbox.setFaults({
      error500Rate: 0.3,
      rate429Rate: 0.1,
      retryAfterSeconds: 0,
      resetRate: 0.2,
      malformedRate: 0.1,
      latencyMs: 10,
      seed: 4,
    });
    for (let i = 0; i < 30; i++) {
      await c.getProducts({ query: { top: 3 } }).catch(record);
    }
    sandbox.setFaults({ latencyMs: 1000 });
    await c.getServices().catch(record);
    sandbox.setFaults({});
    sandbox.revokeTokens();
    await c.getServices().catch(record);
    await c.getProduct(1).catch(record);
    await clientFor(sandbox, { logger, password: 'wrong-password-x' }).getProducts().catch(record);
    await clientFor(sandbox, { logger, apiKey: 'wrong-key-123456' }).getProducts().catch(record);

    assert.ok(tokens.length >= 2, 'several tokens were issued');
    assert.ok(texts.length >= 3, 'some calls failed');
    assert.ok(
      logger.lines.some((l) => l.includes('flinkey-API-Key: ***')),
      'headers are logged redacted at trace',
    );
    assert.ok(logger.lines.some((l) => l.includes('Authorization: Bearer ***')));
    assert.ok(
      logger.lines.some((l) => /^debug GET \/v3\/products\?\$top=3 200 \d+ ms \(attempt 1\)$/.test(l)),
      'one debug line per request',
    );
    const secrets = [
      sandbox.apiKey,
      sandbox.password,
      encodeURIComponent(sandbox.password),
      'wrong-password-x',
      'wrong-key-123456',
      ...tokens.map((t) => t.accessToken),
    ];
    for (const text of [...logger.lines, ...texts]) {
      for (const secret of secrets) {
        assert.ok(!text.includes(secret), `a secret leaked into: ${text}`);
      }
    }
  });

  it('a server that echoes the secrets back has them masked in errors and logs', async () => {
    const key = 'echo-key-5678';
    const password = 'echo-password-9';
    const stub = await startStub((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        if (req.url?.endsWith('/oauth2/token')) {
          res.writeHead(200, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify({ token_type: 'Bearer', expires_in: '3600', access_token: 'echo.token.abc' }));
          return;
        }
        // A misbehaving server quoting the request back in its error text.
        res.writeHead(400, { 'Content-Type': 'text/plain' });
        res.end(`bad request: key=${req.headers['flinkey-api-key']} auth=${req.headers.authorization} token=echo.token.abc pw=${password}`);
      });
    });
    try {
      const logger = new RecordingLogger();
      const c = new FlinkeyClient({ baseUrl: stub.baseUrl, apiKey: key, customerId: '1', username: 'u', password, logger });
      let error: unknown;
      await c.getProducts().catch((e: unknown) => (error = e));
      assert.ok(error instanceof FlinkeyError && error.kind === 'badRequest');
      const texts = [error.message, error.details.reason ?? '', error.stack ?? '', ...logger.lines];
      assert.match(error.details.reason ?? '', /key=\*\*\* auth=Bearer \*\*\* token=\*\*\* pw=\*\*\*/);
      for (const text of texts) {
        for (const secret of [key, password, 'echo.token.abc']) assert.ok(!text.includes(secret), `leaked: ${text}`);
      }
    } finally {
      await stub.close();
    }
  });
});
