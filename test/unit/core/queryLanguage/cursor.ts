// Test helper: "GET /products?$filter=ty|" → the text without '|' and the cursor offset.
export function atCursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  if (offset < 0 || marked.indexOf('|', offset + 1) >= 0) {
    throw new Error(`mark exactly one cursor with '|': ${marked}`);
  }
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

export const NOW = new Date('2026-03-15T12:34:56Z');
