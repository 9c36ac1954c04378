import * as assert from 'assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toCsv } from '../../../../src/core/queryLanguage';

const BOM = '\uFEFF';

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
      BOM +
        'id,name,terminationCause\r\n1,plain,\r\n2,"a,b","said ""no"""\r\n3,"line\nbreak","cr\r\nlf"\r\n4,東京 Leasing 7 – Größe, spaced \r\n',
    );
    assert.deepStrictEqual(readCsv(csv.slice(1)), [
      ['id', 'name', 'terminationCause'],
      ['1', 'plain', ''],
      ['2', 'a,b', 'said "no"'],
      ['3', 'line\nbreak', 'cr\r\nlf'],
      ['4', '東京 Leasing 7 – Größe', ' spaced '],
    ]);
  });

  it('the header is the union of keys in first-seen order (partial rows from $select)', () => {
    const csv = toCsv([{ id: 1 }, { serialNumber: 'SN', id: 2 }, { type: 'flinkey IQ', isTerminated: false }]);
    assert.deepStrictEqual(readCsv(csv.slice(1)), [
      ['id', 'serialNumber', 'type', 'isTerminated'],
      ['1', '', '', ''],
      ['2', 'SN', '', ''],
      ['', '', 'flinkey IQ', 'false'],
    ]);
  });

  it('odd values: nested objects as JSON, quotes in header names, no rows', () => {
    assert.strictEqual(toCsv([{ 'a"b': { x: [1, 'y'] } }]), `${BOM}"a""b"\r\n"{""x"":[1,""y""]}"\r\n`);
    assert.strictEqual(toCsv([]), '');
    assert.strictEqual(toCsv([{}]), '');
  });

  it('a file Excel and LibreOffice open safely: byte-order mark, no live formulas, cell by cell', () => {
    const rows = [
      { id: 1, name: '=HYPERLINK("http://evil.example","Zürich")', terminationCause: '+1+1' },
      { id: 2, name: '-2+3', terminationCause: '@SUM(A1:A2)' },
      { id: 3, name: '\tTab first', terminationCause: '\rreturn first' },
      { id: -4, name: '東京 Leasing', terminationCause: 'a=b stays' },
      { id: 5, name: "'quoted already", terminationCause: null },
    ];
    const dir = mkdtempSync(join(tmpdir(), 'flinkey-csv-'));
    try {
      const file = join(dir, 'services.csv');
      writeFileSync(file, Buffer.from(toCsv(rows), 'utf8'));
      const bytes = readFileSync(file);
      assert.deepStrictEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
      const cells = readCsv(bytes.subarray(3).toString('utf8'));
      assert.deepStrictEqual(cells, [
        ['id', 'name', 'terminationCause'],
        ['1', '\'=HYPERLINK("http://evil.example","Zürich")', "'+1+1"],
        ['2', "'-2+3", "'@SUM(A1:A2)"],
        ['3', "'\tTab first", "'\rreturn first"],
        ['-4', '東京 Leasing', 'a=b stays'],
        ['5', "'quoted already", ''],
      ]);
      for (const row of cells.slice(1)) {
        for (const cell of row) assert.ok(!/^[=+\-@\t\r]/.test(cell) || cell === '-4', `a live formula: ${JSON.stringify(cell)}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
