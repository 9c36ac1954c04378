// Validators of the fleet records, local paging for /groups, and the users of a car's assignments.
import * as assert from 'assert';
import { FlinkeyError } from '../../../../src/core/api/errors';
import { LocalPager, pageOf } from '../../../../src/core/api/localPages';
import type { User } from '../../../../src/core/api/models';
import { userQueries, usersOfAssignments } from '../../../../src/core/api/userIds';
import * as parse from '../../../../src/core/api/validateFleet';

const user = { id: 1, emailAddress: 'a@b.example', userData: { firstName: 'Zoë', lastName: null } };
const assignment = { id: 2, carId: 3, userId: null, start: '2026-01-01T00:00:00Z', end: null, lifetime: null, renewableAfter: 60 };
const event = {
  id: 4,
  dateTime: '2026-01-01T01:00:00+01:00',
  utcDateTime: '2026-01-01T00:00:00Z',
  userId: 1,
  carId: 3,
  type: 'CarOpened',
  userAgent: 'app',
  latitude: 48.1,
  longitude: null,
};
const key = {
  id: 5,
  brand: 'BMW',
  boxName: null,
  boxSapNumber: '701',
  keyForm: { id: 6, name: 'Fob', imageUrl: 'https://x.example/6.png' },
};

function invalidAt(fn: () => unknown, field: string): void {
  assert.throws(fn, (e: unknown) => e instanceof FlinkeyError && e.kind === 'invalidResponse' && e.details.field === field);
}

describe('api/validateFleet', () => {
  it('accepts the documented records and drops unknown fields, also inside nested objects', () => {
    assert.deepStrictEqual(parse.parseUsers([{ ...user, extra: 1, userData: { ...user.userData, middle: 'x' } }]), [user]);
    assert.deepStrictEqual(parse.parseAssignment(assignment), assignment);
    assert.deepStrictEqual(parse.parseEvents([event]), [event]);
    assert.deepStrictEqual(parse.parseKeys([{ ...key, keyForm: { ...key.keyForm, colour: 'red' } }]), [key]);
    assert.deepStrictEqual(parse.parseGroups([{ id: 7, name: 'Pool', cars: [] }]), [{ id: 7, name: 'Pool' }]);
    assert.deepStrictEqual(parse.parseBrands(['BMW', 'Škoda']), ['BMW', 'Škoda']);
  });

  it('passes enum values it does not know through unchanged', () => {
    assert.strictEqual(parse.parseEvent({ ...event, type: 'CarLocked' }).type, 'CarLocked');
    assert.strictEqual(parse.parseRows('products', [{ id: 1, type: 'flinkey Mini' }], true)[0].type, 'flinkey Mini');
  });

  it('refuses only a missing or mistyped required field, naming it', () => {
    const { userData: _omit, ...noData } = user;
    invalidAt(() => parse.parseUsers([user, noData]), '[1].userData');
    invalidAt(() => parse.parseUser({ ...user, userData: { firstName: 5, lastName: null } }), 'userData.firstName');
    invalidAt(() => parse.parseUser({ ...user, userData: 'Zoë' }), 'userData');
    invalidAt(() => parse.parseEvent({ ...event, type: 7 }), 'type');
    invalidAt(() => parse.parseEvent({ ...event, latitude: '48.1' }), 'latitude');
    invalidAt(() => parse.parseEvent({ ...event, utcDateTime: 'yesterday' }), 'utcDateTime');
    invalidAt(() => parse.parseAssignment({ ...assignment, end: 'never' }), 'end');
    invalidAt(() => parse.parseAssignment({ ...assignment, userId: '1' }), 'userId');
    invalidAt(() => parse.parseKeys([{ ...key, keyForm: { id: 6, name: 'Fob' } }]), '[0].keyForm.imageUrl');
    invalidAt(() => parse.parseBrands(['BMW', 3]), '[1]');
    invalidAt(() => parse.parseGroups({ id: 1 }), '(body)');
  });

  it('allows absent fields, nested ones too, when a $select was sent', () => {
    assert.deepStrictEqual(parse.parseUsers([{ id: 1, userData: { lastName: 'Weiß' } }], true), [
      { id: 1, userData: { lastName: 'Weiß' } },
    ]);
    invalidAt(() => parse.parseUsers([{ userData: { lastName: 3 } }], true), '[0].userData.lastName');
  });
});

describe('api/localPages', () => {
  it('cuts pages and says whether more follow', () => {
    const all = [1, 2, 3, 4, 5];
    assert.deepStrictEqual(pageOf(all, 0, 2), { rows: [1, 2], skip: 0, total: 5, hasMore: true });
    assert.deepStrictEqual(pageOf(all, 4, 2), { rows: [5], skip: 4, total: 5, hasMore: false });
    assert.deepStrictEqual(pageOf(all, 9, 2), { rows: [], skip: 9, total: 5, hasMore: false });
    assert.deepStrictEqual(pageOf(all, 3, 2), { rows: [4, 5], skip: 3, total: 5, hasMore: false });
  });

  it('loads once for all pages and concurrent callers, again after a failure or a reset', async () => {
    let loads = 0;
    let fail = false;
    const pager = new LocalPager(async () => {
      loads++;
      if (fail) throw new Error('down');
      return ['a', 'b', 'c'];
    });
    const [first, second] = await Promise.all([pager.page(0, 2), pager.page(2, 2)]);
    assert.deepStrictEqual([first.rows, second.rows, second.hasMore], [['a', 'b'], ['c'], false]);
    assert.strictEqual(loads, 1);
    pager.reset();
    fail = true;
    await assert.rejects(pager.page(0, 2), /down/);
    fail = false;
    assert.deepStrictEqual((await pager.page(1, 5)).rows, ['b', 'c']);
    assert.strictEqual(loads, 3);
  });
});

describe('api/userIds', () => {
  const person = (id: number): User => ({ id, emailAddress: `${id}@x.example`, userData: { firstName: null, lastName: null } });

  it('builds one id-in filter per hundred distinct ids', () => {
    assert.deepStrictEqual(userQueries([3, 1, 3]), [{ filter: 'id in (3,1)', top: 2 }]);
    assert.deepStrictEqual(userQueries([]), []);
    const many = userQueries(Array.from({ length: 250 }, (_, i) => i));
    assert.deepStrictEqual(
      many.map((q) => q.top),
      [100, 100, 50],
    );
  });

  it('asks only for users not already known, skipping assignments without a user', async () => {
    const asked: number[][] = [];
    const api = {
      getUsersByIds: async (ids: readonly number[]) => (asked.push([...ids]), ids.filter((id) => id !== 99).map(person)),
    };
    const known = new Map([[2, person(2)]]);
    const users = await usersOfAssignments(api, [{ userId: 1 }, { userId: null }, { userId: 2 }, { userId: 1 }, { userId: 99 }], known);
    assert.deepStrictEqual(asked, [[1, 99]]);
    assert.deepStrictEqual([...users.keys()].sort(), [1, 2]);
    assert.strictEqual(users.get(2), known.get(2));
    asked.length = 0;
    await usersOfAssignments(api, [{ userId: 2 }, { userId: null }], known);
    assert.deepStrictEqual(asked, [], 'nothing to ask');
  });
});
