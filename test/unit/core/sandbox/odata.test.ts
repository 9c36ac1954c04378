import * as assert from 'node:assert/strict';
import type { Car, Product, Service } from '../../../../src/core/api/models';
import { carOfProduct, type CustomerFleet } from '../../../../src/core/sandbox/fleet';
import { curl, openSession, type Session } from './helpers';

/** Builds `?$filter=…&$top=…` with proper encoding, from raw option values. */
function query(options: Record<string, string | number>): string {
  return `?${new URLSearchParams(Object.entries(options).map(([k, v]): [string, string] => [`$${k}`, String(v)])).toString()}`;
}

describe('sandbox OData', () => {
  let s: Session;
  let a: CustomerFleet;
  before(async () => {
    s = await openSession({ products: 600, seed: 21 });
    a = s.sb.fleet.customers[0];
  });
  after(() => s.sb.close());

  it('$filter on a string field', async () => {
    const list = await s.getJson<Product[]>(`/products${query({ filter: "type eq 'flinkey IQ'" })}`);
    const expected = a.products.filter((p) => p.type === 'flinkey IQ');
    assert.ok(expected.length > 100);
    assert.deepEqual(list, expected);
  });

  it('$filter with and, a boolean, startswith and a doubled quote', async () => {
    const filter = "isTerminated eq false and startswith(name,'O''Neil')";
    const list = await s.getJson<Service[]>(`/services${query({ filter })}`);
    const expected = a.services.filter((x) => !x.isTerminated && x.name.startsWith("O'Neil"));
    assert.ok(expected.length > 0, "fleet should have an active O'Neil service");
    assert.deepEqual(list, expected);
  });

  it('$filter on a nullable date-time', async () => {
    const filter = 'dongleTerminationTimeStamp ne null and dongleTerminationTimeStamp lt 2026-01-01T00:00:00Z';
    const list = await s.getJson<Product[]>(`/products${query({ filter })}`);
    const limit = Date.parse('2026-01-01T00:00:00Z');
    const expected = a.products.filter((p) => p.dongleTerminationTimeStamp !== null && Date.parse(p.dongleTerminationTimeStamp) < limit);
    assert.ok(expected.length > 0);
    assert.deepEqual(list, expected);
  });

  it('$filter with a non-ASCII literal, sent by curl', async () => {
    const headers = Object.entries(s.headers()).flatMap(([k, v]) => ['-H', `${k}: ${v}`]);
    const r = await curl([...headers, '--get', '--data-urlencode', "$filter=brand eq 'Škoda'", `${s.sb.baseUrl}/services`]);
    // brand is a car field, so on /services this is an unknown-field error …
    assert.equal(r.status, 400);
    assert.match(r.body, /^Invalid \$filter, column 1: /);
    // … while a product's car answers with the filter validated against cars.
    const owner = a.products.find((p) => carOfProduct(a, p.id)?.brand === 'Škoda')!;
    const ok = await curl([
      ...headers,
      '--get',
      '--data-urlencode',
      "$filter=brand eq 'Škoda'",
      `${s.sb.baseUrl}/products/${owner.id}/cars`,
    ]);
    assert.equal(ok.status, 200);
    assert.equal((JSON.parse(ok.body) as Car).brand, 'Škoda');
  });

  it('$orderby, $skip, $top and $select together', async () => {
    const list = await s.getJson<Partial<Product>[]>(
      `/products${query({ orderby: 'serialNumber desc', top: 50, skip: 10, select: 'id,serialNumber' })}`,
    );
    const expected = [...a.products]
      .sort((x, y) => (x.serialNumber < y.serialNumber ? 1 : x.serialNumber > y.serialNumber ? -1 : 0))
      .slice(10, 60)
      .map((p) => ({ id: p.id, serialNumber: p.serialNumber }));
    assert.deepEqual(list, expected);
  });

  it('$top beyond the end and $skip past the end', async () => {
    assert.equal((await s.getJson<Product[]>(`/products${query({ top: 100000 })}`)).length, a.products.length);
    assert.deepEqual(await s.getJson(`/products${query({ skip: 100000 })}`), []);
    assert.deepEqual(await s.getJson(`/products${query({ top: 0 })}`), []);
  });

  it('$select on single-object endpoints', async () => {
    const p = a.products[0];
    assert.deepEqual(await s.getJson(`/products/${p.id}${query({ select: 'id,type' })}`), { id: p.id, type: p.type });
  });

  it('answers 400 with the option and 1-based column for an unknown field', async () => {
    const filter = "type eq 'flinkey IQ' and nme eq 1";
    const r = await s.get(`/products${query({ filter })}`);
    assert.equal(r.status, 400);
    assert.match(r.contentType, /^text\/plain/);
    assert.ok(r.body.startsWith(`Invalid $filter, column ${filter.indexOf('nme') + 1}: `), r.body);
    assert.match(r.body, /nme/);
  });

  it('answers 400 for bad options on single-object endpoints too', async () => {
    const r = await s.get(`/products/${a.products[0].id}${query({ filter: 'type eq' })}`);
    assert.equal(r.status, 400);
    assert.match(r.body, /^Invalid \$filter, column \d+: /);
    const sel = await s.get(`/services/${a.services[0].id}${query({ select: 'id,colour' })}`);
    assert.equal(sel.status, 400);
    assert.match(sel.body, /^Invalid \$select, column \d+: .*colour/);
  });

  it('never ignores and never 500s on broken queries', async () => {
    const broken: string[] = [
      query({ filter: '(((' }),
      query({ filter: "name eq 'unterminated" }),
      query({ filter: 'id eq' }),
      query({ filter: `${'('.repeat(400)}id eq 1${')'.repeat(400)}` }),
      query({ orderby: 'nope desc' }),
      query({ select: 'id,,type' }),
      query({ top: 'abc' }),
      query({ skip: -1 }),
      query({ fitler: "type eq 'x'" }),
      '?$top=1&$top=2',
      '?$filter=',
    ];
    for (const q of broken) {
      for (const path of ['/products', '/services']) {
        const r = await s.get(`${path}${q}`);
        assert.equal(r.status, 400, `${path}${q}: ${r.status} ${r.body}`);
        assert.match(r.body, /^Invalid (\$\w+|query), column \d+: ./, r.body);
      }
    }
  });

  it('passes non-OData parameters through and rejects OData on /customers', async () => {
    assert.equal((await s.get('/products?foo=bar')).status, 200);
    const r = await s.get(`/customers${query({ top: 1 })}`, { 'Customer-ID': undefined });
    assert.equal(r.status, 400);
    assert.match(r.body, /customers/);
  });
});
