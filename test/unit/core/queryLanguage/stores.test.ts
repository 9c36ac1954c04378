import * as assert from 'assert';
import { HISTORY_LIMIT, MemoryStorage, QueryHistory, SavedQueries, type KeyValueStorage } from '../../../../src/core/queryLanguage';

/** Storage whose update resolves later, like a Memento writing to disk. */
class SlowStorage implements KeyValueStorage {
  readonly inner = new MemoryStorage();
  get<T>(key: string): T | undefined {
    return this.inner.get<T>(key);
  }
  async update(key: string, value: unknown): Promise<void> {
    await new Promise((r) => setTimeout(r, 2));
    await this.inner.update(key, value);
  }
}

describe('query history', () => {
  it('keeps the newest first, per customer, without duplicates', async () => {
    const h = new QueryHistory(new MemoryStorage());
    await h.add('A', { path: '/products', query: '$top=5', ranAt: 1 });
    await h.add('A', { path: '/services', query: '$filter=isTerminated eq true', ranAt: 2 });
    await h.add('B', { path: '/products', query: '$top=1', ranAt: 3 });
    // The same request, spelled differently: moves to the top instead of adding a copy.
    await h.add('A', { path: '/products/', query: '  ?top=5 ', ranAt: 4, rows: 5, ms: 12 });
    assert.deepStrictEqual(
      h.list('A').map((e) => [e.path, e.query, e.ranAt]),
      [
        ['/products/', '$top=5', 4],
        ['/services', '$filter=isTerminated eq true', 2],
      ],
    );
    assert.deepStrictEqual(
      h.list('B').map((e) => e.ranAt),
      [3],
    );
    assert.deepStrictEqual(h.list('C'), []);
    assert.deepStrictEqual(h.list('__proto__'), []);
  });

  it('a bare filter and $filter= are the same request; different literals are not', async () => {
    const h = new QueryHistory(new MemoryStorage());
    await h.add('A', { path: '/products', query: "type eq 'flinkey IQ'", ranAt: 1 });
    await h.add('A', { path: '/products', query: "$filter=type eq 'flinkey IQ'", ranAt: 2 });
    await h.add('A', { path: '/products', query: "$filter=type eq 'flinkey  IQ'", ranAt: 3 });
    assert.deepStrictEqual(
      h.list('A').map((e) => e.ranAt),
      [3, 2],
    );
  });

  it('shows every entry in the one typed form, those stored before it too', async () => {
    const storage = new MemoryStorage();
    await storage.update('flinkey.queryHistory', {
      A: [
        { path: '/products', query: "type eq 'flinkey IQ'&$top=5", ranAt: 2 },
        { path: '/services', query: "$top=2&$filter=name  eq 'a  b'", ranAt: 1 },
        { path: '/services', query: '$top=x', ranAt: 0 },
      ],
    });
    const h = new QueryHistory(storage);
    assert.deepStrictEqual(
      h.list('A').map((e) => e.query),
      ["$filter=type eq 'flinkey IQ'&$top=5", "$filter=name eq 'a  b'&$top=2", '$top=x'],
    );
    await h.add('A', { path: '/cars', query: " brand eq 'BMW' ", ranAt: 3 });
    assert.strictEqual(h.list('A')[0].query, "$filter=brand eq 'BMW'");
  });

  it(`keeps at most ${HISTORY_LIMIT} per customer, dropping the oldest`, async () => {
    const h = new QueryHistory(new SlowStorage());
    // Not awaited one by one: the writes must still not lose each other.
    await Promise.all(Array.from({ length: 60 }, (_, i) => h.add('A', { path: '/products', query: `$top=${i}`, ranAt: i })));
    const list = h.list('A');
    assert.strictEqual(list.length, HISTORY_LIMIT);
    assert.strictEqual(list[0].query, '$top=59');
    assert.strictEqual(list[HISTORY_LIMIT - 1].query, '$top=10');
  });

  it('removes and clears; tolerates damaged stored data', async () => {
    const storage = new MemoryStorage();
    const h = new QueryHistory(storage);
    await h.add('A', { path: '/products', query: '$top=1', ranAt: 1 });
    await h.add('A', { path: '/products', query: '$top=2', ranAt: 2 });
    await h.remove('A', { path: '/products', query: 'top=1' });
    assert.deepStrictEqual(
      h.list('A').map((e) => e.query),
      ['$top=2'],
    );
    await h.clear('A');
    assert.deepStrictEqual(h.list('A'), []);
    await storage.update('flinkey.queryHistory', { A: [{ path: 1 }, null, { path: '/services', query: '', ranAt: 5 }], B: 'x' });
    assert.deepStrictEqual(
      h.list('A').map((e) => e.path),
      ['/services'],
    );
    assert.deepStrictEqual(h.list('B'), []);
    await storage.update('flinkey.queryHistory', 'garbage');
    assert.deepStrictEqual(h.list('A'), []);
  });
});

describe('saved queries', () => {
  it('saves by name (sorted), replaces the same name ignoring case, survives a new store on the same storage', async () => {
    const storage = new MemoryStorage();
    const s = new SavedQueries(storage);
    await s.save({ name: 'Terminated services', path: '/services', query: '$filter=isTerminated eq true', savedAt: 1 });
    await s.save({ name: '  Active IQs ', path: '/products', query: "$filter=type eq 'flinkey IQ'", savedAt: 2 });
    await s.save({ name: 'active iqs', path: '/products', query: "$filter=type eq 'flinkey IQ'&$top=5", savedAt: 3 });
    const again = new SavedQueries(storage);
    assert.deepStrictEqual(
      again.list().map((q) => [q.name, q.query]),
      [
        ['active iqs', "$filter=type eq 'flinkey IQ'&$top=5"],
        ['Terminated services', '$filter=isTerminated eq true'],
      ],
    );
    assert.strictEqual(again.get('ACTIVE IQS')?.savedAt, 3);
    // A bare condition is kept in the one form every query is shown in.
    assert.strictEqual(
      (await s.save({ name: 'BMWs', path: '/cars', query: "brand eq 'BMW'&$top=3" })).query,
      "$filter=brand eq 'BMW'&$top=3",
    );
  });

  it('renames (refusing a taken or empty name) and deletes', async () => {
    const s = new SavedQueries(new SlowStorage());
    await Promise.all([
      s.save({ name: 'one', path: '/products', query: '$top=1' }),
      s.save({ name: 'two', path: '/products', query: '$top=2' }),
    ]);
    await assert.rejects(s.rename('one', 'Two'), /exists already/);
    await assert.rejects(s.rename('one', '   '), /Give the query a name/);
    await assert.rejects(s.rename('nope', 'x'), /no saved query named "nope"/);
    assert.strictEqual((await s.rename('one', 'One')).name, 'One');
    assert.strictEqual((await s.rename('One', 'first')).query, '$top=1');
    assert.deepStrictEqual(
      s.list().map((q) => q.name),
      ['first', 'two'],
    );
    assert.strictEqual(await s.delete('TWO'), true);
    assert.strictEqual(await s.delete('two'), false);
    assert.deepStrictEqual(
      s.list().map((q) => q.name),
      ['first'],
    );
    await assert.rejects(s.save({ name: '', path: '/products', query: '' }), /name/);
  });
});
