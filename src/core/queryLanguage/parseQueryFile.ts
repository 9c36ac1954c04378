// Splits a .flinkey-query / .fq file into requests. One request per block; blocks are separated by blank lines
// or '###' lines; '#' and '//' lines are comments. A request is `GET /path?options`, optionally continued on the
// following lines of its block (the lines are joined with line breaks, which OData treats as blanks).
import * as l10n from '@vscode/l10n';
import type { QueryOptions } from '../api/api';
import { checkQueryText, type QuickFix } from './checkQueryText';
import { LineIndex } from './lineIndex';
import { isRouteMatch, matchPath, pathOf, type RouteMatch } from './routes';
import { urlLengthWarning } from './urlLength';

export interface Span {
  offset: number;
  length: number;
}

/** A run of the query text that sits at `docOffset` in the file. */
interface Piece {
  queryOffset: number;
  docOffset: number;
  length: number;
}

export interface FileProblem extends Span {
  message: string;
  severity: 'error' | 'warning' | 'information';
  /** An edit of the file (offsets into it) that resolves the problem, for a quick fix. */
  fix?: QuickFix;
}

export interface QueryBlock {
  /** Lines of the request (comments inside the block excluded at the ends). */
  startLine: number;
  endLine: number;
  method?: Span & { text: string };
  path: Span & { text: string };
  /** undefined when the path is not one the API has. */
  match?: RouteMatch;
  /** The options text as written, lines joined with '\n'; '' when there is none. */
  query: string;
  options: QueryOptions;
  /** Problems with offsets into the file. */
  problems: FileProblem[];
  /** Where the query text's offset sits in the file. */
  toDocOffset(queryOffset: number): number;
  /** The query text offset of a file offset inside the options, or undefined outside them. */
  toQueryOffset(docOffset: number): number | undefined;
}

