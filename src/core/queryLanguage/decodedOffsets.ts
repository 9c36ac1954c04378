// parseQueryText decodes pasted URL text (type%20eq%201) before parsing, so problems point into the decoded text.
// This maps those positions back to the text as written, so an underline lands on the right characters.

const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c);

function hasEscape(value: string): boolean {
  for (let i = 0; i + 2 < value.length; i++) {
    if (value[i] === '%' && isHex(value[i + 1]) && isHex(value[i + 2])) {
      return true;
    }
  }
  return false;
}

/** Bytes in a UTF-8 sequence starting with `lead`. */
function sequenceLength(lead: number): number {
  return lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
}

/**
 * For each offset in the decoded value (0 … decoded.length), the offset in `raw`. undefined when the value is
 * used as written — the same rule as parseQueryText: no blank, at least one %XX, and decodable.
 */
export function decodedToRawOffsets(raw: string): number[] | undefined {
  if (raw.includes(' ') || !hasEscape(raw)) {
    return undefined;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  const map: number[] = [];
  let i = 0;
  while (i < raw.length) {
    if (raw[i] === '%' && isHex(raw[i + 1]) && isHex(raw[i + 2])) {
      const width = 3 * sequenceLength(parseInt(raw.slice(i + 1, i + 3), 16));
      const piece = decodeURIComponent(raw.slice(i, i + width));
      for (let k = 0; k < piece.length; k++) {
        map.push(i);
      }
      i += width;
    } else {
      map.push(i);
      i++;
    }
  }
  map.push(raw.length);
  return map.length === decoded.length + 1 ? map : undefined;
}

/** Maps a decoded [offset, offset+length) to the raw text; identity when `map` is undefined. */
export function toRawSpan(map: number[] | undefined, offset: number, length: number): { offset: number; length: number } {
  if (!map) {
    return { offset, length };
  }
  const at = (o: number) => map[Math.max(0, Math.min(o, map.length - 1))];
  const start = at(offset);
  return { offset: start, length: at(offset + length) - start };
}
