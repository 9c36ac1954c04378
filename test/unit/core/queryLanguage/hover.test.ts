import * as assert from 'assert';
import { hover, hoverOptions } from '../../../../src/core/queryLanguage';
import { atCursor } from './cursor';
import { PEOPLE } from '../odata/nestedSchema';

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
    ['GET /services?$filter=ye|ar(terminationDate) eq 2025', 'year', ['year(date)', 'own time zone']],
    ['GET /services?$filter=id m|od 2 eq 0', 'mod', ['remainder', 'sign of the left side']],
    ['GET /services?$filter=id di|vby 2 eq 2.5', 'divby', ['decimal result']],
    ["GET /services?$filter=terminationDate add dur|ation'P30D' lt now()", "duration'P30D'", ['A duration']],
    ['GET /services?$filter=terminationDate lt n|ow()', 'now', ["server's current date-time"]],
    ["GET /services?$filter=matches|Pattern(name,'^G')", 'matchesPattern', ['ECMAScript']],
    ['GET /services?$filter=time(terminationDate) lt 08:|30', '08:30', ['A time of day']],
    ['GET /services?$filter=id eq 1 A|ND id eq 2', 'AND', ['both conditions', "4.0 servers need 'and'"]],
    ["GET /services?$filter=Con|tains(name,'x')", 'Contains', ['contains(text, search)', "4.0 servers need 'contains'"]],
    ["GET /services?$filter=cast(id,Edm.St|ring) eq '1'", 'Edm.String', ['type name for cast() and isof()']],
    ["GET /services?$filter=name eq @|n&@n='Golf'", '@n', ['parameter alias']],
    ["GET /services?$filter=name eq @n&@|n='Golf'", '@n', ['**@n**', 'parameter alias']],
    ["GET /services?$filter=$i|t/name eq 'x'", '$it', ['the record being tested']],
    ["GET /services?$filter=$it/na|me eq 'x'", 'name', ['**name**']],
    ['GET /services?$filter=id eq 1e|5', '1e5', ['INF']],
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
    ['GET /products?$expa|nd=car', '$expand', ['**$expand**', 'nested object']],
    ['GET /products?$sear|ch=car', '$search', ['not a query option', '$filter, $orderby']],
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

  it('paths into nested objects and $expand items', () => {
    const h = (marked: string) => {
      const { text, offset } = atCursor(marked);
      const got = hoverOptions(text, offset, PEOPLE, 'input');
      return got && { word: text.slice(got.start, got.end), markdown: got.markdown };
    };
    assert.match(h("userData/first|Name eq 'Ann'")!.markdown, /\*\*userData\/firstName\*\*/);
    assert.match(h("userData/firstNme| eq 'Ann'")!.markdown, /not a field of 'userData' — did you mean 'firstName'\?/);
    assert.match(h('$select=id,userData/last|Name')!.markdown, /\*\*userData\/lastName\*\*/);
    assert.match(h('$expand=key|Form($select=imageUrl)')!.markdown, /\*\*keyForm\*\*/);
    assert.match(h('$expand=keyForm($select=image|Url)')!.markdown, /\*\*keyForm\/imageUrl\*\*/);
  });

  it('the palette input shares it, bare filters included', () => {
    const { text, offset } = atCursor("type eq 'flinkey IQ' and dongle|TerminationTimeStamp eq null&$top=5");
    const h = hoverOptions(text, offset, 'product', 'input')!;
    assert.strictEqual(text.slice(h.start, h.end), 'dongleTerminationTimeStamp');
    assert.strictEqual(hoverOptions(text, offset, 'product', 'url'), undefined);
  });
});
