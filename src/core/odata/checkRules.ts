// The typing rules of operators and functions (URL conventions §5.1.1): which operand types work together,
// what the result is, and which literal values break a rule.
import * as l10n from '@vscode/l10n';
import type { ArithNode, CallNode, CaseNode, CompareNode, FilterNode, InNode, LiteralNode, Span } from './ast';
import { FUNCTIONS, type FunctionName, type ParamKind } from './functions';
import { durationMs } from './literals';
import type { ODataProblem } from './problem';
import type { FieldSchema } from './schema';
import { closest } from './suggest';
import { EDM_TYPES, isNumeric, type ValueType, typeWords } from './types';

/** What the rules need from the checker. */
export interface Rules {
  infer(node: FilterNode): ValueType;
  report(at: Span, message: string, severity?: ODataProblem['severity'], replacement?: string): void;
  fieldOf(node: FilterNode): FieldSchema | undefined;
  markValueSide(node: FilterNode): void;
  elementOf(node: FilterNode): ValueType;
  needBoolean(node: FilterNode, what: string, hint: string): boolean;
  describe(node: FilterNode): string;
  readonly durations: Set<LiteralNode>;
}

const ORDINALS = ['1st', '2nd', '3rd'];
const quote = (s: string): string => `'${s.split("'").join("''")}'`;

/** A string literal that is a valid duration counts as one where a duration fits (4.01 drops the prefix). */
function asDuration(c: Rules, node: FilterNode, t: ValueType): ValueType {
  if (t === 'string' && node.kind === 'literal' && durationMs(node.value as string) !== undefined) {
    c.durations.add(node);
    return 'duration';
  }
  return t;
}

function comparable(a: ValueType, b: ValueType): boolean {
  if (a === b) return !['object', 'entity'].includes(a);
  if (isNumeric(a) && isNumeric(b)) return true;
  return (a === 'date' && b === 'datetime') || (a === 'datetime' && b === 'date');
}

function typeHint(a: ValueType, b: ValueType): string {
  const pair = [a, b];
  if (pair.includes('string') && (pair.includes('datetime') || pair.includes('date'))) {
    return l10n.t(' — write date-times without quotes, e.g. 2026-01-01T00:00:00Z');
  }
  if (pair.includes('string') && pair.some(isNumeric)) return l10n.t(' — numbers are written without quotes, strings with single quotes');
  if (pair.includes('string') && pair.includes('boolean')) return l10n.t(' — write true or false without quotes');
  if (pair.includes('string') && pair.includes('guid')) return l10n.t(' — write text in single quotes');
  return '';
}

/** Shared by comparisons and `in` items: type match, null and enum warnings. */
function pair(c: Rules, left: FilterNode, lt: ValueType, right: FilterNode, rt: ValueType, at: Span, op: string): void {
  if (lt === 'unknown' || rt === 'unknown') return;
  if (lt === 'duration') rt = asDuration(c, right, rt);
  if (rt === 'duration') lt = asDuration(c, left, lt);
  const ordering = op !== 'eq' && op !== 'ne' && op !== 'in';
  if (lt === 'null' || rt === 'null') {
    // Only a written null: an alias without a value already has its own warning.
    const written = (left.kind === 'literal' && lt === 'null') || (right.kind === 'literal' && rt === 'null');
    if (ordering && written) c.report(at, l10n.t("comparing with null using '{0}' is always false", op), 'warning');
    else if (written && rt === 'null' && c.fieldOf(left)?.nullable === false) {
      c.report(
        at,
        l10n.t('{0} is never null, so this comparison is always {1}', c.describe(left), op === 'ne' ? 'true' : 'false'),
        'warning',
      );
    }
    return;
  }
  if (!comparable(lt, rt) && !(lt === 'collection' && rt === 'collection' && !ordering)) {
    const chained = left.kind === 'compare' && lt === 'boolean' ? l10n.t(" — comparisons cannot be chained; join them with 'and'") : '';
    c.report(
      at,
      l10n.t('{0} is {1}, {2} is {3}{4}', c.describe(left), typeWords(lt), c.describe(right), typeWords(rt), chained || typeHint(lt, rt)),
    );
    return;
  }
  if (ordering && lt === 'collection') c.report(at, l10n.t("'{0}' cannot order lists; use eq or ne", op));
  enumCheck(c, left, right);
  enumCheck(c, right, left);
}

