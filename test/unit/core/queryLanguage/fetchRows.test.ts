// fetchRows against the sandbox: every path kind, compared with a plain HTTP read of the same URL.
import * as assert from 'assert';
import { FlinkeyClient } from '../../../../src/core/api';
import { fetchRows, prepareRequest, requestUrl } from '../../../../src/core/queryLanguage';
import { carOfProduct, serviceOfProduct } from '../../../../src/core/sandbox/fleet';
import { startSandbox, type Sandbox } from '../../../../src/core/sandbox/server';

describe('fetchRows', () => {
  let sb: Sandbox;
  let client: FlinkeyClient;
  let token: string;

  before(async () => {
    sb = await startSandbox({ products: 120, seed: 7 });
    client = new FlinkeyClient({
      baseUrl: sb.baseUrl,
      apiKey: sb.apiKey,
      customerId: sb.customerId,
      username: sb.username,
      password: sb.password,
    });
    token = (await client.getToken(sb.username, sb.password)).accessToken;
  });
  after(() => sb?.close());

  async function raw(path: string, query: string): Promise<unknown> {
    const prepared = prepareRequest(path, query);
    assert.ok(prepared.ok);
    const res = await fetch(requestUrl({ baseUrl: sb.baseUrl, path, query: prepared.options }), {
      headers: { 'flinkey-API-Key': sb.apiKey, Authorization: `Bearer ${token}`, 'Customer-ID': sb.customerId },
    });
    assert.strictEqual(res.status, 200, await res.clone().text());
    return res.json();
  }

  it('lists and single objects, each path kind', async () => {
    const customer = sb.fleet.customers[0];
    const withBoth = customer.products.find((p) => serviceOfProduct(customer, p.id) && carOfProduct(customer, p.id))!;
    const service = customer.services.find((s) => s.productId === withBoth.id)!;
    const cases: [string, string][] = [
      ['/products', "type eq 'flinkey IQ'&$top=5&$orderby=serialNumber desc"],
      ['/services', '$select=id,name&$top=3'],
      [`/products/${withBoth.id}`, '$select=id,type'],
      [`/services/${service.id}`, ''],
      [`/products/${withBoth.id}/services`, ''],
      [`/products/${withBoth.id}/cars`, '$select=vin'],
      [`/services/${service.id}/products`, ''],
    ];
    for (const [path, query] of cases) {
      const prepared = prepareRequest(path, query);
      assert.ok(prepared.ok, path);
      const got = await fetchRows(client, prepared.match, prepared.options);
      const want = await raw(path, query);
      assert.strictEqual(got.single, !Array.isArray(want), path);
      assert.deepStrictEqual(got.rows, Array.isArray(want) ? want : [want], path);
      assert.ok(got.rows.length > 0, path);
    }
  });

  it('a 404 stays a typed error', async () => {
    const prepared = prepareRequest('/products/999999/cars', '');
    assert.ok(prepared.ok);
    await assert.rejects(fetchRows(client, prepared.match, prepared.options), (e: Error & { kind?: string }) => e.kind === 'notFound');
  });
});
