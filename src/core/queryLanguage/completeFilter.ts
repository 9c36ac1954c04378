// Completion inside a $filter (and a $orderby item): what can come next, judged from the tokens before the cursor.
import { findFunction, FUNCTIONS, type FunctionName } from '../odata/functions';
import { ARITHMETIC, COMPARISON, tokenize, type Token } from '../odata/lexer';
import { fieldsAt, resolveSchema, type FieldSchema, type SchemaRef } from '../odata/schema';
import type { CompletionEntry } from './completionEntry';
import { coarse, Items, type CType, type Operand } from './completeItems';

interface Frame {
  kind: 'group' | 'call' | 'list' | 'case';
  fn?: FunctionName;
  arg: number;
  /** The comparison (or `in`) the frame is the right side of. */
  left?: Operand;
}

type State =
  | { at: 'operand'; left?: Operand; arith?: { op: string; left: Operand } }
  | { at: 'after'; value: Operand; left?: Operand; condition?: boolean }
  | { at: 'afterIn'; left: Operand };

const WORD_KINDS = ['identifier', 'keyword', 'boolean', 'null'];
const LITERAL_TYPES: Partial<Record<Token['kind'], CType>> = {
  string: 'string',
  number: 'number',
  boolean: 'boolean',
  null: 'null',
  datetime: 'datetime',
  date: 'date',
  time: 'time',
  duration: 'duration',
  guid: 'guid',
};

export interface FilterCompletionOptions {
  /** The characters right after the cursor, to swallow an auto-closed quote. */
  rest?: string;
  /** For the date-time example; defaults to now. */
  now?: Date;
}

/** `text` is the filter up to the cursor. Ranges are relative to `text`. */
export function completeFilter(text: string, entity: SchemaRef, opts: FilterCompletionOptions = {}): CompletionEntry[] {
  const schema = resolveSchema(entity);
  const now = opts.now ?? new Date();
  const nested = /((?:\$it|[A-Za-z_]\w*)(?:\/[A-Za-z_]\w*)*)\/(\w*)$/.exec(text);
  if (nested) {
    const path = nested[1] === '$it' ? [] : nested[1].replace(/^\$it\//, '').split('/');
    const start = text.length - nested[2].length;
    return new Items(entity, start, text.length, now).fieldList(
      fieldsAt(schema.fields, path) ?? [],
      path.length ? `${path.join('/')}/` : '',
    );
  }
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
    } else if (!['openParen', 'closeParen', 'comma', 'openBracket', 'colon'].includes(last.kind)) {
      return []; // in the middle of a number, string or date
    }
  }
  const walked = walk(tokens, schema.fields);
  if (!walked) return [];
  const { state, frames } = walked;
  const end = quoted && opts.rest?.startsWith("'") && !text.slice(start + 1).includes("'") ? text.length + 1 : text.length;
  const items = new Items(entity, start, end, now);
  const top = frames[frames.length - 1];

  if (state.at === 'afterIn') return quoted ? [] : items.inList(state.left);
  if (state.at === 'after') {
    if (quoted || top?.kind === 'call') return [];
    return items.afterOperand(state.value, state.left !== undefined || state.condition === true);
  }
  if (state.arith) return quoted ? [] : items.arithmeticOperand(state.arith.op, state.arith.left);
  if (top?.kind === 'list') return items.values(top.left ?? { type: 'unknown' }, quoted);
  if (state.left) return items.values(state.left, quoted);
  if (quoted) return [];
  if (top?.kind === 'call') return items.argument(top.fn!, top.arg);
  return items.conditionStart();
}

/** The field at a path, through nested objects. */
function fieldAt(fields: readonly FieldSchema[], path: string[]): FieldSchema | undefined {
  return fieldsAt(fields, path.slice(0, -1))?.find((f) => f.name === path[path.length - 1]);
}

