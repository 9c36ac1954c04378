// The token cursor under the expression parser: reading tokens, failing with positions, and the checks every
// operator shares (blanks around operator words, notes about upper-case spelling).
import * as l10n from '@vscode/l10n';
import type { LiteralNode, ParseNote } from './ast';
import { isBlank, type Token, tokenize } from './lexer';
import { fail, type ProblemOption } from './problem';

/** Deeper nesting is almost surely generated garbage; the cap also keeps the stack safe. */
export const MAX_DEPTH = 200;

export const end = (n: { offset: number; length: number }): number => n.offset + n.length;
export const quoteText = (t: Token): string => `'${t.text.length > 30 ? t.text.slice(0, 30) + '…' : t.text}'`;

export class TokenCursor {
  readonly tokens: Token[];
  readonly notes: ParseNote[] = [];
  protected pos = 0;
  protected depth = 0;
  protected prev: Token | undefined;

  constructor(
    readonly text: string,
    readonly option: ProblemOption,
  ) {
    this.tokens = tokenize(text);
  }

  done(): boolean {
    return this.pos >= this.tokens.length;
  }

  peek(): Token | undefined {
    const tok = this.tokens[this.pos];
    if (tok?.kind === 'error') this.fail(tok, tok.message ?? l10n.t('unexpected {0}', quoteText(tok)));
    return tok;
  }

  next(): Token {
    const tok = this.peek()!;
    this.pos++;
    this.prev = tok;
    return tok;
  }

  fail(at: { offset: number; length: number }, message: string): never {
    return fail(this.option, at.offset, at.length, message);
  }

  isWord(tok: Token | undefined, word: string): boolean {
    return tok !== undefined && (tok.kind === 'keyword' || tok.kind === 'identifier') && tok.text.toLowerCase() === word;
  }

  /** Keywords, booleans and function names may be written in any case (4.01); 4.0 servers need lower case. */
  noteCase(tok: Token, canonical: string): void {
    if (tok.text !== canonical) {
      this.notes.push({
        offset: tok.offset,
        length: tok.length,
        message: l10n.t("'{0}' works on OData 4.01 servers, but 4.0 servers need '{1}'", tok.text, canonical),
        replacement: canonical,
      });
    }
  }

  /** The ABNF wants blanks (RWS) around operator words: `1and` or `eq'x'` are not OData. */
  requireBlanks(tok: Token, before: boolean): void {
    if (before && !isBlank(this.text[tok.offset - 1])) {
      this.fail(tok, l10n.t("put a blank before '{0}' — OData needs blanks around operators", tok.text));
    }
    const after = end(tok);
    if (after < this.text.length && !isBlank(this.text[after])) {
      this.fail(tok, l10n.t("put a blank after '{0}' — OData needs blanks around operators", tok.text));
    }
  }

  protected enter(at: Token): void {
    if (++this.depth > MAX_DEPTH) {
      this.fail(at, l10n.t("the expression is nested too deeply (more than {0} levels of parentheses, calls or 'not')", MAX_DEPTH));
    }
  }

  protected literal(tok: Token): LiteralNode {
    const type: LiteralNode['type'] = tok.kind === 'number' ? (tok.numberType ?? 'decimal') : (tok.kind as LiteralNode['type']);
    if (tok.kind === 'boolean') this.noteCase(tok, tok.text.toLowerCase());
    const value =
      tok.kind === 'null'
        ? null
        : tok.kind === 'number' || tok.kind === 'boolean' || tok.kind === 'string' || tok.kind === 'duration'
          ? tok.value!
          : tok.text;
    // One object shape for every literal keeps this hot path fast.
    return { kind: 'literal', type, value, text: tok.text, offset: tok.offset, length: tok.length };
  }

  /** A token that cannot continue what came before it. */
  unexpected(tok: Token, expected?: string): never {
    let message: string;
    if (expected) {
      message = l10n.t('{0}, found {1}', expected, quoteText(tok));
    } else if (tok.kind === 'closeParen') {
      message = l10n.t("unexpected ')' — there is no '(' to close");
    } else if (tok.kind === 'openParen') {
      message = l10n.t("unexpected '(' — a function name comes right before its '(', without a blank");
    } else if (tok.kind === 'keyword' || ['comma', 'star', 'colon', 'closeBracket'].includes(tok.kind)) {
      message = l10n.t('unexpected {0} after a complete expression', quoteText(tok));
    } else if (tok.kind === 'number' && (tok.text.startsWith('-') || tok.text.startsWith('+'))) {
      message = l10n.t(
        "unexpected {0} — to add or subtract write '{1} {2}'",
        quoteText(tok),
        tok.text.startsWith('-') ? 'sub' : 'add',
        tok.text.slice(1),
      );
    } else {
      message = l10n.t("unexpected {0} after a complete expression — did you forget 'and'/'or'?", quoteText(tok));
    }
    return this.fail(tok, message);
  }
}
