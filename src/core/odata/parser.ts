// Recursive-descent parser for $filter. Precedence: not > comparisons (eq … le, in) > and > or.
import {
  type CompareOp,
  type FilterNode,
  FUNCTION_NAMES,
  FUNCTIONS,
  type FunctionSignature,
  isFunctionName,
  type LiteralNode,
} from './ast';
import { KEYWORDS, type Token, tokenize } from './lexer';
import { fail } from './problem';
import { didYouMean } from './suggest';

/** Deeper nesting is almost surely generated garbage; the cap also keeps the stack safe. */
export const MAX_DEPTH = 200;

const COMPARE_OPS: readonly string[] = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'];
const LITERAL_KINDS: readonly string[] = ['string', 'number', 'boolean', 'null', 'datetime', 'date'];
const ARITHMETIC: readonly string[] = ['add', 'sub', 'mul', 'div', 'mod'];

const end = (n: { offset: number; length: number }): number => n.offset + n.length;
const quoteText = (t: Token): string => `'${t.text.length > 30 ? t.text.slice(0, 30) + '…' : t.text}'`;

/** Throws ODataError (option 'filter') with the position of the offending token. */
export function parseFilter(text: string): FilterNode {
  return new FilterParser(text).parse();
}

class FilterParser {
  private readonly tokens: Token[];
  private pos = 0;
  private depth = 0;
  private prev: Token | undefined;

  constructor(private readonly text: string) {
    this.tokens = tokenize(text);
  }

  parse(): FilterNode {
    if (this.tokens.length === 0) {
      fail('filter', 0, this.text.length, 'the filter is empty — expected a condition such as id eq 1');
    }
    const node = this.parseOr();
    const tok = this.peek();
    if (tok) {
      this.unexpected(tok);
    }
    return node;
  }

  private peek(): Token | undefined {
    const tok = this.tokens[this.pos];
    if (tok?.kind === 'error') {
      fail('filter', tok.offset, tok.length, tok.message ?? `unexpected ${quoteText(tok)}`);
    }
    return tok;
  }

  private next(): Token {
    const tok = this.peek()!;
    this.pos++;
    this.prev = tok;
    return tok;
  }

  private isKeyword(tok: Token | undefined, word: string): boolean {
    return tok !== undefined && tok.kind === 'keyword' && tok.text === word;
  }

  private enter(tok: Token): void {
    if (++this.depth > MAX_DEPTH) {
      fail('filter', tok.offset, tok.length, `the filter is nested too deeply (more than ${MAX_DEPTH} levels of parentheses or 'not')`);
    }
  }

  private parseOr(): FilterNode {
    return this.parseChain('or', () => this.parseAnd());
  }

  private parseAnd(): FilterNode {
    return this.parseChain('and', () => this.parseComparison());
  }

  private parseChain(kind: 'and' | 'or', operand: () => FilterNode): FilterNode {
    const first = operand();
    const operands = [first];
    while (this.isKeyword(this.peek(), kind)) {
      this.next();
      operands.push(operand());
    }
    if (operands.length === 1) {
      return first;
    }
    const last = operands[operands.length - 1];
    return { kind, operands, offset: first.offset, length: end(last) - first.offset };
  }

  private parseComparison(): FilterNode {
    const left = this.parseUnary();
    const tok = this.peek();
    if (tok?.kind !== 'keyword' || !(COMPARE_OPS.includes(tok.text) || tok.text === 'in')) {
      return left;
    }
    this.next();
    if (tok.text === 'in') {
      return this.parseInList(left, tok);
    }
    const right = this.parseUnary();
    const after = this.peek();
    if (after?.kind === 'keyword' && COMPARE_OPS.includes(after.text)) {
      fail('filter', after.offset, after.length, `comparisons cannot be chained — join them with 'and' or 'or'`);
    }
    const op = tok.text as CompareOp;
    return { kind: 'compare', op, left, right, opOffset: tok.offset, offset: left.offset, length: end(right) - left.offset };
  }

  private parseInList(left: FilterNode, inTok: Token): FilterNode {
    const open = this.peek();
    if (open?.kind !== 'openParen') {
      const at = open ?? inTok;
      fail('filter', at.offset, at.length, `expected '(' after 'in', e.g. type in ('flinkey Box','flinkey IQ')`);
    }
    this.next();
    const items: LiteralNode[] = [];
    for (;;) {
      const tok = this.peek();
      if (!tok) {
        fail('filter', open.offset, 1, `missing ')' to close '(' at column ${open.offset + 1}`);
      }
      if (tok.kind === 'closeParen' && items.length === 0) {
        fail('filter', open.offset, end(tok) - open.offset, `the list after 'in' is empty — put at least one value in it`);
      }
      if (!LITERAL_KINDS.includes(tok.kind)) {
        fail('filter', tok.offset, tok.length, `expected a value in the list after 'in', found ${quoteText(tok)}`);
      }
      items.push(this.literal(this.next()));
      const sep = this.peek();
      if (!sep) {
        fail('filter', open.offset, 1, `missing ')' to close '(' at column ${open.offset + 1}`);
      }
      if (sep.kind === 'closeParen') {
        this.next();
        return { kind: 'in', left, items, opOffset: inTok.offset, offset: left.offset, length: end(sep) - left.offset };
      }
      if (sep.kind !== 'comma') {
        fail('filter', sep.offset, sep.length, `expected ',' or ')' in the list after 'in', found ${quoteText(sep)}`);
      }
      this.next();
    }
  }

