import * as assert from 'assert';
import { completeOptions } from '../../../../src/core/queryLanguage';
import { atCursor, NOW } from './cursor';
import { PEOPLE } from '../odata/nestedSchema';

const OPTIONS = ['$filter', '$orderby', '$select', '$top', '$skip'];

function labels(marked: string, entity: 'product' | 'service', mode: 'input' | 'url' = 'input'): string[] {
  const { text, offset } = atCursor(marked);
  return completeOptions(text, offset, entity, { mode, now: NOW }).map((e) => e.label);
}

describe('palette input completion (shared with query files)', () => {
  it('an empty box offers the options and the start of a bare filter', () => {
    const got = labels('|', 'product');
    for (const want of [...OPTIONS, 'type', 'serialNumber', 'contains', 'not']) assert.ok(got.includes(want), want);
  });

  it('in URL mode the first segment is an option, never a bare filter', () => {
    assert.deepStrictEqual(labels('|', 'product', 'url'), OPTIONS);
    assert.deepStrictEqual(labels('$|', 'product', 'input'), OPTIONS);
  });

  const table: [string, 'product' | 'service', string[]][] = [
    ['type |', 'product', ['eq', 'ne', 'in']],
    ['type eq |', 'product', ["'flinkey Box'", "'flinkey IQ'"]],
    ["type eq 'flinkey IQ' |", 'product', ['and', 'or']],
    ["type eq 'flinkey IQ' and dongleTerminationTimeStamp eq |", 'product', ['2026-03-15T00:00:00Z', 'now()', 'null']],
    ["type eq 'flinkey IQ'&|", 'product', ['$orderby', '$select', '$top', '$skip']],
    ["type eq 'flinkey IQ' &$orderby=|", 'product', ['id', 'uniqueId', 'serialNumber', 'sapNumber', 'dongleTerminationTimeStamp', 'type']],
    ['$filter=isTerminated eq |', 'service', ['true', 'false']],
    ['$filter=isTerminated eq false &$orderby=name |', 'service', ['asc', 'desc']],
    ['?$filter=name eq |', 'service', ["'…'"]],
    ['?|', 'service', OPTIONS],
    ['filter=isTerminated eq |', 'service', ['true', 'false']],
    ['$top=5&$select=|', 'service', ['id', 'name', 'productId', 'isTerminated', 'terminationDate', 'terminationCause', '*']],
    ["$filter=name eq 'a&b' and isTerminated eq |", 'service', ['true', 'false']],
    ['$filter=isTerminated && productId eq |', 'service', []],
    ['$top=5 $|', 'service', []],
  ];
  for (const [marked, entity, want] of table) {
    it(`${entity}: ${JSON.stringify(marked)}`, () => {
      assert.deepStrictEqual(labels(marked, entity).sort(), [...want].sort());
    });
  }

  it('ranges point into the input', () => {
    const { text, offset } = atCursor("type eq 'flinkey IQ' and ser|");
    const item = completeOptions(text, offset, 'product', { mode: 'input', now: NOW }).find((e) => e.label === 'serialNumber')!;
    assert.deepStrictEqual([item.start, item.end], [25, 28]);
  });

  it('without an entity only option names come', () => {
    assert.deepStrictEqual(completeOptions('$filter=', 8, undefined, { mode: 'input' }), []);
    assert.deepStrictEqual(
      completeOptions('$top=1&', 7, undefined, { mode: 'input' }).map((e) => e.label),
      ['$filter', '$orderby', '$select', '$expand', '$skip'],
    );
  });

  it('nested objects: paths in $filter, $select and $orderby, and $expand with its own $select', () => {
    const at = (marked: string) => {
      const { text, offset } = atCursor(marked);
      return completeOptions(text, offset, PEOPLE, { mode: 'input', now: NOW });
    };
    const names = (marked: string) =>
      at(marked)
        .map((e) => e.label)
        .sort();
    assert.deepStrictEqual(names('userData/|'), ['firstName', 'lastName']);
    assert.deepStrictEqual(names("userData/fi| eq 'x'"), ['firstName', 'lastName']);
    assert.deepStrictEqual(names('$select=id,userData/|'), ['firstName', 'lastName']);
    assert.deepStrictEqual(names('$orderby=userData/|'), ['firstName', 'lastName']);
    assert.deepStrictEqual(names('$expand=|'), ['keyForm', 'userData']);
    assert.deepStrictEqual(names('$expand=keyForm($select=|'), ['*', 'id', 'imageUrl', 'name']);
    assert.deepStrictEqual(names('$expand=keyForm($select=name,|'), ['id', 'imageUrl']);
    assert.ok(names('|').includes('$expand'));
    const userData = at('|').find((e) => e.label === 'userData')!;
    assert.deepStrictEqual([userData.insertText, userData.retrigger], ['userData/', true]);
    assert.match(at('userData/|').find((e) => e.label === 'firstName')!.documentation, /userData\/firstName/);
  });

  it('$expand is offered only where records have nested objects', () => {
    assert.ok(!labels('|', 'product').includes('$expand'));
  });
});
