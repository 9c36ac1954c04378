// Paths into nested objects in $filter, $orderby and $select; $expand of a nested object with its own $select.
import * as assert from 'assert';
import { applyQuery, applyToOne, checkQuery, type QueryOptions } from '../../../../src/core/odata';
import { PEOPLE as PEOPLE_FLAT, PEOPLE_NESTED, PEOPLE_ROWS, type Person } from './nestedSchema';

const ids = (rows: Partial<Person>[]) => rows.map((r) => r.id);

for (const [style, PEOPLE] of [
  ['fields listed by path', PEOPLE_FLAT],
  ['fields inside the object', PEOPLE_NESTED],
] as const) {
  describe(`odata: nested objects (${style})`, () => {
    it('filters by a path; a null object makes its fields null', () => {
      assert.deepStrictEqual(ids(applyQuery(PEOPLE_ROWS, { filter: "userData/firstName eq 'Ann'" }, PEOPLE)), [1, 5]);
      assert.deepStrictEqual(ids(applyQuery(PEOPLE_ROWS, { filter: 'userData/lastName eq null' }, PEOPLE)), [2, 3]);
      assert.deepStrictEqual(ids(applyQuery(PEOPLE_ROWS, { filter: 'userData eq null' }, PEOPLE)), [3]);
      assert.deepStrictEqual(ids(applyQuery(PEOPLE_ROWS, { filter: "startswith($it/userData/lastName,'D')" }, PEOPLE)), [4]);
      assert.deepStrictEqual(ids(applyQuery(PEOPLE_ROWS, { filter: "keyForm/name eq 'Round' and score gt 0" }, PEOPLE)), [5]);
      assert.deepStrictEqual(ids(applyQuery(PEOPLE_ROWS, { filter: 'round(score) eq 3' }, PEOPLE)), [1]);
    });

    it('sorts by a path, nulls first', () => {
      assert.deepStrictEqual(ids(applyQuery(PEOPLE_ROWS, { orderby: 'userData/lastName,id desc' }, PEOPLE)), [3, 2, 5, 4, 1]);
    });

    it('$select takes paths and keeps the nesting', () => {
      assert.deepStrictEqual(applyQuery(PEOPLE_ROWS, { select: 'id,userData/firstName', top: 3 }, PEOPLE), [
        { id: 1, userData: { firstName: 'Ann' } },
        { id: 2, userData: { firstName: 'Bo' } },
        { id: 3, userData: null },
      ]);
    });

    it("$expand of a nested object with its own $select, as the vendor's web components send it", () => {
      const options: QueryOptions = { select: 'id, emailAddress', expand: 'keyForm($select=imageUrl)', top: 2 };
      assert.deepStrictEqual(checkQuery(options, PEOPLE), []);
      assert.deepStrictEqual(applyQuery(PEOPLE_ROWS, options, PEOPLE), [
        { id: 1, emailAddress: 'ann@example.com', keyForm: { imageUrl: 'https://img.example/10.png' } },
        { id: 2, emailAddress: 'bo@example.com', keyForm: { imageUrl: 'https://img.example/11.png' } },
      ]);
      // Without $select every field stays, the expanded one shaped by its own $select.
      const one = applyToOne(PEOPLE_ROWS[0], { expand: 'keyForm($select=name,id)' }, PEOPLE);
      assert.deepStrictEqual(one.keyForm, { name: 'Flat', id: 10 });
      assert.strictEqual(one.emailAddress, 'ann@example.com');
    });

    it('problems with paths and $expand point at the segment', () => {
      const p = (options: QueryOptions) => checkQuery(options, PEOPLE).map((x) => [x.option, x.offset, x.length, x.severity, x.message]);
      assert.deepStrictEqual(p({ filter: "userData/firstNme eq 'x'" })[0].slice(0, 4), ['filter', 9, 8, 'error']);
      assert.match(
        String(p({ filter: "userData/firstNme eq 'x'" })[0][4]),
        /unknown field 'firstNme' on 'userData' — did you mean 'firstName'\?/,
      );
      assert.match(String(p({ filter: "id/x eq 'x'" })[0][4]), /'id' is a whole number; it has no field 'x'/);
      assert.match(String(p({ filter: 'userData gt 1' })[0][4]), /'userData' is a nested object/);
      assert.match(String(p({ select: 'id,userData/nick' })[0][4]), /unknown field 'nick' on 'userData'/);
      assert.deepStrictEqual(p({ expand: 'keyForm($select=imageUrl,nope)' })[0].slice(0, 4), ['expand', 25, 4, 'error']);
      assert.deepStrictEqual(p({ expand: 'userData' }), []);
      assert.deepStrictEqual(p({ expand: 'id' })[0].slice(0, 4), ['expand', 0, 2, 'error']);
      assert.match(String(p({ expand: 'keyForm($top=1)' })[0][4]), /only \$select and \$expand can follow it/);
      assert.match(String(p({ orderby: 'keyForm' })[0][4]), /cannot sort by a nested object/);
    });
  });
}