/** A value outside the documented values of a field is legal OData, but probably a typo. */
function enumCheck(c: Rules, field: FilterNode, value: FilterNode): void {
  const f = c.fieldOf(field);
  if (!f?.enum || value.kind !== 'literal' || value.type !== 'string' || f.enum.includes(value.value as string)) return;
  const near = closest(value.value as string, f.enum);
  const hint = near ? l10n.t(" — did you mean '{0}'?", near) : l10n.t(' — expected {0}', f.enum.map((e) => `'${e}'`).join(l10n.t(' or ')));
  c.report(value, l10n.t('{0} is not a documented value of {1}{2}', c.describe(value), f.name, hint), 'warning', near && quote(near));
}

export function checkComparison(c: Rules, node: CompareNode): ValueType {
  c.markValueSide(node.right);
  pair(c, node.left, c.infer(node.left), node.right, c.infer(node.right), node, node.op);
  return 'boolean';
}

export function checkIn(c: Rules, node: InNode): ValueType {
  const lt = c.infer(node.left);
  const right = node.right;
  const rt = c.infer(right);
  if (rt !== 'collection' && rt !== 'null' && rt !== 'unknown') {
    c.report(right, l10n.t("'in' needs a list on its right, like (1,2) or [1,2], but {0} is {1}", c.describe(right), typeWords(rt)));
  } else if (right.kind === 'list') {
    for (const item of right.items) pair(c, node.left, lt, item, c.infer(item), item, 'in');
  } else if (rt === 'collection') {
    pair(c, node.left, lt, right, c.elementOf(right), right, 'in');
  }
  return 'boolean';
}

export function checkArith(c: Rules, node: ArithNode): ValueType {
  let lt = c.infer(node.left);
  let rt = c.infer(node.right);
  if (lt === 'unknown' || rt === 'unknown') return 'unknown';
  if (lt === 'null' || rt === 'null') return 'null';
  const temporal = ['datetime', 'date', 'duration'];
  if (temporal.includes(lt)) rt = asDuration(c, node.right, rt);
  if (rt === 'duration') lt = asDuration(c, node.left, lt);
  const result = arithResult(node.op, lt, rt);
  if (!result) {
    c.report(node, l10n.t("'{0}' cannot work on {1} and {2}{3}", node.op, typeWords(lt), typeWords(rt), arithHint(node.op, lt, rt)));
    return 'unknown';
  }
  const zero = node.right.kind === 'literal' && node.right.value === 0;
  if (zero && (node.op === 'mod' || (node.op === 'div' && lt === 'int' && rt === 'int'))) {
    c.report(node.right, l10n.t("'{0}' by zero fails the request — use divby for a decimal result (INF)", node.op));
  }
  return result;
}

function arithResult(op: string, a: ValueType, b: ValueType): ValueType | undefined {
  if (isNumeric(a) && isNumeric(b)) {
    if (op === 'divby') return 'decimal';
    return a === 'int' && b === 'int' ? 'int' : 'decimal';
  }
  if (op === 'add' || op === 'sub') {
    if ((a === 'datetime' || a === 'date') && b === 'duration') return a;
    if (a === 'duration' && b === 'duration') return 'duration';
    if (op === 'add' && a === 'duration' && (b === 'datetime' || b === 'date')) return b;
    if (op === 'sub' && ((a === 'datetime' && b === 'datetime') || (a === 'date' && b === 'date'))) return 'duration';
  }
  if (op === 'mul' && ((a === 'duration' && isNumeric(b)) || (isNumeric(a) && b === 'duration'))) return 'duration';
  if ((op === 'div' || op === 'divby') && a === 'duration' && isNumeric(b)) return 'duration';
  return undefined;
}

function arithHint(op: string, a: ValueType, b: ValueType): string {
  if ((a === 'string' || b === 'string') && (op === 'add' || isNumeric(a) || isNumeric(b))) {
    return l10n.t(' — to join texts use concat(a, b); numbers are written without quotes');
  }
  if (a === 'datetime' || b === 'datetime') return l10n.t(" — add a duration to a date-time, e.g. terminationDate add duration'P30D'");
  return '';
}

