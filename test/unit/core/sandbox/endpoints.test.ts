import * as assert from 'node:assert/strict';
import type { Car, Product, Service } from '../../../../src/core/api/models';
import { carOfProduct, serviceOfProduct, type CustomerFleet } from '../../../../src/core/sandbox/fleet';
import { curl, openSession, request, TEXT, type Session } from './helpers';

describe('sandbox data endpoints', () => {
  let s: Session;
  let a: CustomerFleet;
  let b: CustomerFleet;
  let withAll: Product; // has a service and a car
  let noCar: Product;
  let noService: Product;
  let orphan: Service;

  before(async () => {
    s = await openSession({ products: 120, seed: 4 });
    [a, b] = s.sb.fleet.customers;
    withAll = a.products.find((p) => serviceOfProduct(a, p.id) && carOfProduct(a, p.id))!;
    noCar = a.products.find((p) => !carOfProduct(a, p.id))!;
    noService = a.products.find((p) => !serviceOfProduct(a, p.id))!;
    orphan = a.services.find((x) => x.productId === null)!;
  });
  after(() => s.sb.close());

  async function expect404(path: string, reason: string, customerId?: string) {
    const r = await s.get(path, customerId ? { 'Customer-ID': customerId } : {});
    assert.equal(r.status, 404, `${path}: ${r.body}`);
    assert.match(r.contentType, /^text\/plain/);
    assert.equal(r.body, reason, path);
  }

  it("GET /products lists exactly the customer's products as a plain array", async () => {
    const r = await s.get('/products');
    assert.equal(r.status, 200);
    assert.equal(r.contentType, 'application/json; charset=utf-8');
    const list = JSON.parse(r.body) as Product[];
    assert.deepEqual(list, JSON.parse(JSON.stringify(a.products)));
    assert.deepEqual(Object.keys(list[0]), ['id', 'uniqueId', 'serialNumber', 'sapNumber', 'dongleTerminationTimeStamp', 'type']);
  });

  it('GET /products/{id} returns one product', async () => {
    assert.deepEqual(await s.getJson(`/products/${withAll.id}`), withAll);
  });

  it('GET /products/{id}/services returns the service without productId', async () => {
    const service = await s.getJson<Record<string, unknown>>(`/products/${withAll.id}/services`);
    const expected: Partial<Service> = { ...serviceOfProduct(a, withAll.id)! };
    delete expected.productId;
    assert.deepEqual(service, expected);
    assert.equal('productId' in service, false);
  });

  it('GET /products/{id}/cars returns the car', async () => {
    assert.deepEqual(await s.getJson<Car>(`/products/${withAll.id}/cars`), carOfProduct(a, withAll.id));
  });

  it('GET /services lists services with productId, null for services without a box', async () => {
    const list = await s.getJson<Service[]>('/services');
    assert.deepEqual(list, a.services);
    assert.ok(list.some((x) => x.productId === null));
    assert.ok(list.every((x) => 'productId' in x));
  });

  it('GET /services/{id} and /services/{id}/products', async () => {
    const service = serviceOfProduct(a, withAll.id)!;
    assert.deepEqual(await s.getJson(`/services/${service.id}`), service);
    assert.deepEqual(await s.getJson(`/services/${service.id}/products`), withAll);
    assert.deepEqual(await s.getJson(`/services/${orphan.id}`), orphan);
  });

  it('answers the documented 404 reasons for missing links', async () => {
    await expect404(`/products/${noCar.id}/cars`, TEXT.noCar);
    await expect404(`/products/${noService.id}/services`, TEXT.noService);
    await expect404(`/services/${orphan.id}/products`, TEXT.noProduct);
  });

  it('answers the documented 404 reasons for ids of another customer (isolation)', async () => {
    const foreignProduct = b.products[0].id;
    const foreignService = b.services[0].id;
    await expect404(`/products/${foreignProduct}`, TEXT.productNotFound);
    await expect404(`/products/${foreignProduct}/services`, TEXT.productNotFoundSub);
    await expect404(`/products/${foreignProduct}/cars`, TEXT.productNotFoundSub);
    await expect404(`/services/${foreignService}`, TEXT.serviceNotFound);
    await expect404(`/services/${foreignService}/products`, TEXT.serviceNotFoundSub);
    // And the other way round: customer B sees its own rows, not A's.
    const other = b.customer.id;
    assert.deepEqual(await s.getJson(`/products/${foreignProduct}`, { 'Customer-ID': other }), b.products[0]);
    assert.deepEqual(await s.getJson('/services', { 'Customer-ID': other }), b.services);
    await expect404(`/products/${withAll.id}`, TEXT.productNotFound, other);
    await expect404(`/services/${a.services[0].id}`, TEXT.serviceNotFound, other);
    const listB = await s.getJson<Product[]>('/products', { 'Customer-ID': other });
    const idsA = new Set(a.products.map((p) => p.id));
    assert.equal(listB.length, b.products.length);
    assert.ok(listB.every((p) => !idsA.has(p.id)));
  });

  it('treats a product id as a miss on /services (separate id ranges)', async () => {
    await expect404(`/services/${withAll.id}`, TEXT.serviceNotFound);
  });

  it('answers the matching 404 for ids that are not int32', async () => {
    for (const id of ['abc', '-1', '1e3', '4.0', '99999999999', '%20']) {
      await expect404(`/products/${id}`, TEXT.productNotFound);
      await expect404(`/products/${id}/services`, TEXT.productNotFoundSub);
      await expect404(`/products/${id}/cars`, TEXT.productNotFoundSub);
      await expect404(`/services/${id}`, TEXT.serviceNotFound);
      await expect404(`/services/${id}/products`, TEXT.serviceNotFoundSub);
    }
  });

  it('answers 404 "Not found." for unknown paths', async () => {
    for (const path of [
      '/v3/trucks',
      '/v3/assignments',
      '/v3/groups/1',
      '/v2/products',
      '/v3/products/1/foo',
      '/v3/products/1/cars/2',
      '/',
      '/v3',
      '/products',
    ]) {
      const r = await request(`http://127.0.0.1:${s.sb.port}${path}`, { headers: s.headers() });
      assert.equal(r.status, 404, path);
      assert.equal(r.body, 'Not found.', path);
    }
  });

  it('tolerates a trailing slash', async () => {
    assert.equal((await s.get('/products/')).status, 200);
  });

  it('serves UTF-8 names intact, also to curl', async () => {
    const tokyo = a.cars.find((c) => c.name.includes('東京'));
    const owner = a.products.find((p) => tokyo && carOfProduct(a, p.id) === tokyo);
    assert.ok(owner, 'fleet should contain a 東京 car');
    const headers = Object.entries(s.headers()).flatMap(([k, v]) => ['-H', `${k}: ${v}`]);
    const r = await curl([...headers, `${s.sb.baseUrl}/products/${owner.id}/cars`]);
    assert.equal(r.status, 200);
    assert.deepEqual(JSON.parse(r.body), tokyo);
    const miss = await curl([...headers, `${s.sb.baseUrl}/products/${b.products[0].id}`]);
    assert.equal(miss.status, 404);
    assert.equal(miss.body, TEXT.productNotFound);
  });
});
