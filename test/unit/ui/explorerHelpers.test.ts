// vscode-free explorer helpers: contextValue tokens, tree texts, search filters and details loading.
import * as assert from 'assert';
import type { FlinkeyApi } from '../../../src/core/api/api';
import { FlinkeyError } from '../../../src/core/api/errors';
import type { Car, Product, Service } from '../../../src/core/api/models';
import { asSignInArgs, parseStoredToken } from '../../../src/ui/session/account';
import { fieldAtFault } from '../../../src/ui/session/fieldAtFault';
import { searchFilters } from '../../../src/core/api/fleetSearch';
import { asFleetRef } from '../../../src/ui/documents/fleetRef';
import { loadDetails } from '../../../src/ui/documents/loadDetails';
import { parseFilter } from '../../../src/core/odata';
import { contextValue } from '../../../src/ui/fleetView/contextValue';
import { describeItem } from '../../../src/ui/fleetView/describe';

const product: Product = {
  id: 42,
  uniqueId: 'AB12',
  serialNumber: 'FB21-1',
  sapNumber: '7013',
  dongleTerminationTimeStamp: null,
  type: 'flinkey Box',
};
const service: Service = {
  id: 7,
  name: 'Pool',
  productId: 42,
  isTerminated: true,
  terminationDate: '2025-03-01T10:00:00Z',
  terminationCause: 'Contract ended',
};
const car: Car = { id: 9, name: 'Golf', description: null, vin: 'WVW123', licensePlate: 'B-FL 1', brand: 'VW', model: null };

