// The completion items of a $filter: fields, functions, operators and literal forms, ranked as they are most
// likely wanted. Which ones fit is decided in completeFilter; this file only builds them.
import * as l10n from '@vscode/l10n';
import { fieldType } from '../odata/checker';
import { FUNCTION_NAMES, FUNCTIONS, type FunctionName, type ParamKind } from '../odata/functions';
import { resolveSchema, topFields, type FieldSchema, type SchemaRef } from '../odata/schema';
import { EDM_TYPES, type ValueType } from '../odata/types';
import type { CompletionEntry } from './completionEntry';
import { fieldDoc, LITERAL_DOCS, operatorDoc } from './docs';
import { functionDoc } from './functionDocs';

/** The types completion tells apart. */
export type CType = 'string' | 'number' | 'boolean' | 'datetime' | 'date' | 'time' | 'duration' | 'guid' | 'null' | 'object' | 'unknown';

/** What stands left of a comparison: a field (with its schema) or just a type. */
export interface Operand {
  type: CType;
  field?: FieldSchema;
}

export function coarse(t: ValueType | FieldSchema): CType {
  const v = typeof t === 'string' ? t : fieldType(t);
  if (v === 'int' || v === 'decimal') return 'number';
  return ['string', 'boolean', 'datetime', 'date', 'time', 'duration', 'guid', 'null', 'object'].includes(v) ? (v as CType) : 'unknown';
}

const COMPARE = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'];
const ZERO_ARGS: readonly string[] = ['now', 'mindatetime', 'maxdatetime'];
const quote = (s: string): string => `'${s.split("'").join("''")}'`;

/** Which function results fit where a parameter of a kind is wanted. */
function fits(kind: ParamKind, returns: CType): boolean {
  switch (kind) {
    case 'string':
      return returns === 'string';
    case 'number':
    case 'integer':
      return returns === 'number';
    case 'temporal':
      return returns === 'datetime' || returns === 'date';
    case 'clock':
      return returns === 'datetime' || returns === 'time';
    case 'datetime':
      return returns === 'datetime';
    default:
      return false;
  }
}