const PARAM_WORDS = (): Record<ParamKind, string> => ({
  string: l10n.t('a string'),
  number: l10n.t('a number'),
  integer: l10n.t('a whole number'),
  temporal: l10n.t('a date or date-time'),
  clock: l10n.t('a date-time or time of day'),
  datetime: l10n.t('a date-time'),
  duration: l10n.t('a duration'),
  any: l10n.t('a value'),
  type: l10n.t('a type name'),
});

function accepts(kind: ParamKind, t: ValueType): boolean {
  switch (kind) {
    case 'number':
      return isNumeric(t);
    case 'integer':
      return t === 'int';
    case 'temporal':
      return t === 'date' || t === 'datetime';
    case 'clock':
      return t === 'datetime' || t === 'time';
    case 'any':
      return !['object', 'collection'].includes(t);
    default:
      return t === kind;
  }
}

export function checkCall(c: Rules, node: CallNode): ValueType {
  const name = node.name as FunctionName;
  const sig = FUNCTIONS[name];
  const offsetParams = (name === 'cast' || name === 'isof') && node.args.length === 1 ? 1 : 0;
  node.args.forEach((arg, i) => {
    const kind = sig.params[i + offsetParams];
    if (kind === 'type') return;
    let got = c.infer(arg);
    if (kind === 'duration') got = asDuration(c, arg, got);
    if (got !== 'unknown' && got !== 'null' && !accepts(kind, got)) {
      const words = PARAM_WORDS();
      c.report(
        arg,
        l10n.t(
          '{0} needs {1} as its {2} argument ({3}), but {4} is {5}',
          name,
          words[kind],
          ORDINALS[i],
          sig.usage,
          c.describe(arg),
          typeWords(got),
        ),
      );
    }
  });
  literalRules(c, node);
  if (name === 'cast' || name === 'isof') {
    const target = typeTarget(c, node.args[node.args.length - 1]);
    return name === 'isof' ? 'boolean' : target;
  }
  if (['round', 'floor', 'ceiling'].includes(name)) return c.infer(node.args[0]) === 'int' ? 'int' : 'decimal';
  return sig.returns;
}

function typeTarget(c: Rules, node: FilterNode): ValueType {
  if (node.kind !== 'type') return 'unknown';
  const known = EDM_TYPES[node.name];
  if (known) return known;
  if (node.name.startsWith('Edm.')) {
    const near = closest(node.name, Object.keys(EDM_TYPES));
    c.report(node, l10n.t("unknown type '{0}'{1}", node.name, near ? l10n.t(" — did you mean '{0}'?", near) : ''));
  } else {
    c.report(node, l10n.t("'{0}' is not an Edm type this extension knows; the server decides what it means", node.name), 'warning');
  }
  return 'unknown';
}

/** Rules about literal arguments: a negative substring length, a pattern that is no regular expression. */
function literalRules(c: Rules, node: CallNode): void {
  const lit = (i: number) => (node.args[i]?.kind === 'literal' ? node.args[i] : undefined);
  if (node.name === 'substring') {
    const count = lit(2);
    if (count && typeof count.value === 'number' && count.value < 0) {
      c.report(count, l10n.t('a negative length makes substring a bad request — use a count ≥ 0'));
    }
    const start = lit(1);
    if (start && typeof start.value === 'number' && start.value < 0) {
      c.report(start, l10n.t('a negative start counts from the end, but not every server supports it'), 'warning');
    }
  }
  const pattern = lit(1);
  if (node.name === 'matchesPattern' && pattern?.type === 'string') {
    try {
      new RegExp(pattern.value as string);
    } catch (e) {
      c.report(pattern, l10n.t('not a valid ECMAScript regular expression: {0}', e instanceof Error ? e.message : String(e)));
    }
  }
}

export function checkCase(c: Rules, node: CaseNode): ValueType {
  let result: ValueType | undefined;
  for (const { when, then } of node.pairs) {
    c.needBoolean(when, l10n.t('each case condition must be true/false'), '');
    const t = c.infer(then);
    if (t === 'null' || t === 'unknown') continue;
    if (result === undefined || result === t) result = t;
    else if (isNumeric(result) && isNumeric(t)) result = 'decimal';
    else {
      c.report(
        then,
        l10n.t('the results of case are {0} and {1}; servers may refuse results of different types', typeWords(result), typeWords(t)),
        'warning',
      );
      return 'unknown';
    }
  }
  return result ?? 'null';
}
