// checkQuery: syntax and schema problems of all options, for one entity (or any schema).
import * as l10n from '@vscode/l10n';
import type { QueryOptions } from './queryOptions';
import { parseAliases } from './aliases';
import type { FilterNode, ParseNote, PathSegment } from './ast';
import { Checker, fieldType } from './checker';
import { type ExpandItem, parseExpand } from './expand';
import { type OrderByItem, parseOrderByWithNotes, parseSelectItems, type SelectItem } from './options';
import { parseExpression } from './parser';
import { ODataError, type ODataProblem, type OptionName, problem, type ProblemOption } from './problem';
import { childFields, type FieldSchema, fieldsAt, resolveSchema, type SchemaRef } from './schema';
import { didYouMean } from './suggest';
import { typeWords } from './types';
import { findUnquotedValues } from './unquoted';

/** True when a text option has something in it; blank text counts as "not given". */
export function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** Everything the evaluator needs from one check: the parsed options and the inferred types. */
export interface Analysis {
  problems: ODataProblem[];
  checker: Checker;
  filter?: FilterNode;
  orderby?: OrderByItem[];
  select?: SelectItem[];
  expand?: ExpandItem[];
}

/** Empty array = OK. Never throws. */
export function checkQuery(options: QueryOptions, entity: SchemaRef): ODataProblem[] {
  return analyzeQuery(options, entity).problems;
}

export function analyzeQuery(options: QueryOptions, entity: SchemaRef): Analysis {
  const schema = resolveSchema(entity);
  const problems: ODataProblem[] = [];
  const syntax = <T>(run: () => T): T | undefined => {
    try {
      return run();
    } catch (e) {
      if (!(e instanceof ODataError)) throw e;
      problems.push(e.problem);
      return undefined;
    }
  };
  for (const name of ['filter', 'orderby', 'select', 'expand'] as const) {
    const value: unknown = options[name];
    if (value !== undefined && typeof value !== 'string') problems.push(problem(name, 0, 1, l10n.t('${0} must be text', name)));
  }
  const aliases = parseAliases(options.aliases, problems);
  const checker = new Checker(schema, aliases, 'filter');
  const notes = (option: ProblemOption, list: ParseNote[]) =>
    list.forEach((n) => problems.push(problem(option, n.offset, n.length, n.message, 'warning', n.replacement)));
  const analysis: Analysis = { problems, checker };

  if (hasText(options.filter)) {
    const text = options.filter;
    // A bare text value would read as a field or a missing 'and': say it needs quotes; the rest is checked once it has them.
    const unquoted = findUnquotedValues(text, schema.fields);
    problems.push(...unquoted);
    const parsed = unquoted.length ? undefined : syntax(() => parseExpression(text, 'filter'));
    if (parsed) {
      notes('filter', parsed.notes);
      analysis.filter = parsed.node;
      const top = checker.run(parsed.node, 'filter', text);
      if (top !== 'boolean' && top !== 'unknown' && top !== 'null') {
        const example = parsed.node.kind === 'field' ? l10n.t(' — compare it, e.g. {0} eq …', parsed.node.name) : '';
        checker.report(
          parsed.node,
          l10n.t('a filter must be a true/false condition, but {0} is {1}{2}', checker.describe(parsed.node), typeWords(top), example),
        );
      }
    }
  }
  if (hasText(options.orderby)) {
    const text = options.orderby;
    const parsed = syntax(() => parseOrderByWithNotes(text));
    if (parsed) {
      notes('orderby', parsed.notes);
      analysis.orderby = parsed.items;
      for (const item of parsed.items) {
        const t = checker.run(item.expr, 'orderby', text);
        if (t === 'object' || t === 'collection' || t === 'entity') {
          checker.report(item, l10n.t('cannot sort by {0} — sort by one of its fields', typeWords(t)));
        }
      }
    }
  }
  if (hasText(options.select)) {
    const text = options.select;
    analysis.select = syntax(() => parseSelectItems(text));
    if (analysis.select) checkPaths('select', analysis.select, schema.fields, [], schema.plural, problems);
  }
  if (hasText(options.expand)) {
    const text = options.expand;
    analysis.expand = syntax(() => parseExpand(text));
    if (analysis.expand) checkExpand(analysis.expand, schema.fields, [], schema.plural, problems);
  }
  problems.push(...checker.problems);
  for (const [name, value] of aliases) {
    for (const n of value.notes) {
      if (!checker.usedAliases.has(name)) problems.push(problem(`@${name}`, n.offset, n.length, n.message, 'warning'));
    }
    if (!checker.usedAliases.has(name)) {
      problems.push(
        problem(
          `@${name}`,
          0,
          options.aliases?.[name]?.length ?? 0,
          l10n.t('@{0} is given but not used in $filter or $orderby', name),
          'warning',
        ),
      );
    }
  }
  checkCount('top', options.top, problems);
  checkCount('skip', options.skip, problems);
  // In the order the options are read, so the first problem is the one a person meets first.
  const rank = (p: ODataProblem) => RANK.indexOf(p.option.startsWith('@') ? '@' : p.option);
  problems.sort((a, b) => rank(a) - rank(b));
  return analysis;
}

