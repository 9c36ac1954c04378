import * as assert from 'assert';
import { blockAtLine, LineIndex, parseQueryFile } from '../../../../src/core/queryLanguage';

describe('query file blocks', () => {
  const text = [
    '# Active IQs', // 0
    "GET /products?$filter=type eq 'flinkey IQ' and dongleTerminationTimeStamp eq null&$top=20", // 1
    '', // 2
    '### services', // 3
    'GET /services', // 4
    '  ?$filter=isTerminated eq false', // 5
    '// comment inside', // 6
    '  &$orderby=name desc', // 7
    '###', // 8
    'GET /products/42/cars?$select=vin', // 9
    '/services/7', // 10
    '', // 11
  ].join('\n');
  const file = parseQueryFile(text);

  it('splits at blank lines and ### and skips comments', () => {
    assert.deepStrictEqual(
      file.blocks.map((b) => [b.startLine, b.endLine, b.method?.text, b.path.text, b.match?.route.kind, b.match?.id]),
      [
        [1, 1, 'GET', '/products', 'products', undefined],
        [4, 7, 'GET', '/services', 'services', undefined],
        [9, 10, 'GET', '/products/42/cars', 'productCar', 42],
      ],
    );
  });

  it('reads the options, continuation lines included', () => {
    assert.deepStrictEqual(file.blocks[0].options, { filter: "type eq 'flinkey IQ' and dongleTerminationTimeStamp eq null", top: 20 });
    assert.strictEqual(file.blocks[1].query, '  ?$filter=isTerminated eq false\n  &$orderby=name desc');
    assert.deepStrictEqual(file.blocks[1].options, { filter: 'isTerminated eq false', orderby: 'name desc' });
  });

  it('a line after a request without a blank line continues it (so the third block reports a problem)', () => {
    assert.ok(
      file.blocks[2].problems.some((p) => p.message.includes('expected')),
      JSON.stringify(file.blocks[2].problems),
    );
  });

  it('maps query offsets to file offsets and back', () => {
    const b = file.blocks[1];
    const lines = new LineIndex(text);
    const orderby = b.query.indexOf('$orderby');
    const doc = b.toDocOffset(orderby);
    assert.deepStrictEqual(lines.positionAt(doc), { line: 7, character: 3 });
    assert.strictEqual(b.toQueryOffset(doc), orderby);
    assert.strictEqual(b.toQueryOffset(lines.offsetAt({ line: 4, character: 6 })), undefined, 'the path is not part of the query');
    assert.strictEqual(b.toQueryOffset(lines.offsetAt({ line: 6, character: 3 })), undefined, 'comments are not either');
  });

  it('finds the block of a line', () => {
    assert.strictEqual(blockAtLine(file, 6)?.startLine, 4);
    assert.strictEqual(blockAtLine(file, 2), undefined);
    assert.strictEqual(blockAtLine(file, 0), undefined);
  });

  it('handles CRLF, CR, tabs, no method and an empty file', () => {
    const crlf = parseQueryFile('\tGET\t/products?$top=1\r\n\r\n/services?$skip=2\r');
    assert.deepStrictEqual(
      crlf.blocks.map((b) => [b.startLine, b.path.text, b.options]),
      [
        [0, '/products', { top: 1 }],
        [2, '/services', { skip: 2 }],
      ],
    );
    assert.deepStrictEqual(parseQueryFile('').blocks, []);
    assert.deepStrictEqual(parseQueryFile('\n\n# only\n###\n').blocks, []);
  });

  it('LineIndex counts UTF-16 units and every line break kind', () => {
    const idx = new LineIndex('a\r\nbö😀\rc\nd');
    assert.deepStrictEqual(
      [0, 3, 4, 7, 8, 9, 10, 11].map((o) => idx.positionAt(o)),
      [
        { line: 0, character: 0 },
        { line: 1, character: 0 },
        { line: 1, character: 1 },
        { line: 1, character: 4 },
        { line: 2, character: 0 },
        { line: 2, character: 1 },
        { line: 3, character: 0 },
        { line: 3, character: 1 },
      ],
    );
    assert.deepStrictEqual(
      [0, 1, 2, 3].map((l) => idx.lineText(l)),
      ['a', 'bö😀', 'c', 'd'],
    );
    assert.strictEqual(idx.offsetAt({ line: 1, character: 99 }), 7);
  });
});
