// Completion inside a $filter: what can come next, judged from the tokens before the cursor.
import { FUNCTION_NAMES, FUNCTIONS, isFunctionName, type FunctionName, type ParamKind } from '../odata/ast';
import { fieldType } from '../odata/checker';
import type { ValueType as CoreType } from '../odata/types';
import { tokenize, type Token } from '../odata/lexer';
import { findField, SCHEMAS, type Entity, type FieldSchema } from '../odata/schema';
import type { CompletionEntry } from './completionEntry';
import { fieldDoc, functionDoc, OPERATOR_DOCS } from './docs';

type ValueType = 'string' | 'number' | 'boolean' | 'datetime' | 'null' | 'unknown';

/** What stands left of a comparison: a field (with its schema) or just a type. */
interface Operand {
  type: ValueType;
  field?: FieldSchema;
}

interface Frame {
  kind: 'group' | 'call' | 'list';
  fn?: FunctionName;
  arg: number;
  /** The left operand of an `in (…)` list, or the comparison the group/call sits in. */
  left?: Operand;
}

type State = { at: 'operand'; left?: Operand } | { at: 'after'; operand: Operand; complete: boolean } | { at: 'afterIn'; left: Operand };

const WORD_KINDS = ['identifier', 'keyword', 'boolean', 'null'];
const COMPARE = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'];

/** The checker's types, coarsened to what completion distinguishes. */
function coarse(t: CoreType): ValueType {
  if (t === 'int' || t === 'decimal') return 'number';
  if (t === 'date') return 'datetime';
  return t === 'string' || t === 'boolean' || t === 'datetime' || t === 'null' ? t : 'unknown';
}

const typeOfField = (f: FieldSchema): ValueType => coarse(fieldType(f));

function paramType(kind: ParamKind | undefined): 'string' | 'number' | 'datetime' | undefined {
  if (kind === 'string') return 'string';
  if (kind === 'number' || kind === 'integer') return 'number';
  if (kind === 'temporal' || kind === 'datetime' || kind === 'clock') return 'datetime';
  return undefined;
}

function literalType(t: Token): ValueType | undefined {
  switch (t.kind) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'null':
      return t.kind;
    case 'date':
    case 'datetime':
      return 'datetime';
    default:
      return undefined;
  }
}

export interface FilterCompletionOptions {
  /** The characters right after the cursor, to swallow an auto-closed quote. */
  rest?: string;
  /** For the date-time example; defaults to now. */
  now?: Date;
}

/** `text` is the filter up to the cursor. Ranges are relative to `text`. */
export function completeFilter(text: string, entity: Entity, opts: FilterCompletionOptions = {}): CompletionEntry[] {
  const tokens = tokenize(text);
  let start = text.length;
  let quoted = false;
  const last = tokens[tokens.length - 1];
  if (last && last.offset + last.length === text.length) {
    if (WORD_KINDS.includes(last.kind)) {
      start = last.offset;
      tokens.pop();
    } else if (last.kind === 'error' && last.text.startsWith("'")) {
      start = last.offset;
      quoted = true;
      tokens.pop();
    } else if (!['openParen', 'closeParen', 'comma'].includes(last.kind)) {
      return []; // in the middle of a number, string or date
    }
  }
  const walked = walk(tokens, entity);
  if (!walked) {
    return [];
  }
  const { state, frames } = walked;
  const end = quoted && opts.rest?.startsWith("'") && !text.slice(start + 1).includes("'") ? text.length + 1 : text.length;
  const make = new Maker(entity, start, end, opts.now ?? new Date());
  const top = frames[frames.length - 1];

  if (state.at === 'afterIn') {
    return quoted ? [] : make.inList(state.left);
  }
  if (state.at === 'after') {
    return quoted ? [] : make.afterOperand(state.operand, state.complete, top);
  }
  if (top?.kind === 'list') {
    return make.values(top.left!, quoted);
  }
  if (state.left) {
    return make.values(state.left, quoted);
  }
  if (quoted) {
    return [];
  }
  if (top?.kind === 'call') {
    return make.argument(top.fn!, top.arg);
  }
  return make.conditionStart();
}

