// Look-ups against the real sandbox: what is found, and how many requests it takes (cache, coalescing,
// batching, the bound in flight, 429 and cancellation). Counts come from the sandbox's own statistics.
import * as assert from 'assert';
import type { FlinkeyApi } from '../../../../src/core/api/api';
import type { FlinkeyClient } from '../../../../src/core/api/client';
import { FleetIdResolver, findCandidates, recordId, type IdLookup, type ResolverOptions } from '../../../../src/core/fleetIds';
import { startSandbox, type Sandbox } from '../../../../src/core/sandbox/server';
import { clientFor, rejectsWith } from '../api/helpers';

const DATA_PATHS = ['/v3/products', '/v3/cars', '/v3/services', '/v3/users'];

describe('fleetIds/FleetIdResolver (sandbox)', () => {
  let sandbox: Sandbox;
  let client: FlinkeyClient;

  before(async () => {
    sandbox = await startSandbox({ products: 120, seed: 21 });
    client = clientFor(sandbox);
    await client.getCustomers(); // the token, so it is not counted below
  });
  after(() => sandbox.close());
  beforeEach(() => {
    sandbox.setFaults({});
    sandbox.resetStats();
  });

  const fleet = () => sandbox.fleet.customers[0];
  const sent = (path?: string) =>
    path ? (sandbox.stats.byPath[path] ?? 0) : DATA_PATHS.reduce((n, p) => n + (sandbox.stats.byPath[p] ?? 0), 0);
  const resolver = (opts: ResolverOptions = {}, api: FlinkeyApi = client) => new FleetIdResolver(() => Promise.resolve(api), opts);
  const ids = (records: { kind: string }[]) => records.map((r) => `${r.kind} ${recordId(r as never)}`);

  it('finds products, cars, services and users by each kind of identifier, and nothing for unknown ones', async () => {
    const f = fleet();
    const product = f.products[5];
    const car = f.cars.find((c) => c.vin && c.licensePlate)!;
    const service = f.services[3];
    const user = f.users[2];
    const r = resolver();
    const cases: [IdLookup, string[]][] = [
      [{ field: 'serialNumber', value: product.serialNumber }, [`product ${product.id}`]],
      [{ field: 'uniqueId', value: product.uniqueId }, [`product ${product.id}`]],
      [{ field: 'productId', value: String(product.id) }, [`product ${product.id}`]],
      [{ field: 'vin', value: car.vin! }, [`car ${car.id}`]],
      [
        { field: 'licensePlate', value: car.licensePlate! },
        f.cars.filter((c) => c.licensePlate === car.licensePlate).map((c) => `car ${c.id}`),
      ],
      [{ field: 'carId', value: String(car.id) }, [`car ${car.id}`]],
      [{ field: 'serviceId', value: String(service.id) }, [`service ${service.id}`]],
      [{ field: 'userId', value: String(user.id) }, [`user ${user.id}`]],
      [{ field: 'any', value: car.vin! }, [`car ${car.id}`]],
      [{ field: 'serialNumber', value: 'FB99-9999999' }, []],
      [{ field: 'productId', value: String(service.id) }, []],
      [{ field: 'vin', value: 'WVWZZZ1JZXW000001' }, []],
    ];
    for (const [lookup, expected] of cases) {
      assert.deepStrictEqual(ids(await r.resolveOne(lookup)), expected, JSON.stringify(lookup));
    }
    assert.deepStrictEqual((await r.resolveOne({ field: 'serialNumber', value: product.serialNumber }))[0], { kind: 'product', product });
  });

  it('asks once per identifier within the cache time, and again after it', async () => {
    let now = 1_000_000;
    const r = resolver({ ttlMs: 5 * 60_000, now: () => now });
    const lookup: IdLookup = { field: 'serialNumber', value: fleet().products[0].serialNumber };
    const missing: IdLookup = { field: 'carId', value: '999' };
    await r.resolveOne(lookup);
    await r.resolveOne(missing);
    now += 4 * 60_000;
    await r.resolveOne(lookup);
    await r.resolveOne(missing);
    assert.strictEqual(sent(), 2, 'a found and a missing answer are both reused for minutes');
    assert.ok(r.peek(lookup)?.length === 1 && r.peek(missing)?.length === 0);
    now += 2 * 60_000;
    assert.strictEqual(r.peek(lookup), undefined);
    await r.resolveOne(lookup);
    assert.strictEqual(sent(), 3);
    assert.deepStrictEqual(r.stats, { requests: 3, cached: 2, joined: 0 });
  });

  it('shares one request among identical look-ups in flight', async () => {
    sandbox.setFaults({ latencyMs: 100 });
    const r = resolver();
    const lookup: IdLookup = { field: 'vin', value: fleet().cars.find((c) => c.vin)!.vin! };
    const answers = await Promise.all([r.resolveOne(lookup), r.resolveOne(lookup), r.resolveAll([lookup, lookup])]);
    assert.strictEqual(sent('/v3/cars'), 1);
    assert.deepStrictEqual(answers[0], answers[1]);
    assert.strictEqual(r.stats.joined, 2);
  });

  it('sends nothing for text without an identifier’s shape', async () => {
    const r = resolver();
    const text = [
      'const serialNumber = product.serialNumber;',
      "const fixture = { serialNumber: '<serial>', vin: 'TODO', productId: 0 };",
      'const kevin = "ABC123";',
      'WVWZZZ1JZXW00000I',
    ];
    const lookups = text.flatMap((line) => findCandidates(line));
    assert.deepStrictEqual(lookups, []);
    assert.deepStrictEqual(await r.resolveAll(lookups), []);
    assert.strictEqual(sent(), 0);
  });

  it('checks many identifiers with one request per collection and chunk of forty', async () => {
    const f = fleet();
    const lookups: IdLookup[] = [
      ...f.products.slice(0, 50).map((p): IdLookup => ({ field: 'serialNumber', value: p.serialNumber })),
      ...f.products.slice(50, 60).map((p): IdLookup => ({ field: 'productId', value: String(p.id) })),
      { field: 'serialNumber', value: 'FB99-9999999' },
      ...f.cars.slice(0, 3).map((c): IdLookup => ({ field: 'carId', value: String(c.id) })),
      { field: 'userId', value: String(f.users[0].id) },
    ];
    let settled = 0;
    const results = await resolver().resolveAll(lookups, { onSettled: (n) => (settled = n) });
    assert.strictEqual(sent('/v3/products'), 2, '61 product terms in chunks of 40');
    assert.strictEqual(sent('/v3/cars'), 1);
    assert.strictEqual(sent('/v3/users'), 1);
    assert.strictEqual(settled, lookups.length);
    const counts = results.map((x) => ('records' in x ? x.records.length : -1));
    assert.deepStrictEqual(counts, [...Array<number>(60).fill(1), 0, 1, 1, 1, 1]);
  });

  it('keeps at most two look-ups in flight', async () => {
    sandbox.setFaults({ latencyMs: 60 });
    let active = 0;
    let most = 0;
    const counting = new Proxy(client, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown;
        if (typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          most = Math.max(most, ++active);
          try {
            return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          } finally {
            active--;
          }
        };
      },
    });
    const r = resolver({}, counting);
    const f = fleet();
    const many = [
      ...f.products.slice(0, 6).map((p): IdLookup => ({ field: 'productId', value: String(p.id) })),
      ...f.cars.slice(0, 6).map((c): IdLookup => ({ field: 'carId', value: String(c.id) })),
      ...f.services.slice(0, 6).map((s): IdLookup => ({ field: 'serviceId', value: String(s.id) })),
      ...f.users.slice(0, 6).map((u): IdLookup => ({ field: 'userId', value: String(u.id) })),
    ];
    await Promise.all(many.map((lookup) => r.resolveOne(lookup)));
    assert.strictEqual(sent(), many.length);
    assert.strictEqual(most, 2);
  });

  it('after a 429 that outlasts the client’s retries, holds every look-up back for Retry-After', async () => {
    const impatient = clientFor(sandbox, { maxAttempts: 1 });
    const r = resolver({}, impatient);
    sandbox.setFaults({ rate429Rate: 1, retryAfterSeconds: 1 });
    const e = await rejectsWith(r.resolveOne({ field: 'productId', value: String(fleet().products[0].id) }), 'rateLimited');
    assert.strictEqual(e.details.retryAfterMs, 1000);
    assert.ok(r.limitedFor() > 800, `limited for ${r.limitedFor()} ms`);
    sandbox.setFaults({});
    const started = Date.now();
    const found = await r.resolveOne({ field: 'productId', value: String(fleet().products[1].id) });
    assert.strictEqual(found.length, 1);
    assert.ok(Date.now() - started >= 800, `the next look-up waited only ${Date.now() - started} ms`);
    assert.strictEqual(sent(), 2);
    assert.strictEqual(r.limitedFor(), 0);
  });

  it('drops a queued look-up nobody waits for any more, but not one another caller joined', async () => {
    sandbox.setFaults({ latencyMs: 150 });
    const r = resolver({ maxInFlight: 1 });
    const f = fleet();
    const first = r.resolveOne({ field: 'productId', value: String(f.products[0].id) });
    const dropped = new AbortController();
    const kept = new AbortController();
    const cancelled = r.resolveOne({ field: 'carId', value: String(f.cars[0].id) }, dropped.signal);
    const shared = { field: 'userId', value: String(f.users[0].id) } as const;
    const leaving = r.resolveOne(shared, kept.signal);
    const staying = r.resolveOne(shared);
    dropped.abort();
    kept.abort();
    await rejectsWith(cancelled, 'cancelled');
    await rejectsWith(leaving, 'cancelled');
    assert.strictEqual((await staying).length, 1);
    await first;
    assert.strictEqual(sent('/v3/cars'), 0, 'the abandoned car look-up was never sent');
    assert.strictEqual(sent(), 2);
    assert.strictEqual(r.peek({ field: 'carId', value: String(f.cars[0].id) }), undefined);
  });

  it('one customer’s resolver does not find another customer’s records', async () => {
    const other = sandbox.fleet.customers[1];
    const r = new FleetIdResolver(() => Promise.resolve(clientFor(sandbox, { customerId: other.customer.id })));
    assert.deepStrictEqual(await r.resolveOne({ field: 'serialNumber', value: fleet().products[0].serialNumber }), []);
    assert.strictEqual((await r.resolveOne({ field: 'serialNumber', value: other.products[0].serialNumber })).length, 1);
  });
});
