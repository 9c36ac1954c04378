// The fleet entities in the OData schema, member paths (userData/firstName) in the checker and the evaluator.
import * as assert from 'assert';
import { applyQuery, applyToOne, checkQuery, SCHEMAS, type FieldSchema } from '../../../../src/core/odata';
import type { User } from '../../../../src/core/api/models';

const names = (entity: keyof typeof SCHEMAS) => SCHEMAS[entity].map((f) => f.name);

const users: User[] = [
  { id: 1, emailAddress: 'a@x.example', userData: { firstName: 'Zoë', lastName: 'Weiß' } },
  { id: 2, emailAddress: 'b@x.example', userData: { firstName: null, lastName: 'Adler' } },
  { id: 3, emailAddress: 'c@x.example', userData: { firstName: 'Anna', lastName: null } },
];

describe('odata: the fleet entities', () => {
  it('lists the fields of shared/notes/flinkey-api-fleet.md, nested ones inside their object', () => {
    assert.deepStrictEqual(names('user'), ['id', 'emailAddress', 'userData']);
    assert.deepStrictEqual(names('assignment'), ['id', 'carId', 'userId', 'start', 'end', 'lifetime', 'renewableAfter']);
    assert.deepStrictEqual(names('event'), [
      'id',
      'dateTime',
      'utcDateTime',
      'userId',
      'carId',
      'type',
      'userAgent',
      'latitude',
      'longitude',
    ]);
    assert.deepStrictEqual(names('group'), ['id', 'name']);
    assert.deepStrictEqual(names('key'), ['id', 'brand', 'boxName', 'boxSapNumber', 'keyForm']);
    assert.deepStrictEqual(names('brand'), []);
    const field = (entity: keyof typeof SCHEMAS, name: string) => SCHEMAS[entity].find((f) => f.name === name)!;
    assert.deepStrictEqual([field('event', 'latitude').type, field('event', 'latitude').nullable], ['double', true]);
    assert.deepStrictEqual(field('event', 'type').enum, ['CarOpened', 'CarClosed']);
    assert.deepStrictEqual([field('assignment', 'end').type, field('assignment', 'end').nullable], ['datetime', true]);
    assert.strictEqual(field('user', 'userData').type, 'object');
    assert.deepStrictEqual(
      field('user', 'userData').fields?.map((f) => [f.name, f.type, f.nullable]),
      [
        ['firstName', 'string', true],
        ['lastName', 'string', true],
      ],
    );
    assert.deepStrictEqual(
      field('key', 'keyForm').fields?.map((f) => f.name),
      ['id', 'name', 'imageUrl'],
    );
    assert.deepStrictEqual(checkQuery({ expand: 'keyForm' }, 'key'), [], "the vendor's pages send $expand=keyForm");
    const all = (list: readonly FieldSchema[]): FieldSchema[] => list.flatMap((f) => [f, ...all(f.fields ?? [])]);
    for (const list of Object.values(SCHEMAS)) {
      for (const f of all(list)) assert.ok(f.description.length > 5 && f.description.length < 80, f.name);
    }
  });

  it('reads a member path with its slash, and a slash between blanks as an error', () => {
    assert.deepStrictEqual(checkQuery({ filter: 'userData/firstName eq null' }, 'user'), []);
    assert.match(checkQuery({ filter: 'userData / firstName eq null' }, 'user')[0].message, /'\/' is not an OData operator/);
    assert.strictEqual(checkQuery({ filter: 'userData/ eq null' }, 'user')[0].severity, 'error');
  });

  it('type-checks doubles as numbers and nested objects as objects', () => {
    assert.deepStrictEqual(checkQuery({ filter: 'latitude gt 48.13 and longitude ne null' }, 'event'), []);
    assert.match(checkQuery({ filter: "latitude gt '48'" }, 'event')[0].message, /'latitude' is a decimal number/);
    assert.deepStrictEqual(checkQuery({ select: 'userData,id' }, 'user'), []);
    // A whole nested object cannot be compared with a string: the message names it as such, never 'undefined'.
    const whole = checkQuery({ filter: "userData eq 'x'" }, 'user');
    assert.match(whole[0].message, /'userData' is a nested object/);
    assert.doesNotMatch(whole[0].message, /undefined/);
    assert.match(checkQuery({ filter: "userData/nick eq 'x'" }, 'user')[0].message, /unknown field 'nick' on 'userData'/);
    assert.deepStrictEqual(checkQuery({ select: 'boxName', expand: 'keyForm($select=imageUrl)' }, 'key'), []);
  });

  it('filters, sorts and selects by member path without touching the rows', () => {
    const before = JSON.stringify(users);
    assert.deepStrictEqual(
      applyQuery(users, { filter: "userData/firstName ne null and contains(tolower(userData/lastName),'wei')" }, 'user'),
      [users[0]],
    );
    assert.deepStrictEqual(applyQuery(users, { orderby: 'userData/lastName', select: 'id' }, 'user'), [{ id: 3 }, { id: 2 }, { id: 1 }]);
    assert.deepStrictEqual(applyToOne(users[0], { select: 'userData/lastName,emailAddress' }, 'user'), {
      userData: { lastName: 'Weiß' },
      emailAddress: 'a@x.example',
    });
    const both = applyToOne(users[1], { select: 'userData,userData/firstName' }, 'user');
    assert.deepStrictEqual(both, { userData: users[1].userData });
    assert.notStrictEqual(both.userData, users[1].userData, 'a copy, not the row itself');
    assert.strictEqual(JSON.stringify(users), before, 'the source rows are unchanged');
  });
});