/** Replays the tokens; undefined when they make no sense (then nothing is offered). */
function walk(tokens: Token[], entity: Entity): { state: State; frames: Frame[] } | undefined {
  let state: State = { at: 'operand' };
  const frames: Frame[] = [];
  // An operand right of a comparison completes a condition; otherwise it may be the left side of one.
  const finish = (left: Operand | undefined, operand: Operand): Extract<State, { at: 'after' }> =>
    left ? { at: 'after', operand: { type: 'boolean' }, complete: true } : { at: 'after', operand, complete: false };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (state.at === 'afterIn') {
      if (tok.kind !== 'openParen') return undefined;
      frames.push({ kind: 'list', arg: 0, left: state.left });
      state = { at: 'operand' };
      continue;
    }
    if (state.at === 'operand') {
      const literal = literalType(tok);
      if (tok.kind === 'identifier' && tokens[i + 1]?.kind === 'openParen') {
        if (!isFunctionName(tok.text)) return undefined;
        frames.push({ kind: 'call', fn: tok.text, arg: 0, left: state.left });
        state = { at: 'operand' };
        i++;
      } else if (tok.kind === 'identifier') {
        const field = findField(entity, tok.text);
        state = finish(state.left, field ? { type: typeOfField(field), field } : { type: 'unknown' });
      } else if (literal) {
        state = finish(state.left, { type: literal });
      } else if (tok.kind === 'openParen') {
        frames.push({ kind: 'group', arg: 0, left: state.left });
        state = { at: 'operand' };
      } else if (tok.kind === 'keyword' && tok.text === 'not') {
        state = { at: 'operand' };
      } else {
        return undefined;
      }
      continue;
    }
    // After an operand.
    const operand: Operand = state.operand;
    if (tok.kind === 'keyword' && COMPARE.includes(tok.text)) {
      state = { at: 'operand', left: operand };
    } else if (tok.kind === 'keyword' && tok.text === 'in') {
      state = { at: 'afterIn', left: operand };
    } else if (tok.kind === 'keyword' && (tok.text === 'and' || tok.text === 'or')) {
      state = { at: 'operand' };
    } else if (tok.kind === 'closeParen') {
      const frame = frames.pop();
      if (!frame) return undefined;
      if (frame.kind === 'list') {
        state = { at: 'after', operand: { type: 'boolean' }, complete: true };
      } else {
        const result = finish(frame.left, { type: frame.kind === 'call' ? coarse(FUNCTIONS[frame.fn!].returns) : 'boolean' });
        state = frame.kind === 'group' ? { ...result, complete: true } : result;
      }
    } else if (tok.kind === 'comma') {
      const frame = frames[frames.length - 1];
      if (!frame || frame.kind === 'group') return undefined;
      frame.arg++;
      state = { at: 'operand' };
    } else {
      return undefined;
    }
  }
  return { state, frames };
}

class Maker {
  constructor(
    private readonly entity: Entity,
    private readonly start: number,
    private readonly end: number,
    private readonly now: Date,
  ) {}

  private entry(
    label: string,
    kind: CompletionEntry['kind'],
    rank: number,
    detail: string,
    documentation: string,
    extra: Partial<CompletionEntry> = {},
  ): CompletionEntry {
    return { label, kind, detail, documentation, start: this.start, end: this.end, sortText: `${rank}_${label}`, ...extra };
  }

  conditionStart(): CompletionEntry[] {
    return [...this.fields(), ...this.functions(), this.keyword('not', 3, { insertText: 'not ' })];
  }

  fields(only?: ValueType, rank = 1): CompletionEntry[] {
    return SCHEMAS[this.entity]
      .filter((f) => only === undefined || typeOfField(f) === only)
      .map((f) => {
        const doc = fieldDoc(this.entity, f);
        return this.entry(f.name, 'field', rank, doc.detail, doc.text);
      });
  }

