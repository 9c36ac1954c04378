// A text value without quotes is reported as such (not as a missing 'and'), with the quoted value as its fix,
// in the checker, the palette box and query files alike.
import * as assert from 'assert';
import { checkQuery, type Entity } from '../../../../src/core/odata';
import { diagnose, inputFeedback } from '../../../../src/core/queryLanguage';

const problemsOf = (filter: string, entity: Entity = 'product') =>
  checkQuery({ filter }, entity).map((p) => [filter.slice(p.offset, p.offset + p.length), p.message, p.replacement]);

describe('odata: text values without quotes', () => {
  it('says a string value needs quotes and offers it quoted', () => {
    assert.deepStrictEqual(problemsOf('serialNumber eq IQ-4E00010001'), [
      ['IQ-4E00010001', "'serialNumber' is text, so its value needs single quotes: write 'IQ-4E00010001'", "'IQ-4E00010001'"],
    ]);
    assert.deepStrictEqual(problemsOf("type eq 'flinkey IQ' and serialNumber ne IQ-4E00010001 and id gt 5")[0].slice(0, 1), [
      'IQ-4E00010001',
    ]);
    // Several words that are no operator are one value; a nested text field counts too.
    assert.deepStrictEqual(problemsOf('type eq flinkey IQ')[0][2], "'flinkey IQ'");
    assert.deepStrictEqual(problemsOf('licensePlate eq M-AB 123 or id eq 1', 'car')[0][2], "'M-AB 123'");
    assert.deepStrictEqual(problemsOf('userData/lastName eq Weiß', 'user')[0][2], "'Weiß'");
    // In a list after in, each bare item.
    assert.deepStrictEqual(
      problemsOf("serialNumber in (IQ-1, 'IQ-2',IQ-3 )").map((p) => [p[0], p[2]]),
      [
        ['IQ-1', "'IQ-1'"],
        ['IQ-3', "'IQ-3'"],
      ],
    );
    assert.deepStrictEqual(problemsOf('id in (1, 2)'), []);
    // Offsets stay right after a string with characters outside the BMP.
    assert.deepStrictEqual(problemsOf("name eq '🚗 Pool' or name eq Golf-7", 'service')[0].slice(0, 1), ['Golf-7']);
    for (const [filter] of [['serialNumber eq IQ-4E00010001'], ['type eq flinkey IQ']]) {
      const [p] = checkQuery({ filter }, 'product');
      const fixed = filter.slice(0, p.offset) + p.replacement! + filter.slice(p.offset + p.length);
      assert.deepStrictEqual(checkQuery({ filter: fixed }, 'product'), [], fixed);
    }
  });

  it('leaves values that need no quotes to the checker', () => {
    for (const [filter, entity] of [
      ["serialNumber eq 'IQ-4E00010001'", 'product'],
      ["serialNumber eq 'a eq b-c'", 'product'],
      ['name eq brand', 'car'],
      ['serialNumber eq null', 'product'],
      ['serialNumber eq tolower(serialNumber)', 'product'],
      ['serialNumber eq @s', 'product'],
      ['id eq 5 and dongleTerminationTimeStamp lt 2026-01-01T00:00:00Z', 'product'],
    ] as [string, Entity][]) {
      const found = checkQuery({ filter, aliases: filter.includes('@s') ? { s: "'x'" } : undefined }, entity);
      assert.ok(!found.some((p) => /needs single quotes/.test(p.message)), `${filter}: ${JSON.stringify(found)}`);
    }
    // Not a text field: the checker's own words.
    assert.match(checkQuery({ filter: 'id eq abc' }, 'product')[0].message, /unknown field 'abc' on products/);
    assert.match(checkQuery({ filter: 'serialNumber gt 5' }, 'product')[0].message, /'serialNumber' is a string, 5 is a whole number/);
  });

  it('the palette box says the same, with the fix on its light bulb', () => {
    const f = inputFeedback('serialNumber eq IQ-4E00010001&$top=5', 'product');
    assert.strictEqual(f.message, "column 17: 'serialNumber' is text, so its value needs single quotes: write 'IQ-4E00010001'");
    assert.strictEqual(f.severity, 'error');
    assert.deepStrictEqual(f.fix, { title: "Write 'IQ-4E00010001'", offset: 16, length: 13, newText: "'IQ-4E00010001'" });
  });

  it('a query file gets it as an error with a quick fix, percent-escapes and all', () => {
    const line = 'GET /products?$filter=serialNumber%20eq%20IQ-4E00010001&$top=5';
    const [d] = diagnose(line);
    assert.strictEqual(line.slice(d.offset, d.offset + d.length), 'IQ-4E00010001');
    assert.strictEqual(d.severity, 'error');
    assert.ok(d.fix);
    const fixed = line.slice(0, d.fix.offset) + d.fix.newText + line.slice(d.fix.offset + d.fix.length);
    assert.strictEqual(fixed, "GET /products?$filter=serialNumber%20eq%20'IQ-4E00010001'&$top=5");
    assert.deepStrictEqual(diagnose(fixed), []);
  });
});