  private parseUnary(): FilterNode {
    const tok = this.peek();
    if (!this.isKeyword(tok, 'not')) {
      return this.parsePrimary();
    }
    this.next();
    this.enter(tok!);
    const operand = this.parseUnary();
    this.depth--;
    return { kind: 'not', operand, offset: tok!.offset, length: end(operand) - tok!.offset };
  }

  private parsePrimary(): FilterNode {
    const tok = this.peek();
    const after = this.prev ? ` after '${this.prev.text}'` : '';
    if (!tok) {
      const at = this.prev!;
      fail('filter', at.offset, at.length, `expected a value${after}`);
    }
    if (LITERAL_KINDS.includes(tok.kind)) {
      return this.literal(this.next());
    }
    if (tok.kind === 'openParen') {
      return this.parseGroup();
    }
    if (tok.kind === 'identifier') {
      const lower = tok.text.toLowerCase();
      if (KEYWORDS.includes(lower) || lower === 'true' || lower === 'false' || lower === 'null') {
        fail('filter', tok.offset, tok.length, `'${tok.text}' — did you mean '${lower}'? OData keywords are lower case`);
      }
      if (this.tokens[this.pos + 1]?.kind === 'openParen') {
        return this.parseCall();
      }
      this.next();
      return { kind: 'field', name: tok.text, offset: tok.offset, length: tok.length };
    }
    return fail('filter', tok.offset, tok.length, `expected a value${after}, found ${quoteText(tok)}`);
  }

  private parseGroup(): FilterNode {
    const open = this.next();
    this.enter(open);
    const inner = this.parseOr();
    const close = this.peek();
    if (!close) {
      fail('filter', open.offset, 1, `missing ')' to close '(' at column ${open.offset + 1}`);
    }
    if (close.kind !== 'closeParen') {
      this.unexpected(close, `expected ')' to close '(' at column ${open.offset + 1}`);
    }
    this.next();
    this.depth--;
    return inner;
  }

  private parseCall(): FilterNode {
    const nameTok = this.next();
    const open = this.next();
    if (!isFunctionName(nameTok.text)) {
      fail('filter', nameTok.offset, nameTok.length, `unknown function '${nameTok.text}'${didYouMean(nameTok.text, FUNCTION_NAMES)}`);
    }
    const name = nameTok.text;
    const sig: FunctionSignature = FUNCTIONS[name];
    this.enter(open);
    const args: FilterNode[] = [];
    let close = this.peek();
    if (close?.kind !== 'closeParen') {
      for (;;) {
        args.push(this.parseOr());
        close = this.peek();
        if (!close) {
          fail('filter', nameTok.offset, end(open) - nameTok.offset, `missing ')' to close '${name}(' at column ${open.offset + 1}`);
        }
        if (close.kind === 'closeParen') {
          break;
        }
        if (close.kind !== 'comma') {
          fail('filter', close.offset, close.length, `expected ',' or ')' in ${name}(…), found ${quoteText(close)}`);
        }
        this.next();
      }
    }
    this.next();
    this.depth--;
    const span = { offset: nameTok.offset, length: end(close) - nameTok.offset };
    const min = sig.args.length - sig.optional;
    if (args.length < min || args.length > sig.args.length) {
      const count = sig.optional ? `${min} or ${sig.args.length}` : `${min}`;
      const noun = sig.args.length === 1 ? 'argument' : 'arguments';
      fail('filter', span.offset, span.length, `${name} takes ${count} ${noun} — ${sig.usage} — but got ${args.length}`);
    }
    return { kind: 'call', name, args, ...span };
  }

  private literal(tok: Token): LiteralNode {
    const type = tok.kind as LiteralNode['type'];
    const value = tok.kind === 'null' ? null : tok.kind === 'datetime' || tok.kind === 'date' ? tok.text : tok.value!;
    return { kind: 'literal', type, value, text: tok.text, offset: tok.offset, length: tok.length };
  }

  /** A token that cannot continue what came before it. */
  private unexpected(tok: Token, expected?: string): never {
    const lower = tok.text.toLowerCase();
    let message: string;
    if (tok.kind === 'identifier' && KEYWORDS.includes(lower)) {
      message = `'${tok.text}' — did you mean '${lower}'? OData operators are lower case`;
    } else if (tok.kind === 'identifier' && ARITHMETIC.includes(tok.text)) {
      message = `arithmetic ('${tok.text}') is not supported in filters here`;
    } else if (expected) {
      message = `${expected}, found ${quoteText(tok)}`;
    } else if (tok.kind === 'closeParen') {
      message = `unexpected ')' — there is no '(' to close`;
    } else if (tok.kind === 'comma' || tok.kind === 'star' || tok.kind === 'keyword') {
      message = `unexpected ${quoteText(tok)} after a complete expression`;
    } else {
      message = `unexpected ${quoteText(tok)} after a complete expression — did you forget 'and'/'or'?`;
    }
    return fail('filter', tok.offset, tok.length, message);
  }
}
