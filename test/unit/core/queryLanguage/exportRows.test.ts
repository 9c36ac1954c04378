import * as assert from 'assert';
import { toCsv } from '../../../../src/core/queryLanguage';

/** A small independent RFC 4180 reader, to check that what toCsv writes reads back to the same cells. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  assert.strictEqual(cell + row.join(''), '', 'ends with CRLF');
  return rows;
}

describe('CSV and JSON export', () => {
  it('quotes commas, quotes and line breaks; keeps non-ASCII; null is empty', () => {
    const rows = [
      { id: 1, name: 'plain', terminationCause: null },
      { id: 2, name: 'a,b', terminationCause: 'said "no"' },
      { id: 3, name: 'line\nbreak', terminationCause: 'cr\r\nlf' },
      { id: 4, name: '東京 Leasing 7 – Größe', terminationCause: ' spaced ' },
    ];
    const csv = toCsv(rows);
    assert.strictEqual(
      csv,
      'id,name,terminationCause\r\n1,plain,\r\n2,"a,b","said ""no"""\r\n3,"line\nbreak","cr\r\nlf"\r\n4,東京 Leasing 7 – Größe, spaced \r\n',
    );
    assert.deepStrictEqual(readCsv(csv), [
      ['id', 'name', 'terminationCause'],
      ['1', 'plain', ''],
      ['2', 'a,b', 'said "no"'],
      ['3', 'line\nbreak', 'cr\r\nlf'],
      ['4', '東京 Leasing 7 – Größe', ' spaced '],
    ]);
  });

  it('the header is the union of keys in first-seen order (partial rows from $select)', () => {
    const csv = toCsv([{ id: 1 }, { serialNumber: 'SN', id: 2 }, { type: 'flinkey IQ', isTerminated: false }]);
    assert.deepStrictEqual(readCsv(csv), [
      ['id', 'serialNumber', 'type', 'isTerminated'],
      ['1', '', '', ''],
      ['2', 'SN', '', ''],
      ['', '', 'flinkey IQ', 'false'],
    ]);
  });

  it('odd values: nested objects as JSON, quotes in header names, no rows', () => {
    assert.strictEqual(toCsv([{ 'a"b': { x: [1, 'y'] } }]), '"a""b"\r\n"{""x"":[1,""y""]}"\r\n');
    assert.strictEqual(toCsv([]), '');
    assert.strictEqual(toCsv([{}]), '');
  });
});
