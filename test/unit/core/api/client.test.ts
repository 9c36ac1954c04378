// Every endpoint of the client against the real sandbox over loopback HTTP.
import * as assert from 'assert';
import { type FlinkeyClient } from '../../../../src/core/api/client';
import type { Token } from '../../../../src/core/api/models';
import { startSandbox, type Sandbox } from '../../../../src/core/sandbox/server';
import { clientFor, rejectsWith } from './helpers';

describe('api/FlinkeyClient endpoints (sandbox)', () => {
  let sandbox: Sandbox;
  let client: FlinkeyClient;

  before(async () => {
    sandbox = await startSandbox({ products: 120, seed: 7 });
  });
  after(() => sandbox.close());
  beforeEach(() => {
    client = clientFor(sandbox);
  });

  const fleet = () => sandbox.fleet.customers[0];

  it('gets a token with the password grant and reports it', async () => {
    const seen: Token[] = [];
    const c = clientFor(sandbox, { username: undefined, password: undefined, onToken: (t) => seen.push(t) });
    const before = Date.now();
    const token = await c.getToken(sandbox.username, sandbox.password);
    assert.ok(token.accessToken.length > 20);
    assert.ok(token.expiresAt >= before + 3_590_000 && token.expiresAt <= Date.now() + 3_600_000);
    assert.deepStrictEqual(seen, [token]);
    assert.strictEqual(c.token, token);
    // The adopted token is used by data calls.
    assert.strictEqual((await c.getProducts({ query: { top: 1 } })).length, 1);
  });

  it('lists customers with numeric-string ids', async () => {
    const customers = await client.getCustomers();
    assert.deepStrictEqual(customers, sandbox.customers);
    for (const c of customers) assert.match(c.id, /^\d+$/);
  });

  it('lists products and services of the selected customer', async () => {
    assert.deepStrictEqual(await client.getProducts(), fleet().products);
    assert.deepStrictEqual(await client.getServices(), fleet().services);
  });

  it('gets one product, its service and its car', async () => {
    const f = fleet();
    const k = f.products.findIndex((_, i) => f.serviceIndex[i] >= 0 && f.carIndex[i] >= 0);
    assert.ok(k >= 0, 'the seeded fleet has a product with service and car');
    const product = f.products[k];
    assert.deepStrictEqual(await client.getProduct(product.id), product);
    const { productId: _omit, ...service } = f.services[f.serviceIndex[k]];
    assert.deepStrictEqual(await client.getProductService(product.id), service);
    assert.deepStrictEqual(await client.getProductCar(product.id), f.cars[f.carIndex[k]]);
  });

  it('gets one service and its product', async () => {
    const service = fleet().services.find((s) => typeof s.productId === 'number');
    assert.ok(service);
    assert.deepStrictEqual(await client.getService(service.id), service);
    const product = await client.getServiceProduct(service.id);
    assert.strictEqual(product.id, service.productId);
  });

  it('passes OData options through and pages with $top/$skip', async () => {
    const all = fleet().products;
    const page1 = await client.getProducts({ query: { orderby: 'id', top: 10 } });
    const page2 = await client.getProducts({ query: { orderby: 'id', top: 10, skip: 10 } });
    const sorted = [...all].sort((a, b) => a.id - b.id);
    assert.deepStrictEqual(page1, sorted.slice(0, 10));
    assert.deepStrictEqual(page2, sorted.slice(10, 20));
    const iq = await client.getProducts({ query: { filter: "type eq 'flinkey IQ'" } });
    assert.deepStrictEqual(
      iq,
      all.filter((p) => p.type === 'flinkey IQ'),
    );
    assert.ok(iq.length > 0 && iq.length < all.length);
  });

  it('accepts partial rows when $select is used', async () => {
    const rows = await client.getProducts({ query: { select: 'id,serialNumber', top: 3, orderby: 'id' } });
    assert.strictEqual(rows.length, 3);
    for (const row of rows) assert.deepStrictEqual(Object.keys(row).sort(), ['id', 'serialNumber']);
    const queried = await client.query('services', { select: 'name', top: 2 });
    assert.deepStrictEqual(
      queried,
      fleet()
        .services.slice(0, 2)
        .map((s) => ({ name: s.name })),
    );
    const full = await client.query('products', { top: 1, orderby: 'id' });
    assert.deepStrictEqual(full, [[...fleet().products].sort((a, b) => a.id - b.id)[0]]);
  });

  it('refuses data calls without a customer and bad ids, locally', async () => {
    const noCustomer = clientFor(sandbox, { customerId: undefined });
    const before = sandbox.stats.requests;
    await rejectsWith(noCustomer.getProducts(), 'config');
    await rejectsWith(client.getProduct(1.5), 'badRequest');
    assert.strictEqual(sandbox.stats.requests, before);
    assert.throws(() => clientFor(sandbox, { customerId: '12a' }), /whole number/);
    // Customers need no Customer-ID.
    assert.ok((await noCustomer.getCustomers()).length >= 1);
  });
});
