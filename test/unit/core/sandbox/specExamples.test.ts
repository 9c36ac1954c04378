// §5.1.1's examples sent to the sandbox over HTTP, encoded as the extension sends them: the demo fleet answers
// as the specification says, and refuses the invalid ones with the option and column.
import * as assert from 'node:assert/strict';
import { toQueryString } from '../../../../src/core/odata';
import type { CustomerFleet } from '../../../../src/core/sandbox/fleet';
import { expectedIds, INVALID, optionsOf, VALID } from '../odata/specExamples';
import { openSession, type Session } from './helpers';

describe('OData 4.01 §5.1.1 examples against the sandbox over HTTP', () => {
  let s: Session;
  let a: CustomerFleet;
  before(async () => {
    s = await openSession({ products: 400, seed: 11 });
    a = s.sb.fleet.customers[0];
  });
  after(() => s.sb.close());

  const rowsOf = (entity: 'service' | 'product') =>
    (entity === 'service' ? a.services : a.products) as unknown as Record<string, unknown>[];
  const pathOf = (entity: 'service' | 'product') => (entity === 'service' ? '/services' : '/products');

  for (const example of VALID) {
    it(`§${example.section} ${example.what}: ${example.query}`, async () => {
      const answer = await s.get(`${pathOf(example.entity)}?${toQueryString(optionsOf(example.query))}`);
      assert.equal(answer.status, 200, answer.body);
      const got = (JSON.parse(answer.body) as { id: number }[]).map((r) => r.id);
      assert.deepEqual(got, expectedIds(rowsOf(example.entity), example));
    });
  }

  it('the fleet makes some examples keep rows and some not', () => {
    const counts = VALID.map((e) => expectedIds(rowsOf(e.entity), e).length);
    assert.ok(counts.filter((n) => n > 0).length > 30 && counts.some((n) => n === 0), counts.join(','));
  });

  it('parameter aliases reach the server with the values of this fleet (§5.2)', async () => {
    const [x, y] = a.services;
    const quoted = `'${x.name.split("'").join("''")}'`;
    const query = { filter: 'name eq @n or id in @ids', aliases: { n: quoted, ids: `[${y.id}]` } };
    const answer = await s.get(`/services?${toQueryString(query)}`);
    assert.equal(answer.status, 200, answer.body);
    const expected = a.services.filter((r) => r.name === x.name || r.id === y.id).map((r) => r.id);
    assert.ok(expected.length >= 2);
    assert.deepEqual(
      (JSON.parse(answer.body) as { id: number }[]).map((r) => r.id),
      expected,
    );
  });

  for (const example of INVALID) {
    it(`refuses §${example.section} ${example.what}: ${example.query}`, async () => {
      const answer = await s.get(`${pathOf(example.entity)}?${toQueryString(optionsOf(example.query))}`);
      assert.equal(answer.status, 400);
      assert.ok(answer.body.startsWith(`Invalid $filter, column ${example.query.indexOf(example.at) + 1}: `), answer.body);
      assert.ok(answer.body.includes(example.message), answer.body);
    });
  }
});