/** Replays the tokens; undefined when they make no sense (then nothing is offered). */
function walk(tokens: Token[], fields: readonly FieldSchema[]): { state: State; frames: Frame[] } | undefined {
  let state: State = { at: 'operand' };
  const frames: Frame[] = [];
  // An operand right of a comparison completes a condition; otherwise it may be the left side of one.
  const finish = (from: Extract<State, { at: 'operand' }>, value: Operand): State => {
    if (from.arith) value = { type: arithType(from.arith.op, from.arith.left.type, value.type) };
    return { at: 'after', value, left: from.left };
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const word = tok.kind === 'keyword' ? tok.text.toLowerCase() : '';
    if (state.at === 'afterIn') {
      if (tok.kind !== 'openParen' && tok.kind !== 'openBracket') return undefined;
      frames.push({ kind: 'list', arg: 0, left: state.left });
      state = { at: 'operand', left: state.left };
      continue;
    }
    const prev = tokens[i - 1];
    const closesEmpty =
      (tok.kind === 'closeParen' && prev?.kind === 'openParen') || (tok.kind === 'closeBracket' && prev?.kind === 'openBracket');
    if (state.at === 'operand' && closesEmpty) {
      // now(), () or [] — nothing inside: close it as if a value had been there.
      state = { at: 'after', value: { type: 'unknown' } };
    }
    if (state.at === 'operand') {
      const literal = LITERAL_TYPES[tok.kind];
      if (tok.kind === 'identifier' && tokens[i + 1]?.kind === 'openParen') {
        const fn = findFunction(tok.text);
        if (!fn) return undefined;
        frames.push({ kind: fn === 'case' ? 'case' : 'call', fn, arg: 0, left: state.left });
        state = { at: 'operand' };
        i++;
      } else if (tok.kind === 'identifier' || tok.kind === 'it') {
        const path = tok.kind === 'it' ? [] : [tok.text];
        while (tokens[i + 1]?.kind === 'slash' && tokens[i + 2]?.kind === 'identifier') {
          path.push(tokens[i + 2].text);
          i += 2;
        }
        const field = path.length > 0 ? fieldAt(fields, path) : undefined;
        state = finish(state, field ? { type: coarse(field), field } : { type: 'unknown' });
      } else if (literal || tok.kind === 'alias') {
        state = finish(state, { type: literal ?? 'unknown' });
      } else if (tok.kind === 'openParen' || tok.kind === 'openBracket') {
        frames.push({ kind: tok.kind === 'openParen' ? 'group' : 'list', arg: 0, left: state.left });
        state = { at: 'operand', left: tok.kind === 'openBracket' ? state.left : undefined };
      } else if (!(tok.kind === 'minus' || word === 'not')) {
        return undefined;
      }
      continue;
    }
    // After an operand.
    if (COMPARISON.includes(word)) {
      state = { at: 'operand', left: state.value };
    } else if (ARITHMETIC.includes(word)) {
      state = { at: 'operand', left: state.left, arith: { op: word, left: state.value } };
    } else if (word === 'in') {
      state = { at: 'afterIn', left: state.value };
    } else if (word === 'and' || word === 'or') {
      state = { at: 'operand' };
    } else if (tok.kind === 'closeParen' || tok.kind === 'closeBracket') {
      const frame = frames.pop();
      if (!frame) return undefined;
      const inner: Operand = state.left ? { type: 'boolean' } : state.value;
      if (frame.kind === 'list') {
        state = { at: 'after', value: { type: frame.left ? 'boolean' : 'unknown' }, left: frame.left, condition: true };
      } else if (frame.kind === 'group') state = { at: 'after', value: inner, left: frame.left, condition: inner.type === 'boolean' };
      else {
        state = {
          at: 'after',
          value: { type: frame.fn && frame.fn !== 'case' ? coarse(FUNCTIONS[frame.fn].returns) : 'unknown' },
          left: frame.left,
        };
      }
    } else if (tok.kind === 'comma') {
      const frame = frames[frames.length - 1];
      if (!frame || frame.kind === 'group') return undefined;
      frame.arg++;
      state = { at: 'operand', left: frame.kind === 'list' ? frame.left : undefined };
    } else if (tok.kind === 'colon' && frames[frames.length - 1]?.kind === 'case') {
      state = { at: 'operand' };
    } else {
      return undefined;
    }
  }
  return { state, frames };
}

function arithType(op: string, a: CType, b: CType): CType {
  if (a === 'number' && b === 'number') return 'number';
  if ((a === 'datetime' || a === 'date') && b === 'duration') return a;
  if (op === 'sub' && a === b && (a === 'datetime' || a === 'date')) return 'duration';
  if (a === 'duration') return 'duration';
  return 'unknown';
}
