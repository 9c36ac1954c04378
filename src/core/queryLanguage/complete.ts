// Completion in a query file: methods and paths on the request line, query options after '?'.
import * as l10n from '@vscode/l10n';
import { shift, type CompletionEntry } from './completionEntry';
import { completeOptions } from './completeOptions';
import { routeDoc } from './docs';
import { blockAtLine, isComment, isSeparator, parseQueryFile } from './parseQueryFile';
import { ROUTES, type RouteInfo } from './routes';

export interface CompleteOptions {
  now?: Date;
}

/** Items for the cursor at `offset` in a query file; ranges are offsets into `text`. */
export function complete(text: string, offset: number, opts: CompleteOptions = {}): CompletionEntry[] {
  const file = parseQueryFile(text);
  const { line, character } = file.lines.positionAt(offset);
  const lineText = file.lines.lineText(line);
  if (isComment(lineText) || isSeparator(lineText)) {
    return [];
  }
  const lineStart = file.lines.starts[line];
  const before = lineText.slice(0, character);
  const block = blockAtLine(file, line);
  if (block) {
    const q = block.toQueryOffset(offset);
    if (q !== undefined) {
      const entries = completeOptions(block.query, q, block.match?.route.entity, { mode: 'url', now: opts.now });
      return entries.map((e) => ({ ...e, start: block.toDocOffset(e.start), end: block.toDocOffset(e.end) }));
    }
    if (line !== block.startLine) {
      return [];
    }
  }
  const word = /^(\s*)([A-Za-z]*)$/.exec(before);
  if (word) {
    return requestStarts(lineStart + word[1].length, offset);
  }
  const path = /^\s*(?:[A-Za-z]+[ \t]+)?(\/[^?\s]*)$/.exec(before);
  return path ? shift(completePath(path[1]), offset - path[1].length) : [];
}

/** At the start of a line: the method, and whole requests to start from. */
function requestStarts(start: number, end: number): CompletionEntry[] {
  const method: CompletionEntry = {
    label: 'GET',
    kind: 'method',
    insertText: 'GET /',
    detail: l10n.t('read data'),
    documentation: l10n.t('The flinkey API v3 reads products, services, cars, users, access, events, groups and key fobs with GET.'),
    start,
    end,
    sortText: '0',
    retrigger: true,
  };
  const requests = ROUTES.map((r, i): CompletionEntry => {
    const doc = routeDoc(r);
    return {
      label: `GET ${r.template}`,
      kind: 'path',
      insertText: `GET ${snippetPath(r)}${r.list ? '?$1' : ''}`,
      snippet: true,
      detail: doc.detail,
      documentation: doc.text,
      start,
      end,
      sortText: `1_${i}`,
      retrigger: r.list,
    };
  });
  return [method, ...requests];
}

/** `pathSoFar` starts with '/'; ranges are relative to it. */
function completePath(pathSoFar: string): CompletionEntry[] {
  const parts = pathSoFar.slice(1).split('/');
  const current = parts[parts.length - 1];
  const start = pathSoFar.length - current.length;
  const end = pathSoFar.length;
  const entry = (r: RouteInfo, label: string, insertText: string, rank: number, snippet = false): CompletionEntry => {
    const doc = routeDoc(r);
    return {
      label,
      kind: 'path',
      insertText,
      snippet,
      detail: doc.detail,
      documentation: doc.text,
      start,
      end,
      sortText: `${rank}_${label}`,
    };
  };
  if (parts.length === 1) {
    return ROUTES.map((r, i) => {
      const rest = r.template.slice(1);
      return r.template.includes('{') ? entry(r, rest, snippetPath(r).slice(1), 1 + i, true) : entry(r, rest, rest, 0);
    });
  }
  if (parts.length === 3) {
    const top = parts[0].toLowerCase();
    return ROUTES.filter((r) => r.template.split('/').length === 4 && r.template.split('/')[1] === top).map((r) => {
      const last = r.template.split('/')[3];
      return entry(r, last, last, 0);
    });
  }
  return [];
}

/** /products/{id}/cars → /products/${1:id}/cars; /brands/{brand}/keys → /brands/${1:brand}/keys */
function snippetPath(r: RouteInfo): string {
  return r.template.replace('{id}', '${1:id}').replace('{brand}', '${1:brand}');
}
