import * as assert from 'assert';
import { hover, hoverOptions } from '../../../../src/core/queryLanguage';
import { atCursor } from './cursor';

function at(marked: string): { markdown: string; word: string } | undefined {
  const { text, offset } = atCursor(marked);
  const h = hover(text, offset);
  return h && { markdown: h.markdown, word: text.slice(h.start, h.end) };
}

describe('query file hover', () => {
  // [text with the mouse at '|', hovered word, markdown fragments]
  const table: [string, string, string[]][] = [
    ["GET /products?$filter=ty|pe eq 'flinkey IQ'", 'type', ['**type**', 'string', "'flinkey Box'", "'flinkey IQ'", 'Kind of device']],
    [
      'GET /products?$filter=|dongleTerminationTimeStamp eq null',
      'dongleTerminationTimeStamp',
      ['date-time or null', 'When the dongle was terminated', '2026-01-01T00:00:00Z'],
    ],
    ['GET /services?$filter=isTerminated| eq false', 'isTerminated', ['true/false', 'services']],
    ['GET /services?$filter=isTerminated e|q false', 'eq', ['equal to']],
    ['GET /services?$filter=isTerminated eq false a|nd id gt 5', 'and', ['both conditions']],
    ["GET /services?$filter=not (name eq 'x') o|r id gt 5", 'or', ['at least one']],
    ["GET /products?$filter=type i|n ('flinkey IQ')", 'in', ['one of the listed']],
    ["GET /services?$filter=starts|with(name,'Go')", 'startswith', ['startswith(text, prefix)', 'starts with']],
    ['GET /services?$filter=year(terminationDate) eq 2025', '', []],
    ['GET /services?$filter=ye|ar(terminationDate) eq 2025', 'year', ['year(dateTime)']],
    ['GET /services?$filter=year(termination|Date) eq 2025', 'terminationDate', ['**terminationDate**']],
    ['GET /products?$filter=serialNumbr| eq 1', 'serialNumbr', ["not a field of products — did you mean 'serialNumber'?"]],
    [
      'GET /products?$filter=dongleTerminationTimeStamp lt 2026-01-01T08:00:00+02:|00',
      '2026-01-01T08:00:00+02:00',
      ['2026-01-01T06:00:00Z UTC'],
    ],
    ['GET /products?$filter=dongleTerminationTimeStamp eq nu|ll', 'null', ['no value']],
    ['GET /products?$fil|ter=id eq 1', '$filter', ['**$filter**', 'Keeps the rows']],
    ['GET /products?$filter=id eq 1&$to|p=5', '$top', ['at most this many']],
    ['GET /products?$expa|nd=car', '$expand', ['not a query option', '$filter, $orderby']],
    ['GET /products?$orderby=serial|Number desc', 'serialNumber', ['**serialNumber**']],
    ['GET /products?$orderby=serialNumber de|sc', 'desc', ['largest first']],
    ['GET /products?$select=id,sap|Number', 'sapNumber', ['SAP number']],
    ['GET /products/42/cars?$select=v|in', 'vin', ['Vehicle identification number', 'cars']],
    ['GET /pro|ducts?$top=1', '/products', ['**GET /products**', 'a list of products', 'serialNumber']],
    ['GET /products/42/ca|rs', '/products/42/cars', ['**GET /products/{id}/cars**', 'one car', 'licensePlate', '$select']],
    ['G|ET /products', 'GET', ['reads data']],
    ['GET /services\n  ?$filter=is|Terminated eq true', 'isTerminated', ['**isTerminated**']],
  ];
  for (const [marked, word, fragments] of table) {
    it(JSON.stringify(marked), () => {
      const h = marked.includes('|') ? at(marked) : hover(marked, 0) && undefined;
      if (fragments.length === 0) {
        assert.strictEqual(h, undefined);
        return;
      }
      assert.ok(h, 'a hover');
      assert.strictEqual(h.word, word);
      for (const f of fragments) assert.ok(h.markdown.includes(f), `${JSON.stringify(f)} in ${h.markdown}`);
    });
  }

  it('nothing over blanks, comments, numbers, strings, unknown paths and $top values', () => {
    for (const marked of [
      'GET /products?$filter=id | eq 1',
      '# GET /pro|ducts',
      'GET /products?$filter=id eq 1|2',
      "GET /products?$filter=type eq 'flin|key IQ'",
      'GET /nowh|ere',
      'GET /products?$top=1|0',
      '|',
      'GET /nowhere?$filter=i|d eq 1',
    ]) {
      assert.strictEqual(at(marked), undefined, marked);
    }
  });

  it('the palette input shares it, bare filters included', () => {
    const { text, offset } = atCursor("type eq 'flinkey IQ' and dongle|TerminationTimeStamp eq null&$top=5");
    const h = hoverOptions(text, offset, 'product', 'input')!;
    assert.strictEqual(text.slice(h.start, h.end), 'dongleTerminationTimeStamp');
    assert.strictEqual(hoverOptions(text, offset, 'product', 'url'), undefined);
  });
});