describe('explorer helpers', () => {
  it('contextValue joins state tokens with ;', () => {
    assert.strictEqual(contextValue({ kind: 'product', product }), 'product;box;hasUniqueId;hasSerialNumber');
    assert.strictEqual(
      contextValue({ kind: 'product', product: { ...product, type: 'flinkey IQ', uniqueId: '' } }),
      'product;iq;hasSerialNumber',
    );
    assert.strictEqual(contextValue({ kind: 'car', car, productId: 42 }), 'car;hasVin;hasPlate');
    assert.strictEqual(contextValue({ kind: 'car', car: { ...car, vin: null }, productId: 42 }), 'car;hasPlate');
    assert.strictEqual(contextValue({ kind: 'service', service }), 'service');
    assert.strictEqual(contextValue({ kind: 'message', retry: true }), 'message;retry');
  });

  it('describes records the way the tree shows them', () => {
    const p = describeItem({ kind: 'product', product });
    // The icon shows a documented type: the description is the unique id; a screen reader hears the type too.
    assert.deepStrictEqual([p.label, p.description, p.spoken], ['FB21-1', 'AB12', 'FB21-1, flinkey Box, AB12']);
    const newer = describeItem({ kind: 'product', product: { ...product, type: 'flinkey Ring' } });
    assert.strictEqual(newer.description, 'flinkey Ring · AB12');
    for (const field of ['id', 'uniqueId', 'serialNumber', 'sapNumber', 'dongleTerminationTimeStamp', 'type']) {
      assert.match(p.tooltip, new RegExp(`\\| ${field} \\|`));
    }
    const s = describeItem({ kind: 'service', service });
    assert.strictEqual(s.description, 'terminated 2025-03-01');
    assert.match(s.tooltip, /Contract ended/);
    assert.strictEqual(describeItem({ kind: 'service', service: { ...service, isTerminated: false } }).description, 'active');
    assert.strictEqual(describeItem({ kind: 'car', car, productId: 42 }).description, 'B-FL 1 · WVW123');
    assert.strictEqual(describeItem({ kind: 'car', car: { ...car, name: 'a*b|c' }, productId: 42 }).tooltip.includes('a\\*b\\|c'), true);
  });

  it('builds search filters that parse and keep quotes inside the literal', () => {
    const f = searchFilters("O'Neil");
    assert.strictEqual(f.product, "contains(tolower(serialNumber),'o''neil') or contains(tolower(uniqueId),'o''neil')");
    assert.strictEqual(f.service, "contains(tolower(name),'o''neil')");
    assert.ok(parseFilter(f.product) && parseFilter(f.service));
    assert.match(searchFilters(' 10004 ').product!, / or id eq 10004$/);
    assert.deepStrictEqual(searchFilters('   '), {});
  });

  it('reads command arguments strictly', () => {
    assert.deepStrictEqual(asFleetRef({ kind: 'product', id: 3 }), { kind: 'product', id: 3 });
    assert.deepStrictEqual(asFleetRef({ kind: 'car', productId: 3 }), { kind: 'car', productId: 3 });
    assert.deepStrictEqual(asFleetRef({ kind: 'car', id: 3 }), { kind: 'car', id: 3 });
    for (const kind of ['user', 'assignment', 'event', 'group'] as const) {
      assert.deepStrictEqual(asFleetRef({ kind, id: 3 }), { kind, id: 3 });
    }
    assert.strictEqual(asFleetRef({ kind: 'key', id: 3 }), undefined);
    assert.strictEqual(asFleetRef({ kind: 'user', productId: 3 }), undefined);
    assert.strictEqual(asFleetRef({ kind: 'product', id: '3' }), undefined);
    assert.strictEqual(asSignInArgs({ baseUrl: 'x', apiKey: 'k', username: 'u' }), undefined);
    assert.deepStrictEqual(asSignInArgs({ baseUrl: 'x', apiKey: 'k', username: 'u', password: 'p', customerId: 5 }), {
      baseUrl: 'x',
      apiKey: 'k',
      username: 'u',
      password: 'p',
      customerId: 5,
      staySignedIn: false,
    });
    assert.deepStrictEqual(parseStoredToken('{"accessToken":"t","expiresAt":5}'), { accessToken: 't', expiresAt: 5 });
    assert.strictEqual(parseStoredToken('{"accessToken":5}'), undefined);
    assert.strictEqual(parseStoredToken('nope'), undefined);
  });

  it('a failed sign-in re-asks the field at fault', () => {
    const field = (kind: ConstructorParameters<typeof FlinkeyError>[0]) => fieldAtFault(new FlinkeyError(kind, 'x')).field;
    assert.strictEqual(field('invalidApiKey'), 'apiKey');
    assert.strictEqual(field('invalidCredentials'), 'password');
    assert.strictEqual(field('network'), 'environment');
    assert.strictEqual(field('timeout'), 'environment');
    assert.strictEqual(field('config'), 'environment');
    assert.match(fieldAtFault(new FlinkeyError('timeout', 'x')).message, /timed out/);
  });

  describe('loadDetails', () => {
    const notFound = (subject: 'service' | 'car' | 'product') =>
      Promise.reject(new FlinkeyError('notFound', `no ${subject}`, { status: 404, subject }));
    const api = (overrides: Partial<FlinkeyApi>): FlinkeyApi =>
      ({
        getProduct: async () => product,
        getProductService: async () => ({ ...service, productId: undefined }),
        getProductCar: async () => car,
        getService: async () => service,
        getServiceProduct: async () => product,
        getCarAssignments: async () => [],
        getCarEvents: async () => [],
        getUsersByIds: async () => [],
        getBrandKeys: async () => [],
        ...overrides,
      }) as FlinkeyApi;

    it('joins a product with its service and car, null when none is assigned', async () => {
      assert.deepStrictEqual(await loadDetails(api({}), { kind: 'product', id: 42 }), {
        ...product,
        service: { ...service, productId: undefined },
        car,
      });
      const bare = await loadDetails(api({ getProductService: () => notFound('service'), getProductCar: () => notFound('car') }), {
        kind: 'product',
        id: 42,
      });
      assert.strictEqual(bare.service, null);
      assert.strictEqual(bare.car, null);
    });

    it('passes real failures through', async () => {
      await assert.rejects(
        loadDetails(api({ getProductCar: () => Promise.reject(new FlinkeyError('server', 'boom', { status: 500 })) }), {
          kind: 'product',
          id: 42,
        }),
        /boom/,
      );
      // A 404 about the product itself is not "no car".
      await assert.rejects(loadDetails(api({ getProductCar: () => notFound('product') }), { kind: 'product', id: 42 }), /no product/);
    });

    it('loads a service with its product, without a request when productId is null', async () => {
      let asked = 0;
      const withProduct = await loadDetails(api({}), { kind: 'service', id: 7 });
      assert.deepStrictEqual(withProduct.product, product);
      const lone = await loadDetails(
        api({ getService: async () => ({ ...service, productId: null }), getServiceProduct: async () => (asked++, product) }),
        { kind: 'service', id: 7 },
      );
      assert.strictEqual(lone.product, null);
      assert.strictEqual(asked, 0);
      assert.strictEqual((await loadDetails(api({}), { kind: 'car', productId: 42 })).vin, car.vin);
    });

    it('fetches only the parts not already known, with the same content', async () => {
      const asked: string[] = [];
      const counting = (): FlinkeyApi => {
        const base = api({});
        const wrap =
          <K extends keyof FlinkeyApi>(name: K) =>
          (...args: unknown[]) => (asked.push(name), (base[name] as (...a: unknown[]) => unknown)(...args));
        return {
          ...base,
          getProduct: wrap('getProduct'),
          getProductService: wrap('getProductService'),
          getProductCar: wrap('getProductCar'),
          getService: wrap('getService'),
          getServiceProduct: wrap('getServiceProduct'),
        } as FlinkeyApi;
      };
      const full = await loadDetails(api({}), { kind: 'product', id: 42 });
      assert.deepStrictEqual(await loadDetails(counting(), { kind: 'product', id: 42 }, undefined, { product }), full);
      assert.deepStrictEqual(asked.splice(0), ['getProductService', 'getProductCar']);
      const expanded = { product, service: { ...service, productId: undefined }, car };
      assert.deepStrictEqual(await loadDetails(counting(), { kind: 'product', id: 42 }, undefined, expanded), full);
      assert.deepStrictEqual(await loadDetails(counting(), { kind: 'product', id: 42 }, undefined, { product, service: null, car: null }), {
        ...product,
        service: null,
        car: null,
      });
      assert.deepStrictEqual(asked.splice(0), []);
      // A service listed under its product lacks productId, so the service itself is fetched.
      const serviceDoc = await loadDetails(api({}), { kind: 'service', id: 7 });
      assert.deepStrictEqual(
        await loadDetails(counting(), { kind: 'service', id: 7 }, undefined, { service: { ...service, productId: undefined } }),
        serviceDoc,
      );
      assert.deepStrictEqual(asked.splice(0), ['getService', 'getServiceProduct']);
      assert.deepStrictEqual(await loadDetails(counting(), { kind: 'service', id: 7 }, undefined, { service, product }), serviceDoc);
      assert.deepStrictEqual(asked.splice(0), []);
    });
  });
});