export class Items {
  constructor(
    private readonly entity: SchemaRef,
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

  /** Top-level fields, optionally only those of a type; nested objects retrigger for their fields. */
  fields(only?: (t: CType) => boolean, rank = 1): CompletionEntry[] {
    return this.fieldList(topFields(resolveSchema(this.entity).fields), '', only, rank);
  }

  fieldList(fields: readonly FieldSchema[], prefix: string, only?: (t: CType) => boolean, rank = 1): CompletionEntry[] {
    return fields
      .filter((f) => only === undefined || only(coarse(f)) || f.type === 'object')
      .map((f) => {
        const doc = fieldDoc(this.entity, f, `${prefix}${f.name}`);
        const nested = f.type === 'object' ? { insertText: `${f.name}/`, retrigger: true } : {};
        return this.entry(f.name, 'field', rank, doc.detail, doc.text, nested);
      });
  }

  functions(only?: (returns: CType) => boolean, rank = 2): CompletionEntry[] {
    return FUNCTION_NAMES.filter((n) => only === undefined || (n !== 'case' && n !== 'cast' && only(coarse(FUNCTIONS[n].returns)))).map(
      (n) => {
        const doc = functionDoc(n);
        const insert = ZERO_ARGS.includes(n) ? { insertText: `${n}()` } : { insertText: `${n}($1)`, snippet: true, retrigger: true };
        return this.entry(n, 'function', rank, doc.detail, doc.text, insert);
      },
    );
  }

  keyword(word: string, rank: number, extra: Partial<CompletionEntry> = {}): CompletionEntry {
    const doc = operatorDoc(word)!;
    const kind = word === 'and' || word === 'or' || word === 'not' ? 'keyword' : 'operator';
    return this.entry(word, kind, rank, doc.detail, doc.text, { insertText: `${word} `, retrigger: true, ...extra });
  }

  private literal(label: string, form: string, rank: number, extra: Partial<CompletionEntry> = {}): CompletionEntry {
    const doc = LITERAL_DOCS()[form];
    return this.entry(label, 'value', rank, doc.detail, doc.text, extra);
  }

  afterOperand(value: Operand, complete: boolean): CompletionEntry[] {
    const joins = [this.keyword('and', 1), this.keyword('or', 2)];
    if (complete) return joins;
    const t = value.type;
    if (t === 'boolean') return [this.keyword('eq', 3), this.keyword('ne', 4), ...joins];
    if (value.field?.enum) return ['eq', 'ne', 'in'].map((op, i) => this.keyword(op, i));
    const arithmetic =
      t === 'number'
        ? ['add', 'sub', 'mul', 'div', 'divby', 'mod']
        : t === 'datetime' || t === 'date'
          ? ['add', 'sub']
          : t === 'duration'
            ? ['add', 'sub', 'mul', 'div']
            : [];
    return [...[...COMPARE, 'in'].map((op, i) => this.keyword(op, i)), ...arithmetic.map((op, i) => this.keyword(op, 10 + i))];
  }

  inList(left: Operand): CompletionEntry[] {
    const values = left.field?.enum?.map((v) => quote(v)) ?? [];
    const inside = values.length > 0 ? values.join(', ') : left.type === 'string' ? "'$1'" : '$1';
    return [
      this.entry(`(${values.length > 0 ? inside : '…'})`, 'value', 0, LITERAL_DOCS().list.detail, operatorDoc('in')!.text, {
        insertText: `(${inside})`,
        snippet: values.length === 0,
      }),
    ];
  }

  /** What can stand right of `left eq`, or in its `in (…)` list. */
  values(left: Operand, quoted: boolean): CompletionEntry[] {
    const out: CompletionEntry[] = [];
    const f = left.field;
    for (const v of f?.enum ?? []) out.push(this.entry(quote(v), 'value', 0, l10n.t('{0} value', f!.name), f!.description));
    if (quoted) return out;
    const day = this.now.toISOString().slice(0, 10);
    switch (left.type) {
      case 'boolean':
        out.push(this.literal('true', 'boolean', 0), this.literal('false', 'boolean', 0));
        break;
      case 'datetime':
        out.push(this.literal(`${day}T00:00:00Z`, 'datetime', 1), this.nowItem(1));
        break;
      case 'date':
        out.push(this.literal(day, 'date', 1));
        break;
      case 'time':
        out.push(this.literal('08:00', 'time', 1));
        break;
      case 'duration':
        out.push(this.literal("duration'P30D'", 'duration', 1));
        break;
      case 'string':
        if (!f?.enum) out.push(this.literal("'…'", 'string', 1, { insertText: "'$1'", snippet: true }));
        break;
      default:
        break;
    }
    if (f?.nullable) {
      out.push(this.entry('null', 'value', 2, l10n.t('{0} can be null', f.name), l10n.t('`null` — the field has no value.')));
    }
    return out;
  }

  private nowItem(rank: number): CompletionEntry {
    const doc = functionDoc('now');
    return this.entry('now()', 'function', rank, doc.detail, doc.text);
  }

  /** Right of an arithmetic operator: what the operator can take with the left side. */
  arithmeticOperand(op: string, left: Operand): CompletionEntry[] {
    if (left.type === 'number') return [...this.fields((t) => t === 'number'), ...this.functions((r) => r === 'number')];
    if ((left.type === 'datetime' || left.type === 'date') && (op === 'add' || op === 'sub')) {
      return [
        this.literal("duration'P30D'", 'duration', 0),
        this.literal("duration'PT12H'", 'duration', 0),
        ...(op === 'sub' ? [this.nowItem(1)] : []),
      ];
    }
    if (left.type === 'duration') return [this.literal("duration'P1D'", 'duration', 0)];
    return [];
  }

  /** Arguments of a function call: fields and functions of the right type first, a literal for later arguments. */
  argument(fn: FunctionName, index: number): CompletionEntry[] {
    const sig = FUNCTIONS[fn];
    const kind = sig.params[index];
    if (kind === undefined) return [];
    if (kind === 'type' || ((fn === 'cast' || fn === 'isof') && index === 1)) {
      return Object.keys(EDM_TYPES).map((t) => this.entry(t, 'value', 0, l10n.t('type'), l10n.t('The type `{0}`.', t)));
    }
    if (kind === 'any') return this.fields();
    if (kind === 'duration') return [this.literal("duration'P1D'", 'duration', 0)];
    const accept = (t: CType) => fits(kind, t);
    if (index === 0 || kind === 'temporal' || kind === 'clock' || kind === 'datetime') {
      return [...this.fields(accept), ...this.functions(accept)];
    }
    return kind === 'string' ? [this.literal("'…'", 'string', 0, { insertText: "'$1'", snippet: true })] : [];
  }
}
