// Parser of OData common expressions with the precedence of URL conventions §5.1.1, loosest first:
// or < and < eq ne < gt ge lt le < add sub < mul div divby mod < unary - not < in has, calls, paths.
// Binary operators are left-associative and parsed in loops, so long chains never deepen the stack.
import * as l10n from '@vscode/l10n';
import type { ArithOp, CompareOp, FilterNode, ParseNote, PathSegment } from './ast';
import { findFunction, FUNCTION_NAMES, FUNCTIONS, type FunctionName, leadingOptional } from './functions';
import { COMPARISON, type Token } from './lexer';
import { end, MAX_DEPTH, quoteText, TokenCursor } from './parserBase';
import { fail, type ProblemOption } from './problem';
import { didYouMean } from './suggest';

export { end, MAX_DEPTH, quoteText };

const PRECEDENCE: Record<string, number> = {
  or: 1,
  and: 2,
  eq: 3,
  ne: 3,
  gt: 4,
  ge: 4,
  lt: 4,
  le: 4,
  add: 5,
  sub: 5,
  mul: 6,
  div: 6,
  divby: 6,
  mod: 6,
};
const LITERALS: readonly string[] = ['string', 'number', 'boolean', 'null', 'datetime', 'date', 'time', 'duration', 'guid'];

export interface ParsedExpression {
  node: FilterNode;
  /** Legal but worth a warning, e.g. operators in upper case. */
  notes: ParseNote[];
}

/** Throws ODataError (option 'filter') with the position of the offending token. */
export function parseFilter(text: string): FilterNode {
  return parseExpression(text, 'filter').node;
}

/** A whole text as one expression; `option` names where errors are reported. */
export function parseExpression(text: string, option: ProblemOption): ParsedExpression {
  const p = new ExpressionParser(text, option);
  if (p.done()) {
    const what =
      option === 'filter' ? l10n.t('the filter is empty — expected a condition such as id eq 1') : l10n.t('expected an expression');
    fail(option, 0, text.length, what);
  }
  const node = p.expression();
  const tok = p.peek();
  if (tok) p.unexpected(tok);
  return { node, notes: p.notes };
}
export class ExpressionParser extends TokenCursor {
  expression(minPrecedence = 1): FilterNode {
    let left = this.unary();
    // Arithmetic and comparisons nest to the left, so a long run of them makes a deep tree; cap it like nesting.
    let chain = 0;
    for (;;) {
      const tok = this.peek();
      const word = tok?.kind === 'keyword' ? tok.text.toLowerCase() : '';
      const precedence = PRECEDENCE[word] ?? 0;
      if (!tok || precedence < minPrecedence || precedence === 0) return left;
      this.requireBlanks(tok, true);
      this.noteCase(tok, word);
      this.next();
      const right = this.expression(precedence + 1);
      const span = { offset: left.offset, length: end(right) - left.offset };
      if ((word === 'and' || word === 'or') && left.kind === word) {
        // In place: copying the operands each time would make a long chain quadratic.
        left.operands.push(right);
        left.length = span.length;
      } else if (word === 'and' || word === 'or') {
        left = { kind: word, operands: [left, right], ...span };
      } else if (++chain > MAX_DEPTH) {
        this.fail(tok, l10n.t('more than {0} operators in a row — split the expression with parentheses or and/or', MAX_DEPTH));
      } else if (COMPARISON.includes(word)) {
        left = { kind: 'compare', op: word as CompareOp, left, right, opOffset: tok.offset, ...span };
      } else {
        left = { kind: 'arith', op: word as ArithOp, left, right, opOffset: tok.offset, ...span };
      }
    }
  }

  /** Prefix '-' and 'not', collected in a loop and applied innermost first. */
  private unary(): FilterNode {
    const prefixes: Token[] = [];
    for (let tok = this.peek(); tok && (tok.kind === 'minus' || this.isWord(tok, 'not')); tok = this.peek()) {
      if (tok.kind !== 'minus') {
        this.noteCase(tok, 'not');
        this.requireBlanks(tok, false);
      }
      this.enter(tok);
      prefixes.push(this.next());
    }
    let node = this.postfix(this.primary());
    for (let i = prefixes.length - 1; i >= 0; i--) {
      const tok = prefixes[i];
      node = { kind: tok.kind === 'minus' ? 'negate' : 'not', operand: node, offset: tok.offset, length: end(node) - tok.offset };
      this.depth--;
    }
    return node;
  }

