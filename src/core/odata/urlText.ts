// The one rule for '%': text that is a URL (a request line in a query file, a pasted URL) has its
// percent-escapes decoded exactly once; text a person types as OData keeps every '%' as a '%'. Never both,
// and never depending on a blank somewhere else in the text.
import * as l10n from '@vscode/l10n';

const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c);

/** Bytes in a UTF-8 sequence starting with `lead`. */
function sequenceLength(lead: number): number {
  return lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
}

export type Decoded = { ok: true; value: string; map: number[] } | { ok: false; offset: number; length: number; message: string };

/**
 * Decodes URL text once. `map[i]` is the offset in `raw` of decoded character i (map has one more entry for the
 * end), so problems found in the decoded text can be underlined where they were written.
 */
export function decodeUrlText(raw: string): Decoded {
  let value = '';
  const map: number[] = [];
  let i = 0;
  while (i < raw.length) {
    if (raw[i] !== '%') {
      map.push(i);
      value += raw[i++];
      continue;
    }
    if (!isHex(raw[i + 1]) || !isHex(raw[i + 2])) {
      return { ok: false, offset: i, length: 1, message: l10n.t("a '%' in a URL starts an escape like %20 — write a '%' itself as %25") };
    }
    const width = 3 * sequenceLength(parseInt(raw.slice(i + 1, i + 3), 16));
    let piece: string;
    try {
      piece = decodeURIComponent(raw.slice(i, i + width));
    } catch {
      return {
        ok: false,
        offset: i,
        length: Math.min(width, raw.length - i),
        message: l10n.t("'{0}' is not a valid UTF-8 escape", raw.slice(i, i + width)),
      };
    }
    for (let k = 0; k < piece.length; k++) map.push(i);
    value += piece;
    i += width;
  }
  map.push(raw.length);
  return { ok: true, value, map };
}

/** Maps a decoded [offset, offset+length) to the raw text; identity without a map. */
export function toRawSpan(map: number[] | undefined, offset: number, length: number): { offset: number; length: number } {
  if (!map) return { offset, length };
  const at = (o: number) => map[Math.max(0, Math.min(o, map.length - 1))];
  const start = at(offset);
  return { offset: start, length: at(offset + length) - start };
}
