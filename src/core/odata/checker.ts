// Infers the type of every node the way OData does (numeric promotion, date-time arithmetic, null) and reports
// only what really cannot work as an error; what is legal but probably unintended is a warning.
import * as l10n from '@vscode/l10n';
import type { FieldNode, FilterNode, LiteralNode, Span } from './ast';
import type { Aliases } from './aliases';
import { checkArith, checkCall, checkCase, checkComparison, checkIn, type Rules } from './checkRules';
import { FUNCTION_NAMES } from './functions';
import { type ODataProblem, type ProblemOption, problem } from './problem';
import { childFields, type EntitySchema, type FieldSchema, topFields } from './schema';
import { didYouMean } from './suggest';
import { type ValueType, typeWords } from './types';

export function fieldType(f: FieldSchema): ValueType {
  switch (f.type) {
    case 'int32':
      return 'int';
    case 'double':
      return 'decimal';
    default:
      return f.type;
  }
}

/** How a node reads in a message: 'id', 'x', 5, tolower(…), or its text when short. */
export function describeNode(node: FilterNode, source: string | undefined): string {
  switch (node.kind) {
    case 'field':
      return `'${node.name}'`;
    case 'literal':
      return node.text.length > 40 ? node.text.slice(0, 40) + '…' : node.text;
    case 'alias':
      return `@${node.name}`;
    case 'it':
      return '$it';
    default: {
      const text = source?.slice(node.offset, node.offset + node.length);
      if (text && text.length <= 40) return `'${text}'`;
      return node.kind === 'call' ? `${node.name}(…)` : l10n.t('this expression');
    }
  }
}

export class Checker implements Rules {
  readonly problems: ODataProblem[] = [];
  /** The inferred type of each node, for the evaluator. */
  readonly types = new Map<FilterNode, ValueType>();
  /** Element types of lists and aliases that hold lists. */
  readonly elements = new Map<FilterNode, ValueType>();
  /** String literals read as durations ('P1D' next to a date-time, as 4.01 allows). */
  readonly durations = new Set<LiteralNode>();
  readonly usedAliases = new Set<string>();
  private option: ProblemOption;
  private readonly sources = new Map<ProblemOption, string>();
  private readonly valueSide = new Set<FilterNode>();
  private readonly aliasTypes = new Map<string, ValueType>();
  private readonly inProgress = new Set<string>();

  constructor(
    readonly schema: EntitySchema,
    readonly aliases: Aliases,
    option: ProblemOption,
  ) {
    this.option = option;
  }

  report(at: Span, message: string, severity: ODataProblem['severity'] = 'error', replacement?: string): void {
    this.problems.push(problem(this.option, at.offset, at.length, message, severity, replacement));
  }

  /** Checks one expression written in `option`; `source` (its text) makes messages quote compound parts. */
  run(node: FilterNode, option: ProblemOption, source?: string): ValueType {
    this.option = option;
    if (source !== undefined) this.sources.set(option, source);
    return this.infer(node);
  }

  describe(node: FilterNode): string {
    return describeNode(node, this.sources.get(this.option));
  }

  markValueSide(node: FilterNode): void {
    this.valueSide.add(node);
  }

  infer(node: FilterNode): ValueType {
    const known = this.types.get(node);
    if (known !== undefined) return known;
    const t = this.inferNew(node);
    this.types.set(node, t);
    return t;
  }

  /** The schema entry behind a plain field path, for enum and null checks. */
  fieldOf(node: FilterNode): FieldSchema | undefined {
    return node.kind === 'field' ? this.resolve(node, false)?.field : undefined;
  }

  /** A boolean operand of and/or/not; reports and returns false otherwise. */
  needBoolean(node: FilterNode, what: string, hint: string): boolean {
    const t = this.infer(node);
    if (t !== 'boolean' && t !== 'unknown' && t !== 'null') {
      this.report(node, l10n.t('{0}, but {1} is {2}{3}', what, this.describe(node), typeWords(t), hint));
      return false;
    }
    return true;
  }

