// Section filters as they are stored: per environment, customer and section, only what is set, and whatever an
// older version or another machine left is read safely.
import * as assert from 'assert';
import { scopeKey, SectionQueries } from '../../../src/ui/fleetView/sectionQueries';

class Memory {
  readonly values = new Map<string, unknown>();
  get<T>(key: string): T | undefined {
    return this.values.get(key) as T | undefined;
  }
  update(key: string, value: unknown): Thenable<void> {
    if (value === undefined) this.values.delete(key);
    else this.values.set(key, JSON.parse(JSON.stringify(value)));
    return Promise.resolve();
  }
}

describe('section filters (stored per environment, customer and section)', () => {
  const prod = scopeKey({ baseUrl: 'https://api.flinkey.de/v3', customerId: 42 });
  const other = scopeKey({ baseUrl: 'https://api.flinkey.de/v3', customerId: 7 });
  const sandbox = scopeKey({ baseUrl: 'http://127.0.0.1:4000/v3', customerId: 42 });

  it('keeps a filter for one section of one customer only', async () => {
    const memory = new Memory();
    const queries = new SectionQueries(memory, 'k');
    await queries.set(prod, 'products', { filter: " type eq 'flinkey IQ' " });
    assert.deepStrictEqual(queries.get(prod, 'products'), { filter: "type eq 'flinkey IQ'", orderby: undefined });
    assert.deepStrictEqual(queries.get(prod, 'cars'), { filter: undefined, orderby: undefined });
    assert.deepStrictEqual(queries.get(other, 'products'), { filter: undefined, orderby: undefined });
    assert.deepStrictEqual(queries.get(sandbox, 'products'), { filter: undefined, orderby: undefined });
    assert.deepStrictEqual(queries.get(undefined, 'products'), {});
    // A second store on the same memory (the window after a reload) reads the same.
    assert.strictEqual(new SectionQueries(memory, 'k').get(prod, 'products').filter, "type eq 'flinkey IQ'");
  });

  it('clearing removes the entry, and the value once nothing is left', async () => {
    const memory = new Memory();
    const queries = new SectionQueries(memory, 'k');
    await queries.set(prod, 'cars', { filter: "brand eq 'BMW'", orderby: 'name desc' });
    await queries.set(other, 'users', { orderby: 'emailAddress' });
    assert.deepStrictEqual(memory.get('k'), {
      [prod]: { cars: { filter: "brand eq 'BMW'", orderby: 'name desc' } },
      [other]: { users: { orderby: 'emailAddress' } },
    });
    await queries.set(prod, 'cars', { filter: '  ' });
    assert.deepStrictEqual(memory.get('k'), { [other]: { users: { orderby: 'emailAddress' } } });
    await queries.set(other, 'users', {});
    assert.strictEqual(memory.values.has('k'), false);
  });

  it('reads whatever else was stored as no filter', () => {
    for (const junk of [42, 'x', [], { [prod]: 'x' }, { [prod]: { products: { filter: 3, orderby: null } } }]) {
      const memory = new Memory();
      memory.values.set('k', junk);
      assert.deepStrictEqual(
        new SectionQueries(memory, 'k').get(prod, 'products'),
        { filter: undefined, orderby: undefined },
        JSON.stringify(junk),
      );
    }
  });
});