export interface QueryFile {
  lines: LineIndex;
  blocks: QueryBlock[];
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

export const isSeparator = (line: string): boolean => line.trimStart().startsWith('###');
export const isComment = (line: string): boolean => {
  const t = line.trimStart();
  return !isSeparator(line) && (t.startsWith('#') || t.startsWith('//'));
};

export function parseQueryFile(text: string): QueryFile {
  const lines = new LineIndex(text);
  const blocks: QueryBlock[] = [];
  let group: number[] = [];
  const flush = () => {
    if (group.length > 0) {
      blocks.push(parseBlock(lines, group));
    }
    group = [];
  };
  for (let line = 0; line < lines.lineCount; line++) {
    const content = lines.lineText(line);
    if (content.trim() === '' || isSeparator(content)) {
      flush();
    } else if (!isComment(content)) {
      group.push(line);
    }
  }
  flush();
  return { lines, blocks };
}

/** The block whose lines contain `line`, if any. */
export function blockAtLine(file: QueryFile, line: number): QueryBlock | undefined {
  return file.blocks.find((b) => b.startLine <= line && line <= b.endLine);
}

function parseBlock(lines: LineIndex, group: number[]): QueryBlock {
  const first = group[0];
  const lineStart = lines.starts[first];
  const content = lines.lineText(first);
  const problems: FileProblem[] = [];

  let i = 0;
  while (content[i] === ' ' || content[i] === '\t') i++;
  let method: QueryBlock['method'];
  const word = /^[A-Za-z]+(?=[ \t])/.exec(content.slice(i));
  if (word) {
    method = { offset: lineStart + i, length: word[0].length, text: word[0] };
    if (word[0] !== 'GET') {
      const known = METHODS.includes(word[0].toUpperCase());
      const message =
        known && word[0].toUpperCase() !== 'GET' ? `only GET requests can be run here, not ${word[0]}` : `expected GET, found '${word[0]}'`;
      problems.push({ offset: method.offset, length: method.length, message, severity: 'error' });
    }
    i += word[0].length;
    while (content[i] === ' ' || content[i] === '\t') i++;
  }

  // The path runs to '?' (or the end of the line); a blank inside it means the '?' is missing.
  const question = content.indexOf('?', i);
  const pathEnd = question < 0 ? content.length : question;
  let pathText = content.slice(i, pathEnd).trimEnd();
  const blank = pathText.search(/[ \t]/);
  if (blank >= 0) {
    problems.push({
      offset: lineStart + i + blank,
      length: pathText.length - blank,
      message: l10n.t("expected '?' before the query options"),
      severity: 'error',
    });
    pathText = pathText.slice(0, blank);
  }
  const path = { offset: lineStart + i, length: pathText.length, text: pathText };
  let match: RouteMatch | undefined;
  if (pathText === '') {
    problems.push({
      offset: lineStart + i,
      length: Math.max(0, content.length - i),
      message: l10n.t('expected a request such as GET /products?$top=10'),
      severity: 'error',
    });
  } else {
    const m = matchPath(pathText);
    if (isRouteMatch(m)) {
      match = m;
    } else {
      problems.push({ offset: path.offset + m.offset, length: m.length, message: m.message, severity: 'error' });
    }
  }

  // The query: the rest of the request line after '?', then every further line of the block.
  const pieces: Piece[] = [];
  let query = '';
  const add = (docOffset: number, text: string) => {
    if (pieces.length > 0) query += '\n';
    pieces.push({ queryOffset: query.length, docOffset, length: text.length });
    query += text;
  };
  if (question >= 0) {
    add(lineStart + question + 1, content.slice(question + 1));
  } else if (blank >= 0) {
    add(lineStart + i + blank, content.slice(i + blank));
  }
  for (const line of group.slice(1)) {
    add(lines.starts[line], lines.lineText(line));
  }
  const toDocOffset = (q: number): number => {
    for (let k = pieces.length - 1; k >= 0; k--) {
      if (q >= pieces[k].queryOffset) {
        return pieces[k].docOffset + Math.min(q - pieces[k].queryOffset, pieces[k].length);
      }
    }
    return path.offset + path.length;
  };
  const toQueryOffset = (d: number): number | undefined => {
    const piece = pieces.find((p) => d >= p.docOffset && d <= p.docOffset + p.length);
    return piece ? piece.queryOffset + (d - piece.docOffset) : undefined;
  };

  const checked = checkQueryText(query, match?.route.entity, {
    bareFilter: 'error',
    singleObject: match ? !match.route.list : false,
    requireTop: match?.route.requiresTop,
    accepts: match?.route.options,
  });
  // A missing '?' was reported already; don't report its text again as a bare filter.
  const skipBare = question < 0 && blank >= 0;
  for (const p of checked.problems) {
    if (skipBare && p.message.startsWith('write $filter=')) continue;
    const start = toDocOffset(p.offset);
    const placed: FileProblem = { ...p, offset: start, length: toDocOffset(p.offset + p.length) - start };
    if (pieces.length === 0 && p.length === 0) {
      // Nothing after the path: point at the path itself.
      Object.assign(placed, { offset: path.offset, length: path.length });
    }
    if (p.fix) {
      const at = toDocOffset(p.fix.offset);
      // With no '?' yet, the options start with one.
      const newText = pieces.length === 0 ? `?${p.fix.newText}` : p.fix.newText;
      placed.fix = { ...p.fix, offset: at, length: toDocOffset(p.fix.offset + p.fix.length) - at, newText };
    }
    problems.push(placed);
  }
  const tooLong = match && urlLengthWarning(pathOf(match.route.kind, match.id), checked.options);
  if (tooLong) {
    problems.push({ offset: toDocOffset(0), length: toDocOffset(query.length) - toDocOffset(0), message: tooLong, severity: 'warning' });
  }
  return {
    startLine: first,
    endLine: group[group.length - 1],
    method,
    path,
    match,
    query,
    options: checked.options,
    problems,
    toDocOffset,
    toQueryOffset,
  };
}