  private inferNew(node: FilterNode): ValueType {
    switch (node.kind) {
      case 'literal':
        return node.type;
      case 'field':
        return this.resolve(node, true)?.type ?? 'unknown';
      case 'it':
        return 'entity';
      case 'alias':
        return this.alias(node.name, node);
      case 'list':
        return this.list(node);
      case 'and':
      case 'or': {
        const ok = node.operands.map((o) => this.needBoolean(o, l10n.t("'{0}' joins true/false conditions", node.kind), ''));
        return ok.every(Boolean) ? 'boolean' : 'unknown';
      }
      case 'not':
        return this.needBoolean(
          node.operand,
          l10n.t("'not' needs a true/false condition"),
          l10n.t(' — to negate a comparison write not (…)'),
        )
          ? 'boolean'
          : 'unknown';
      case 'negate': {
        const t = this.infer(node.operand);
        if (t === 'int' || t === 'decimal' || t === 'duration' || t === 'null' || t === 'unknown') return t;
        this.report(
          node.operand,
          l10n.t("'-' changes the sign of numbers and durations, but {0} is {1}", this.describe(node.operand), typeWords(t)),
        );
        return 'unknown';
      }
      case 'compare':
        return checkComparison(this, node);
      case 'in':
        return checkIn(this, node);
      case 'arith':
        return checkArith(this, node);
      case 'call':
        return checkCall(this, node);
      case 'case':
        return checkCase(this, node);
      case 'type':
        this.report(node, l10n.t('a type name like {0} can only be the last argument of cast() or isof()', node.name));
        return 'unknown';
    }
  }

  private resolve(node: FieldNode, reportProblems: boolean): { type: ValueType; field: FieldSchema } | undefined {
    const all = this.schema.fields;
    let fields = topFields(all);
    let field: FieldSchema | undefined;
    for (let i = 0; i < node.segments.length; i++) {
      const seg = node.segments[i];
      if (field && field.type !== 'object') {
        if (reportProblems) {
          this.report(seg, l10n.t("'{0}' is {1}; it has no field '{2}'", field.name, typeWords(fieldType(field)), seg.name));
        }
        return undefined;
      }
      field = fields.find((f) => f.name === seg.name);
      if (!field) {
        if (reportProblems) this.unknownField(node, i, fields);
        return undefined;
      }
      const path = node.segments.slice(0, i + 1).map((s) => s.name);
      fields = field.type === 'object' ? childFields(all, field, path.join('/')) : [];
    }
    return field && { type: fieldType(field), field };
  }

  private unknownField(node: FieldNode, i: number, fields: readonly FieldSchema[]): void {
    const seg = node.segments[i];
    const names = fields.map((f) => f.name);
    const where = i === 0 ? this.schema.plural : `'${node.segments[i - 1].name}'`;
    // On the right of a comparison, a bare word is more likely text missing its quotes than a field.
    const asText = this.valueSide.has(node) && node.segments.length === 1 ? l10n.t(" — if you meant text, write '{0}'", seg.name) : '';
    const asCall = FUNCTION_NAMES.some((f) => f.toLowerCase() === seg.name.toLowerCase()) ? l10n.t(' — did you mean {0}()?', seg.name) : '';
    this.report(seg, l10n.t("unknown field '{0}' on {1}{2}", seg.name, where, didYouMean(seg.name, names) || asCall || asText));
  }

  private alias(name: string, at: Span): ValueType {
    this.usedAliases.add(name);
    const value = this.aliases.get(name);
    if (!value) {
      this.report(at, l10n.t('@{0} has no value, so it is null — give it one with &@{0}=…', name), 'warning');
      return 'null';
    }
    if (!value.node) return 'unknown';
    const known = this.aliasTypes.get(name);
    if (known !== undefined) return known;
    if (this.inProgress.has(name)) {
      this.report(at, l10n.t('@{0} refers to itself', name));
      return 'unknown';
    }
    this.inProgress.add(name);
    const outer = this.option;
    this.option = `@${name}`;
    const text = value.text;
    if (text !== undefined) this.sources.set(this.option, text);
    for (const note of value.notes) this.report(note, note.message, 'warning', note.replacement);
    const t = this.infer(value.node);
    const element = this.elements.get(value.node);
    this.option = outer;
    this.inProgress.delete(name);
    this.aliasTypes.set(name, t);
    if (element !== undefined) this.elements.set(value.node, element);
    return t;
  }

  /** Element type of a list or of what a list-valued alias holds. */
  elementOf(node: FilterNode): ValueType {
    if (node.kind === 'alias') {
      const target = this.aliases.get(node.name)?.node;
      return target ? this.elementOf(target) : 'unknown';
    }
    return this.elements.get(node) ?? 'unknown';
  }

  private list(node: FilterNode & { kind: 'list' }): ValueType {
    let element: ValueType | undefined;
    for (const item of node.items) {
      const t = this.infer(item);
      if (t === 'null' || t === 'unknown') continue;
      if (element === undefined || element === t) element = t;
      else element = (element === 'int' || element === 'decimal') && (t === 'int' || t === 'decimal') ? 'decimal' : 'unknown';
    }
    this.elements.set(node, element ?? 'unknown');
    return 'collection';
  }
}
