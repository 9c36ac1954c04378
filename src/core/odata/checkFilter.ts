// Type and schema checks of a parsed $filter against an entity's fields. Collects every problem it finds.
import { type FilterNode, FUNCTIONS, type FunctionSignature, type LiteralNode } from './ast';
import { type ODataProblem, problem } from './problem';
import { type Entity, ENTITY_PLURAL, fieldNames, type FieldSchema, findField } from './schema';
import { didYouMean } from './suggest';

export type ValueType = 'string' | 'number' | 'boolean' | 'datetime' | 'null' | 'unknown';

const TYPE_WORDS: Record<ValueType, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true/false',
  datetime: 'a date-time',
  null: 'null',
  unknown: 'unknown',
};

const ORDINALS = ['1st', '2nd', '3rd'];

export function fieldType(f: FieldSchema): ValueType {
  return f.type === 'int32' || f.type === 'double' ? 'number' : f.type === 'object' ? 'unknown' : f.type;
}

/** How a node reads in a message: 'id', 'x', 5, tolower(…). */
function describe(node: FilterNode): string {
  switch (node.kind) {
    case 'field':
      return `'${node.name}'`;
    case 'literal':
      return node.text.length > 40 ? node.text.slice(0, 40) + '…' : node.text;
    case 'call':
      return `${node.name}(…)`;
    default:
      return 'this condition';
  }
}

export function checkFilter(root: FilterNode, entity: Entity): ODataProblem[] {
  const problems: ODataProblem[] = [];
  const report = (node: { offset: number; length: number }, message: string, severity: ODataProblem['severity'] = 'error'): void => {
    problems.push(problem('filter', node.offset, node.length, message, severity));
  };

  /** Reports a non-boolean operand; the result says whether it was fine (to avoid follow-on problems). */
  const needBoolean = (node: FilterNode, what: string, hint: string): boolean => {
    const t = infer(node);
    if (t !== 'boolean' && t !== 'unknown') {
      report(node, `${what}, but ${describe(node)} is ${TYPE_WORDS[t]}${hint}`);
      return false;
    }
    return true;
  };

  const valueSide = new Set<FilterNode>();
  const schemaOf = (node: FilterNode): FieldSchema | undefined => (node.kind === 'field' ? findField(entity, node.name) : undefined);

  const checkEnum = (field: FilterNode, value: FilterNode): void => {
    const f = schemaOf(field);
    if (f?.enum && value.kind === 'literal' && value.type === 'string' && !f.enum.includes(value.value as string)) {
      const choices = f.enum.map((e) => `'${e}'`).join(' or ');
      report(value, `${describe(value)} is not a valid ${f.name} — expected ${choices}`);
    }
  };

  const checkPair = (left: FilterNode, lt: ValueType, right: FilterNode, rt: ValueType, at: FilterNode, op: string): void => {
    if (lt === 'unknown' || rt === 'unknown') {
      return;
    }
    if (lt !== rt && lt !== 'null' && rt !== 'null') {
      report(at, `${describe(left)} is ${TYPE_WORDS[lt]}, ${describe(right)} is ${TYPE_WORDS[rt]}${typeHint(lt, rt)}`);
      return;
    }
    const ordering = op !== 'eq' && op !== 'ne' && op !== 'in';
    if (ordering && (lt === 'boolean' || rt === 'boolean')) {
      report(at, `'${op}' compares numbers, strings or date-times; ${describe(lt === 'boolean' ? left : right)} is true/false`);
    } else if (ordering && (lt === 'null' || rt === 'null')) {
      report(at, `comparing with null using '${op}' is always false`, 'warning');
    } else if (!ordering && rt === 'null' && schemaOf(left)?.nullable === false) {
      report(at, `${describe(left)} is never null, so this comparison is always ${op === 'ne' ? 'true' : 'false'}`, 'warning');
    }
    checkEnum(left, right);
    checkEnum(right, left);
  };

  function infer(node: FilterNode): ValueType {
    switch (node.kind) {
      case 'field': {
        const f = findField(entity, node.name);
        if (!f) {
          // On the right of a comparison, a bare word is more likely text missing its quotes than a field.
          const asText = valueSide.has(node) ? ` — if you meant text, write '${node.name}'` : '';
          const suggestion = didYouMean(node.name, fieldNames(entity)) || asText;
          report(node, `unknown field '${node.name}' on ${ENTITY_PLURAL[entity]}${suggestion}`);
          return 'unknown';
        }
        return fieldType(f);
      }
      case 'literal':
        return literalType(node);
      case 'call': {
        const sig: FunctionSignature = FUNCTIONS[node.name];
        node.args.forEach((arg, i) => {
          const want = sig.args[i];
          const got = infer(arg);
          if (got !== want && got !== 'unknown' && got !== 'null') {
            const usage = sig.usage;
            report(
              arg,
              `${node.name} needs ${TYPE_WORDS[want]} as its ${ORDINALS[i]} argument (${usage}), but ${describe(arg)} is ${TYPE_WORDS[got]}`,
            );
          }
        });
        return sig.returns;
      }
      case 'not':
        return needBoolean(node.operand, `'not' needs a true/false condition`, ` — to negate a comparison write not (…)`)
          ? 'boolean'
          : 'unknown';
      case 'and':
      case 'or': {
        const ok = node.operands.map((o) => needBoolean(o, `'${node.kind}' joins true/false conditions`, ''));
        return ok.every(Boolean) ? 'boolean' : 'unknown';
      }
      case 'compare':
        valueSide.add(node.right);
        checkPair(node.left, infer(node.left), node.right, infer(node.right), node, node.op);
        return 'boolean';
      case 'in': {
        const lt = infer(node.left);
        for (const item of node.items) {
          checkPair(node.left, lt, item, literalType(item), item, 'in');
        }
        return 'boolean';
      }
    }
  }

  const top = infer(root);
  if (top !== 'boolean' && top !== 'unknown') {
    const example = root.kind === 'field' ? ` — compare it, e.g. ${root.name} eq …` : '';
    report(root, `a filter must be a true/false condition, but ${describe(root)} is ${TYPE_WORDS[top]}${example}`);
  }
  return problems;
}

function literalType(node: LiteralNode): ValueType {
  return node.type === 'date' ? 'datetime' : node.type;
}

function typeHint(a: ValueType, b: ValueType): string {
  const pair = [a, b];
  if (pair.includes('string') && pair.includes('datetime')) {
    return ' — write date-times without quotes, e.g. 2026-01-01T00:00:00Z';
  }
  if (pair.includes('string') && pair.includes('number')) {
    return ' — numbers are written without quotes, strings with single quotes';
  }
  if (pair.includes('string') && pair.includes('boolean')) {
    return ' — write true or false without quotes';
  }
  return '';
}
