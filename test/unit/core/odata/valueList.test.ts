import * as assert from 'assert';
import { parseFilter, type FieldNode, type InNode, type ListNode, type LiteralNode } from '../../../../src/core/odata';
import { inFilterOf, jsonArrayOf, linesOf, listText } from '../../../../src/core/odata/valueList';

const HOSTILE = ["O'Neil", "''", 'a,b', 'line\nbreak', 'cr\r\nlf', 'Zoë 🚗', 'tab\there', '"quoted"', ')', 'x) or (1 eq 1'];

/** The values of the list in `field in (…)`, read back by the project's own OData parser. */
function parsedList(filter: string): { field: string; values: unknown[] } {
  const node = parseFilter(filter) as InNode;
  assert.strictEqual(node.kind, 'in', filter);
  const left = node.left as FieldNode;
  const list = node.right as ListNode;
  return {
    field: left.name,
    values: list.items.map((item) => (item as LiteralNode).value),
  };
}

describe('value lists: lines, JSON array, OData filter', () => {
  it('one value a line, ids as plain numbers', () => {
    assert.strictEqual(linesOf([1, 22, 333]), '1\n22\n333');
    assert.strictEqual(linesOf(['A', 'B']), 'A\nB');
    assert.strictEqual(linesOf([]), '');
  });

  it('a value holding a line break stays on one line, as a JSON string', () => {
    const text = linesOf(['plain', 'line\nbreak', 'cr\r\nlf', 'ls\u2028x']);
    assert.deepStrictEqual(text.split('\n'), ['plain', '"line\\nbreak"', '"cr\\r\\nlf"', '"ls\u2028x"']);
  });

  it('a JSON array keeps ids as numbers and quotes strings', () => {
    assert.strictEqual(jsonArrayOf([1, 2, 3]), '[1,2,3]');
    assert.strictEqual(jsonArrayOf(['WVW1', "O'Neil"]), '["WVW1","O\'Neil"]');
    assert.deepStrictEqual(JSON.parse(jsonArrayOf(HOSTILE)), HOSTILE);
  });

  it('ids become `id in (1,2,3)`, each once', () => {
    assert.strictEqual(inFilterOf('id', [1, 2, 3, 2]), 'id in (1,2,3)');
    assert.deepStrictEqual(parsedList('id in (1,2,3)'), { field: 'id', values: [1, 2, 3] });
  });

  it('strings are OData literals: quotes doubled, nothing breaks out of the list', () => {
    assert.strictEqual(inFilterOf('serialNumber', ['A', "O'Neil"]), "serialNumber in ('A','O''Neil')");
    const filter = inFilterOf('serialNumber', HOSTILE);
    assert.deepStrictEqual(parsedList(filter), { field: 'serialNumber', values: HOSTILE });
  });

  it('refuses what would not be a filter: no values, a field that is no name, numbers that are no ids', () => {
    assert.throws(() => inFilterOf('id', []), /at least one value/);
    assert.throws(() => inFilterOf('id eq 1 or id', [1]), /not a field name/);
    assert.throws(() => inFilterOf('id', [Number.NaN]), /NaN is not a number/);
    assert.throws(() => jsonArrayOf([Number.POSITIVE_INFINITY]), /Infinity/);
  });

  it('listText picks the form', () => {
    assert.strictEqual(listText('lines', 'vin', ['A', 'B']), 'A\nB');
    assert.strictEqual(listText('json', 'vin', ['A', 'B']), '["A","B"]');
    assert.strictEqual(listText('filter', 'vin', ['A', 'B']), "vin in ('A','B')");
  });
});
