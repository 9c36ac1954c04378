import * as assert from 'assert';
import { FlinkeyError } from '../../../../src/core/api/errors';
import * as parse from '../../../../src/core/api/validate';
import { parseRows } from '../../../../src/core/api/validateFleet';

const product = {
  id: 7,
  uniqueId: 'A1B2',
  serialNumber: 'SN-7',
  sapNumber: 'SAP-7',
  dongleTerminationTimeStamp: null,
  type: 'flinkey IQ',
};
const service = { id: 3, name: 'Golf', productId: 7, isTerminated: false, terminationDate: null, terminationCause: null };
const car = { id: 9, name: 'Golf', description: null, vin: 'WVW', licensePlate: 'B-X 1', brand: 'VW', model: null };

function invalid(fn: () => unknown, field: string): FlinkeyError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof FlinkeyError, `expected FlinkeyError, got ${String(e)}`);
    assert.strictEqual(e.kind, 'invalidResponse');
    assert.strictEqual(e.details.field, field);
    assert.ok(e.message.includes(field === '(body)' ? 'response body' : field), e.message);
    return e;
  }
  assert.fail('expected a validation error');
}

describe('api/validate', () => {
  it('accepts documented records and drops unknown fields', () => {
    const out = parse.parseProduct({ ...product, extra: 'x' });
    assert.deepStrictEqual(out, product);
    assert.ok(!('extra' in out));
    assert.deepStrictEqual(parse.parseCar(car), car);
    assert.deepStrictEqual(parse.parseServices([service]), [service]);
  });

  it('names the failing field in a list and what was expected', () => {
    const list = [product, product, product, { ...product, serialNumber: 42 }];
    const e = invalid(() => parse.parseProducts(list), '[3].serialNumber');
    assert.match(e.message, /should be a string but is 42/);
    invalid(() => parse.parseProducts([{ ...product, type: 3 }]), '[0].type');
    invalid(() => parse.parseProducts([{ ...product, dongleTerminationTimeStamp: 'yesterday' }]), '[0].dongleTerminationTimeStamp');
    invalid(() => parse.parseProducts({ items: [] }), '(body)');
    invalid(() => parse.parseProducts([null]), '[0]');
  });

  it('demands every field of a full record', () => {
    const { sapNumber: _omit, ...rest } = product;
    invalid(() => parse.parseProduct(rest), 'sapNumber');
    invalid(() => parse.parseService({ ...service, isTerminated: 'no' }), 'isTerminated');
    invalid(() => parse.parseCar({ ...car, vin: 5 }), 'vin');
  });

  it('allows absent fields with partial (a $select) but still checks types', () => {
    assert.deepStrictEqual(parse.parseProducts([{ id: 1, serialNumber: 'S' }], true), [{ id: 1, serialNumber: 'S' }]);
    invalid(() => parse.parseProducts([{ id: '1' }], true), '[0].id');
    assert.deepStrictEqual(parseRows('services', [{ name: 'x', junk: 1 }], true), [{ name: 'x' }]);
    invalid(() => parseRows('services', [{ name: 'x' }], false), '[0].id');
  });

  it('service productId may be absent (product variant) or null', () => {
    const { productId: _omit, ...withoutProduct } = service;
    assert.deepStrictEqual(parse.parseService(withoutProduct), withoutProduct);
    assert.strictEqual(parse.parseService({ ...service, productId: null }).productId, null);
    invalid(() => parse.parseService({ ...service, productId: 'x' }), 'productId');
  });

  it('unwraps a service sent as { items: {…} }', () => {
    assert.deepStrictEqual(parse.parseService({ items: service }), service);
  });

  it('normalises customer ids given as numbers or strings', () => {
    const out = parse.parseCustomers([
      { id: 1, name: 'A' },
      { id: ' 22 ', name: 'B' },
    ]);
    assert.deepStrictEqual(out, [
      { id: '1', name: 'A' },
      { id: '22', name: 'B' },
    ]);
    invalid(() => parse.parseCustomers([{ id: 'abc', name: 'A' }]), '[0].id');
    invalid(() => parse.parseCustomers([{ id: -1, name: 'A' }]), '[0].id');
    invalid(() => parse.parseCustomers([{ id: 1 }]), '[0].name');
  });

  it('reads expires_in as a string or number of seconds', () => {
    const now = 1_000_000;
    assert.deepStrictEqual(parse.parseToken({ token_type: 'Bearer', expires_in: '3600', access_token: 'abc' }, now), {
      accessToken: 'abc',
      expiresAt: now + 3_600_000,
    });
    assert.strictEqual(parse.parseToken({ expires_in: 60, access_token: 'abc' }, now).expiresAt, now + 60_000);
    invalid(() => parse.parseToken({ expires_in: 'soon', access_token: 'abc' }), 'expires_in');
    invalid(() => parse.parseToken({ expires_in: '60', access_token: '' }), 'access_token');
    invalid(() => parse.parseToken({ expires_in: '60', access_token: 'a', token_type: 'MAC' }), 'token_type');
  });
});
