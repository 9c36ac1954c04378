// Problems found in decoded URL text point into the decoded value; this maps them back to the text as written,
// so an underline lands on the right characters. The decoding rule itself lives in odata/urlText.
import { decodeUrlText } from '../odata/urlText';

export { toRawSpan } from '../odata/urlText';

/** For each offset in the decoded value (0 … decoded.length), the offset in `raw`; undefined when it cannot be decoded. */
export function decodedToRawOffsets(raw: string): number[] | undefined {
  const decoded = decodeUrlText(raw);
  return decoded.ok ? decoded.map : undefined;
}