const RANK = ['query', 'filter', 'orderby', 'select', 'expand', '@', 'top', 'skip'];

/** The field a path names (below the object at `base`), reporting unknown segments; undefined when it does not resolve. */
function resolvePath(
  option: OptionName,
  segments: PathSegment[],
  all: readonly FieldSchema[],
  base: string[],
  where: string,
  problems: ODataProblem[],
): FieldSchema | undefined {
  let list = fieldsAt(all, base) ?? [];
  let field: FieldSchema | undefined;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    if (field && field.type !== 'object') {
      const message = l10n.t("'{0}' is {1}; it has no field '{2}'", field.name, typeWords(fieldType(field)), seg.name);
      problems.push(problem(option, seg.offset, seg.length, message));
      return undefined;
    }
    field = list.find((f) => f.name === seg.name);
    if (!field) {
      const on = i === 0 ? where : `'${segments[i - 1].name}'`;
      const names = list.map((f) => f.name);
      problems.push(
        problem(option, seg.offset, seg.length, l10n.t("unknown field '{0}' on {1}{2}", seg.name, on, didYouMean(seg.name, names))),
      );
      return undefined;
    }
    const path = [...base, ...segments.slice(0, i + 1).map((s) => s.name)];
    list = field.type === 'object' ? childFields(all, field, path.join('/')) : [];
  }
  return field;
}

function checkPaths(
  option: OptionName,
  items: SelectItem[],
  all: readonly FieldSchema[],
  base: string[],
  where: string,
  problems: ODataProblem[],
): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (item.name === '*') continue;
    if (!resolvePath(option, item.segments, all, base, where, problems)) continue;
    if (seen.has(item.name)) {
      problems.push(problem(option, item.offset, item.length, l10n.t("'{0}' is listed more than once", item.name), 'warning'));
    }
    seen.add(item.name);
  }
}

/** $expand takes nested objects; which of them a server links rather than embeds is not documented, so any object may be expanded. */
function checkExpand(items: ExpandItem[], all: readonly FieldSchema[], base: string[], where: string, problems: ODataProblem[]): void {
  for (const item of items) {
    if (item.name === '*') continue;
    const field = resolvePath('expand', item.segments, all, base, where, problems);
    if (!field) continue;
    if (field.type !== 'object') {
      const message = l10n.t(
        "'{0}' is {1}; $expand takes nested objects — list plain fields in $select",
        item.name,
        typeWords(fieldType(field)),
      );
      problems.push(problem('expand', item.offset, item.length, message));
      continue;
    }
    const inner = [...base, ...item.segments.map((s) => s.name)];
    if (item.select) checkPaths('expand', item.select, all, inner, `'${item.name}'`, problems);
    if (item.expand) checkExpand(item.expand, all, inner, `'${item.name}'`, problems);
  }
}

function checkCount(option: 'top' | 'skip', value: unknown, problems: ODataProblem[]): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    const shown = typeof value === 'string' ? value : JSON.stringify(value);
    problems.push(problem(option, 0, Math.max(1, shown.length), l10n.t('${0} must be a whole number ≥ 0, found {1}', option, shown)));
  }
}
