// Hover in a query file: the path of a request, its method, and everything in its options.
import { routeDoc } from './docs';
import { hoverOptions, type HoverInfo } from './hoverOptions';
import { blockAtLine, parseQueryFile } from './parseQueryFile';

export function hover(text: string, offset: number): HoverInfo | undefined {
  const file = parseQueryFile(text);
  const block = blockAtLine(file, file.lines.positionAt(offset).line);
  if (!block) {
    return undefined;
  }
  const q = block.toQueryOffset(offset);
  if (q !== undefined) {
    const h = hoverOptions(block.query, q, block.match?.route.entity, 'url');
    return h && { ...h, start: block.toDocOffset(h.start), end: block.toDocOffset(h.end) };
  }
  const { path, method, match } = block;
  if (match && offset >= path.offset && offset < path.offset + path.length) {
    return { markdown: routeDoc(match.route).text, start: path.offset, end: path.offset + path.length };
  }
  if (method?.text === 'GET' && offset >= method.offset && offset < method.offset + method.length) {
    return {
      markdown: '**GET** — reads data; these flinkey API v3 paths only answer GET.',
      start: method.offset,
      end: method.offset + method.length,
    };
  }
  return undefined;
}