  /** `in` and `has` bind tighter than every other operator (§5.1.1.15). */
  private postfix(node: FilterNode): FilterNode {
    for (let tok = this.peek(); tok && (this.isWord(tok, 'in') || this.isWord(tok, 'has')); tok = this.peek()) {
      this.requireBlanks(tok, true);
      if (this.isWord(tok, 'has')) {
        this.fail(tok, l10n.t("'has' tests the flags of enumeration fields; flinkey fields have none — compare with eq instead"));
      }
      this.noteCase(tok, 'in');
      this.next();
      const right = this.inRight(tok);
      node = { kind: 'in', left: node, right, opOffset: tok.offset, offset: node.offset, length: end(right) - node.offset };
    }
    return node;
  }

  private inRight(inTok: Token): FilterNode {
    const open = this.peek();
    if (!open) this.fail(inTok, l10n.t("expected a list after 'in', e.g. type in ('flinkey Box','flinkey IQ')"));
    if (open.kind === 'openBracket') return this.list('closeBracket');
    if (open.kind !== 'openParen') return this.primary();
    const list = this.list('closeParen');
    if (list.kind !== 'list' || list.items.length < 2) return list;
    // A list in parentheses holds literal values only (the ABNF's listExpr).
    const odd = list.items.find((item) => item.kind !== 'literal');
    if (odd) this.fail(odd, l10n.t("the list after 'in' holds values only, like (1,2) or ('a','b'), not fields or expressions"));
    return list;
  }

  /** ( … ) after `in`, or a JSON array [ … ]. A single non-literal in parentheses is just grouping. */
  private list(close: 'closeParen' | 'closeBracket'): FilterNode {
    const open = this.next();
    this.enter(open);
    const items: FilterNode[] = [];
    for (;;) {
      let tok = this.peek();
      if (tok?.kind === close && items.length === 0) break;
      if (tok?.kind === 'jsonString' && close === 'closeBracket') {
        this.next();
        items.push({ kind: 'literal', type: 'string', value: tok.value as string, text: tok.text, offset: tok.offset, length: tok.length });
      } else {
        items.push(this.expression());
      }
      tok = this.peek();
      if (!tok) {
        this.fail(
          open,
          l10n.t("missing '{0}' to close '{1}' at column {2}", close === 'closeParen' ? ')' : ']', open.text, open.offset + 1),
        );
      }
      if (tok.kind === close) break;
      if (tok.kind !== 'comma') {
        this.fail(tok, l10n.t("expected ',' or '{0}' in the list, found {1}", close === 'closeParen' ? ')' : ']', quoteText(tok)));
      }
      this.next();
    }
    const closing = this.next();
    this.depth--;
    const span = { offset: open.offset, length: end(closing) - open.offset };
    if (close === 'closeParen' && items.length === 1 && items[0].kind !== 'literal') return items[0];
    return { kind: 'list', items, bracket: close === 'closeBracket', ...span };
  }

  private primary(): FilterNode {
    const tok = this.peek();
    const after = () => (this.prev ? l10n.t(" after '{0}'", this.prev.text) : '');
    if (!tok) {
      const at = this.prev ?? { offset: 0, length: this.text.length };
      this.fail(at, l10n.t('expected a value{0}', after()));
    }
    if (LITERALS.includes(tok.kind)) return this.literal(this.next());
    switch (tok.kind) {
      case 'openParen':
        return this.group();
      case 'openBracket':
        return this.list('closeBracket');
      case 'alias':
        this.next();
        return { kind: 'alias', name: tok.text.slice(1), offset: tok.offset, length: tok.length };
      case 'it':
        return this.path(true);
      case 'identifier':
        return this.word(tok);
      case 'jsonString':
        return this.fail(tok, l10n.t("strings use single quotes, e.g. 'flinkey IQ'"));
      default:
        return this.fail(tok, l10n.t('expected a value{0}, found {1}', after(), quoteText(tok)));
    }
  }

  private word(tok: Token): FilterNode {
    const following = this.tokens[this.pos + 1];
    const fnName = findFunction(tok.text);
    if (following?.kind === 'openParen' && following.offset === end(tok)) return this.call(fnName, tok);
    if (following?.kind === 'openParen' && fnName) {
      this.fail(tok, l10n.t("no blank between a function name and '(' — write {0}(", tok.text));
    }
    const lower = tok.text.toLowerCase();
    if (lower === 'null') this.fail(tok, l10n.t("'{0}' — write null in lower case", tok.text));
    if (lower === 'inf' || lower === 'nan') this.fail(tok, l10n.t("'{0}' — write {1}", tok.text, lower === 'inf' ? 'INF' : 'NaN'));
    return this.path(false);
  }

