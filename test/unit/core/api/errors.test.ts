// Every documented error answer of the sandbox arrives as the right FlinkeyError kind.
import * as assert from 'assert';
import type { CustomerFleet } from '../../../../src/core/sandbox/fleet';
import { startSandbox, type Sandbox } from '../../../../src/core/sandbox/server';
import { FlinkeyClient } from '../../../../src/core/api/client';
import { INVALID_API_KEY_MESSAGE } from '../../../../src/core/api/responses';
import { clientFor, jsonStub, rejectsWith, startStub } from './helpers';

describe('api/FlinkeyClient errors (sandbox)', () => {
  let sandbox: Sandbox;
  let f: CustomerFleet;

  before(async () => {
    sandbox = await startSandbox({ products: 150, seed: 11 });
    f = sandbox.fleet.customers[0];
  });
  after(() => sandbox.close());

  it('wrong API key → invalidApiKey on the token call and on data calls', async () => {
    const bad = clientFor(sandbox, { apiKey: 'not-the-key-000' });
    const e = await rejectsWith(bad.getToken(sandbox.username, sandbox.password), 'invalidApiKey');
    assert.strictEqual(e.message, INVALID_API_KEY_MESSAGE);
    assert.strictEqual(e.details.status, 401);
    const good = clientFor(sandbox);
    const token = await good.getToken(sandbox.username, sandbox.password);
    const withToken = clientFor(sandbox, { apiKey: 'not-the-key-000', token, username: undefined, password: undefined });
    await rejectsWith(withToken.getProducts(), 'invalidApiKey');
  });

  it('wrong password → invalidCredentials, not retried', async () => {
    const before = sandbox.stats.byPath['/v3/oauth2/token'] ?? 0;
    const c = clientFor(sandbox, { password: 'wrong-password' });
    const e = await rejectsWith(c.getProducts(), 'invalidCredentials');
    assert.strictEqual(e.details.status, 400);
    assert.strictEqual(e.details.attempts, 1);
    assert.strictEqual((sandbox.stats.byPath['/v3/oauth2/token'] ?? 0) - before, 1);
    await rejectsWith(c.getToken(sandbox.username, 'also-wrong'), 'invalidCredentials');
  });

  it('revoked token without a password → unauthorized', async () => {
    const token = await clientFor(sandbox).getToken(sandbox.username, sandbox.password);
    const c = clientFor(sandbox, { token, username: undefined, password: undefined });
    await c.getProducts({ query: { top: 1 } });
    sandbox.revokeTokens();
    const e = await rejectsWith(c.getProducts(), 'unauthorized');
    assert.strictEqual(e.details.reason, 'Unauthorized. Access token is missing or invalid.');
    assert.strictEqual(e.details.attempts, 1);
  });

  it('404 for each documented product and service reason, with its subject', async () => {
    const c = clientFor(sandbox);
    const missing = 999_999;
    const noCar = f.products.find((_, i) => f.carIndex[i] < 0);
    const noService = f.products.find((_, i) => f.serviceIndex[i] < 0);
    const boxless = f.services.find((s) => s.productId === null || s.productId === undefined);
    assert.ok(noCar && noService && boxless, 'the seeded fleet covers every 404 case');
    const cases: [() => Promise<unknown>, string, string][] = [
      [
        () => c.getProduct(missing),
        'product',
        'Unable to find a product for the given productId which is assigned to the given customerId.',
      ],
      [() => c.getProductService(missing), 'product', 'No product can be found for this productId that is assigned to this customerId.'],
      [() => c.getProductService(noService.id), 'service', 'No service can be found that is assigned to this productId.'],
      [() => c.getProductCar(noCar.id), 'car', 'No car can be found that is assigned to this productId.'],
      [
        () => c.getService(missing),
        'service',
        'Unable to find a service for the given serviceId which is assigned to the given customerId.',
      ],
      [() => c.getServiceProduct(missing), 'service', 'No service can be found for this serviceId that is assigned to this customerId.'],
      [() => c.getServiceProduct(boxless.id), 'product', 'No product can be found that is assigned to this serviceId.'],
    ];
    for (const [call, subject, reason] of cases) {
      const e = await rejectsWith(call(), 'notFound');
      assert.strictEqual(e.details.subject, subject, reason);
      assert.strictEqual(e.details.reason, reason);
      assert.strictEqual(e.details.status, 404);
      assert.strictEqual(e.details.attempts, 1, 'a 404 is never retried');
    }
  });

  it('404 from the manager lookup → subject manager', async () => {
    const stub = await startStub(jsonStub(404, 'Unable to find a manager for the given OAuth ID claim data.'));
    try {
      const c = new FlinkeyClient({ baseUrl: stub.baseUrl, apiKey: 'k-1234', username: 'u', password: 'p-1234' });
      const e = await rejectsWith(c.getCustomers(), 'notFound');
      assert.strictEqual(e.details.subject, 'manager');
      assert.match(e.message, /not an API Manager/);
    } finally {
      await stub.close();
    }
  });

  it('another customer’s product is a 404; an unknown Customer-ID is a 400 with the reason', async () => {
    const other = sandbox.fleet.customers[1];
    const c = clientFor(sandbox);
    const e = await rejectsWith(c.getProduct(other.products[0].id), 'notFound');
    assert.strictEqual(e.details.subject, 'product');
    const stranger = clientFor(sandbox, { customerId: '4242' });
    const bad = await rejectsWith(stranger.getProducts(), 'badRequest');
    assert.strictEqual(bad.details.status, 400);
    assert.match(bad.details.reason ?? '', /4242/);
    assert.match(bad.message, /4242/);
  });

  it('a bad OData query → badRequest with the server’s reason, not retried', async () => {
    const c = clientFor(sandbox);
    const e = await rejectsWith(c.getProducts({ query: { filter: 'nosuchfield eq 1' } }), 'badRequest');
    assert.ok(e.details.reason && e.details.reason.length > 5, e.message);
    assert.match(e.details.reason ?? '', /nosuchfield/);
    assert.strictEqual(e.details.attempts, 1);
  });

  it('a wrong content type on the token call → unsupportedMediaType', async () => {
    // The client always sends a form body, so only a raw request can show the server's 415 mapping.
    const stub = await startStub((_req, res) => {
      res.writeHead(415, { 'Content-Type': 'application/problem+json' });
      res.end(JSON.stringify({ title: 'Unsupported Media Type', status: '415', traceId: 'x' }));
    });
    try {
      const c = new FlinkeyClient({ baseUrl: stub.baseUrl, apiKey: 'k-1234' });
      const e = await rejectsWith(c.getToken('u', 'p-1234'), 'unsupportedMediaType');
      assert.strictEqual(e.details.status, 415);
      assert.strictEqual(stub.requests[0].headers['content-type'], 'application/x-www-form-urlencoded');
    } finally {
      await stub.close();
    }
  });

  it('connection refused → network, naming the host and not the key', async () => {
    const stub = await startStub(() => undefined);
    const baseUrl = stub.baseUrl;
    await stub.close();
    const c = new FlinkeyClient({
      baseUrl,
      apiKey: 'secret-key-777',
      customerId: '1',
      username: 'u',
      password: 'pw-secret-1',
      maxAttempts: 2,
    });
    const e = await rejectsWith(c.getProducts(), 'network');
    assert.ok(e.message.includes(new URL(baseUrl).host), e.message);
    assert.ok(!e.message.includes('secret-key-777'));
  });
});
