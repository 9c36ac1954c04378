import * as assert from 'assert';
import { completeOptions } from '../../../../src/core/queryLanguage';
import { atCursor, NOW } from './cursor';

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
    ["type eq 'flinkey IQ' and dongleTerminationTimeStamp eq |", 'product', ['2026-03-15T00:00:00Z', 'null']],
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
      ['$filter', '$orderby', '$select', '$skip'],
    );
  });
});
