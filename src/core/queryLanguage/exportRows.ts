// Export of query results as CSV (RFC 4180).

/** Spreadsheets evaluate a cell starting with one of these as a formula; names and causes are typed by people. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Excel reads a CSV file as UTF-8 only when it starts with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * One CSV field: quoted when it holds a comma, quote or line break; quotes inside are doubled. Text that a
 * spreadsheet would run as a formula gets a leading ' and quotes, as OWASP recommends (numbers are left alone).
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof value === 'string' && FORMULA_START.test(value)) {
    return `"'${value.replace(/"/g, '""')}"`;
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Header = every key of every row, in the order first seen (rows from $select or different entities differ).
 * Lines end with CRLF as RFC 4180 says; non-ASCII text is kept as is, after a UTF-8 byte-order mark.
 */
export function toCsv(rows: readonly Record<string, unknown>[]): string {
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
    }
  }
  if (columns.length === 0) {
    return '';
  }
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) {
    lines.push(columns.map((c) => csvField(row[c])).join(','));
  }
  return UTF8_BOM + lines.join('\r\n') + '\r\n';
}