  /** name(/name)* or $it(/name)*; no blanks around '/'. */
  private path(it: boolean): FilterNode {
    const first = this.next();
    const segments: PathSegment[] = it ? [] : [{ name: first.text, offset: first.offset, length: first.length }];
    let last = first;
    while (this.tokens[this.pos]?.kind === 'slash' && this.tokens[this.pos].offset === end(last)) {
      const slash = this.next();
      const seg = this.tokens[this.pos];
      if (seg?.kind !== 'identifier' || seg.offset !== end(slash)) this.fail(slash, l10n.t("expected a field name right after '/'"));
      last = this.next();
      segments.push({ name: seg.text, offset: seg.offset, length: seg.length });
    }
    const span = { offset: first.offset, length: end(last) - first.offset };
    if (it && segments.length === 0) return { kind: 'it', ...span };
    return { kind: 'field', name: segments.map((s) => s.name).join('/'), segments, it, ...span };
  }

  private group(): FilterNode {
    const open = this.next();
    this.enter(open);
    const inner = this.expression();
    const close = this.peek();
    if (!close) this.fail(open, l10n.t("missing ')' to close '(' at column {0}", open.offset + 1));
    if (close.kind === 'comma') this.fail(close, l10n.t("a list of values can only follow 'in', e.g. id in (1,2)"));
    if (close.kind !== 'closeParen') this.unexpected(close, l10n.t("expected ')' to close '(' at column {0}", open.offset + 1));
    this.next();
    this.depth--;
    return inner;
  }

  private call(name: FunctionName | undefined, nameTok: Token): FilterNode {
    if (!name) this.fail(nameTok, l10n.t("unknown function '{0}'{1}", nameTok.text, didYouMean(nameTok.text, FUNCTION_NAMES)));
    this.noteCase(nameTok, name);
    this.next();
    const open = this.next();
    this.enter(open);
    const args: FilterNode[] = [];
    const pairs: { when: FilterNode; then: FilterNode }[] = [];
    let close = this.peek();
    if (close?.kind !== 'closeParen') {
      for (;;) {
        if (name === 'case') {
          const when = this.expression();
          const colon = this.peek();
          if (colon?.kind !== 'colon') {
            this.fail(colon ?? when, l10n.t("expected ':' between a condition and its value, e.g. case(id gt 5:'big',true:'small')"));
          }
          this.next();
          pairs.push({ when, then: this.expression() });
        } else {
          args.push(this.argument(name));
        }
        close = this.peek();
        if (!close) {
          this.fail(
            { offset: nameTok.offset, length: end(open) - nameTok.offset },
            l10n.t("missing ')' to close '{0}(' at column {1}", name, open.offset + 1),
          );
        }
        if (close.kind === 'closeParen') break;
        if (close.kind !== 'comma') this.fail(close, l10n.t("expected ',' or ')' in {0}(…), found {1}", name, quoteText(close)));
        this.next();
      }
    }
    this.next();
    this.depth--;
    const span = { offset: nameTok.offset, length: end(close) - nameTok.offset };
    if (name === 'case') {
      if (pairs.length === 0) {
        this.fail(span, l10n.t("case needs at least one condition:value pair, e.g. case(id gt 5:'big',true:'small')"));
      }
      return { kind: 'case', pairs, ...span };
    }
    const sig = FUNCTIONS[name];
    const min = sig.params.length - sig.optional;
    if (args.length < min || args.length > sig.params.length) {
      const message = sig.optional
        ? l10n.t('{0} takes {1} or {2} arguments — {3} — but got {4}', name, min, sig.params.length, sig.usage, args.length)
        : min === 1
          ? l10n.t('{0} takes 1 argument — {1} — but got {2}', name, sig.usage, args.length)
          : l10n.t('{0} takes {1} arguments — {2} — but got {3}', name, min, sig.usage, args.length);
      this.fail(span, message);
    }
    if (leadingOptional(name) && args[args.length - 1].kind !== 'type') {
      this.fail(args[args.length - 1], l10n.t('{0} needs a type name as its last argument, e.g. Edm.String', name));
    }
    return { kind: 'call', name, args, nameLength: nameTok.length, ...span };
  }

  /** cast and isof end with a type name (Edm.Int32, or a model type); anything else is an expression. */
  private argument(name: FunctionName): FilterNode {
    const tok = this.peek();
    const following = this.tokens[this.pos + 1];
    if (leadingOptional(name) && tok?.kind === 'identifier' && following?.kind === 'closeParen') {
      this.next();
      return { kind: 'type', name: tok.text, offset: tok.offset, length: tok.length };
    }
    return this.expression();
  }
}
