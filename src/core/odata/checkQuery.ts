// checkQuery: syntax and schema problems of all options, for one entity.
import type { QueryOptions } from '../api/api';
import { checkFilter } from './checkFilter';
import { parseOrderBy, parseSelectItems } from './options';
import { parseFilter } from './parser';
import { ODataError, type ODataProblem, type OptionName, problem } from './problem';
import { type Entity, ENTITY_PLURAL, fieldNames, findField } from './schema';
import { didYouMean } from './suggest';

/** True when a text option has something in it; blank text counts as "not given". */
export function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** Empty array = OK. Never throws. */
export function checkQuery(options: QueryOptions, entity: Entity): ODataProblem[] {
  const problems: ODataProblem[] = [];
  const syntax = (run: () => void): void => {
    try {
      run();
    } catch (e) {
      if (!(e instanceof ODataError)) {
        throw e;
      }
      problems.push(e.problem);
    }
  };
  for (const name of ['filter', 'orderby', 'select'] as const) {
    const value: unknown = options[name];
    if (value !== undefined && typeof value !== 'string') {
      problems.push(problem(name, 0, 1, `$${name} must be text`));
    }
  }
  if (hasText(options.filter)) {
    const text = options.filter;
    syntax(() => problems.push(...checkFilter(parseFilter(text), entity)));
  }
  if (hasText(options.orderby)) {
    const text = options.orderby;
    syntax(() =>
      checkFields(
        'orderby',
        parseOrderBy(text).map((i) => ({ name: i.field, ...i })),
        entity,
        problems,
      ),
    );
  }
  if (hasText(options.select)) {
    const text = options.select;
    syntax(() => checkFields('select', parseSelectItems(text), entity, problems));
  }
  checkCount('top', options.top, problems);
  checkCount('skip', options.skip, problems);
  return problems;
}

function checkFields(
  option: OptionName,
  items: { name: string; offset: number; length: number }[],
  entity: Entity,
  problems: ODataProblem[],
): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (item.name === '*') {
      continue;
    }
    if (!findField(entity, item.name)) {
      const message = `unknown field '${item.name}' on ${ENTITY_PLURAL[entity]}${didYouMean(item.name, fieldNames(entity))}`;
      problems.push(problem(option, item.offset, item.length, message));
    } else if (seen.has(item.name)) {
      problems.push(problem(option, item.offset, item.length, `'${item.name}' is listed more than once`, 'warning'));
    }
    seen.add(item.name);
  }
}

function checkCount(option: 'top' | 'skip', value: unknown, problems: ODataProblem[]): void {
  if (value === undefined) {
    return;
  }
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    const shown = typeof value === 'string' ? value : JSON.stringify(value);
    problems.push(problem(option, 0, Math.max(1, shown.length), `$${option} must be a whole number ≥ 0, found ${shown}`));
  }
}