  functions(returns?: ValueType, rank = 2): CompletionEntry[] {
    return FUNCTION_NAMES.filter((n) => returns === undefined || coarse(FUNCTIONS[n].returns) === returns).map((n) => {
      const doc = functionDoc(n);
      return this.entry(n, 'function', rank, doc.detail, doc.text, { insertText: `${n}($1)`, snippet: true, retrigger: true });
    });
  }

  keyword(word: string, rank: number, extra: Partial<CompletionEntry> = {}): CompletionEntry {
    const doc = OPERATOR_DOCS[word];
    return this.entry(word, word === 'and' || word === 'or' || word === 'not' ? 'keyword' : 'operator', rank, doc.detail, doc.text, {
      insertText: `${word} `,
      retrigger: true,
      ...extra,
    });
  }

  afterOperand(operand: Operand, complete: boolean, top: Frame | undefined): CompletionEntry[] {
    const joins = [this.keyword('and', 1), this.keyword('or', 2)];
    if (complete) {
      return joins;
    }
    if (top?.kind === 'call') {
      return []; // the next thing is ',' or ')'
    }
    if (operand.type === 'boolean') {
      return [this.keyword('eq', 3), this.keyword('ne', 4), ...joins];
    }
    const ops = operand.field?.enum ? ['eq', 'ne', 'in'] : [...COMPARE, 'in'];
    return ops.map((op, i) => this.keyword(op, i));
  }

  inList(left: Operand): CompletionEntry[] {
    const values = left.field?.enum?.map((v) => quote(v)) ?? [];
    const inside = values.length > 0 ? values.join(', ') : left.type === 'string' ? "'$1'" : '$1';
    return [
      this.entry(`(${values.length > 0 ? inside : '…'})`, 'value', 0, 'list of values', OPERATOR_DOCS.in.text, {
        insertText: `(${inside})`,
        snippet: values.length === 0,
      }),
    ];
  }

  /** What can stand right of `left eq`, or in its `in (…)` list. */
  values(left: Operand, quoted: boolean): CompletionEntry[] {
    const out: CompletionEntry[] = [];
    const f = left.field;
    for (const v of f?.enum ?? []) {
      out.push(this.entry(quote(v), 'value', 0, `${f!.name} value`, f!.description));
    }
    if (quoted) {
      return out;
    }
    if (left.type === 'boolean') {
      out.push(
        this.entry('true', 'value', 0, 'true/false', 'The boolean true.'),
        this.entry('false', 'value', 0, 'true/false', 'The boolean false.'),
      );
    }
    if (left.type === 'datetime') {
      const example = `${this.now.toISOString().slice(0, 10)}T00:00:00Z`;
      out.push(
        this.entry(
          example,
          'value',
          1,
          'date-time (UTC), no quotes',
          'A date-time literal: `2026-01-01T00:00:00Z`, or with an offset `…T08:00:00+02:00`.',
        ),
      );
    }
    if (left.type === 'string' && !f?.enum) {
      out.push(
        this.entry("'…'", 'value', 1, 'string', "A string literal in single quotes; write a quote inside as two: `'O''Neil'`.", {
          insertText: "'$1'",
          snippet: true,
        }),
      );
    }
    if (f?.nullable) {
      out.push(this.entry('null', 'value', 2, `${f.name} can be null`, `\`null\` — the field has no value.`));
    }
    return out;
  }

  /** Arguments of a function call: fields of the right type first, a literal for later arguments. */
  argument(fn: FunctionName, index: number): CompletionEntry[] {
    const want = paramType(FUNCTIONS[fn].params[index]);
    if (want === undefined) {
      return [];
    }
    if (index === 0) {
      return [...this.fields(want), ...(want === 'datetime' ? [] : this.functions(want))];
    }
    if (want === 'string') {
      return [this.entry("'…'", 'value', 0, 'string', 'A string literal in single quotes.', { insertText: "'$1'", snippet: true })];
    }
    return [];
  }
}

const quote = (s: string): string => `'${s.split("'").join("''")}'`;
