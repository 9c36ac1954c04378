// Hover over one option value: fields and paths, functions, operators, literal forms, aliases and $it.
import * as l10n from '@vscode/l10n';
import { findFunction } from '../odata/functions';
import { tokenize, type Token } from '../odata/lexer';
import type { OptionName } from '../odata/problem';
import { fieldsAt, resolveSchema, type FieldSchema, type SchemaRef } from '../odata/schema';
import { didYouMean } from '../odata/suggest';
import { EDM_TYPES } from '../odata/types';
import { toInstant } from '../odata/values';
import { fieldDoc, LITERAL_DOCS, operatorDoc } from './docs';
import { functionDoc } from './functionDocs';
import type { HoverInfo } from './hoverInfo';

const caseNote = (tok: Token, canonical: string): string =>
  tok.text === canonical
    ? ''
    : `\n\n${l10n.t("Written '{0}': OData 4.01 servers accept any case, 4.0 servers need '{1}'.", tok.text, canonical)}`;

/** `option` says how to read `value`; `at` is an offset into it. */
export function hoverValue(option: OptionName | 'alias', value: string, at: number, entity: SchemaRef | undefined): HoverInfo | undefined {
  if (option === 'top' || option === 'skip') return undefined;
  const tokens = tokenize(value);
  // The token under the position, else one ending right there (editors report a word's end as part of it).
  let i = tokens.findIndex((t) => t.offset <= at && at < t.offset + t.length);
  if (i < 0) i = tokens.findIndex((t) => t.offset + t.length === at);
  const tok = tokens[i];
  if (!tok) return undefined;
  const here = (markdown: string): HoverInfo => ({ markdown, start: tok.offset, end: tok.offset + tok.length });
  const literals = LITERAL_DOCS();
  switch (tok.kind) {
    case 'identifier': {
      const lower = tok.text.toLowerCase();
      if (option === 'orderby' && (lower === 'asc' || lower === 'desc')) {
        const doc = lower === 'asc' ? l10n.t('`asc` — smallest first (the default).') : l10n.t('`desc` — largest first.');
        return here(doc + caseNote(tok, lower));
      }
      const fn = findFunction(tok.text);
      if (fn && tokens[i + 1]?.kind === 'openParen') return here(functionDoc(fn).text + caseNote(tok, fn));
      if (EDM_TYPES[tok.text]) return here(l10n.t('`{0}` — a type name for cast() and isof().', tok.text));
      return entity ? fieldHover(tokens, i, entity, option, here) : undefined;
    }
    case 'keyword': {
      const doc = operatorDoc(tok.text.toLowerCase());
      return doc ? here(doc.text + caseNote(tok, tok.text.toLowerCase())) : undefined;
    }
    case 'null':
      return here(literals.null.text);
    case 'boolean':
      return here(literals.boolean.text + caseNote(tok, tok.text.toLowerCase()));
    case 'datetime':
    case 'date': {
      const instant = toInstant(tok.text);
      const utc =
        instant && tok.kind === 'datetime' ? ` = ${new Date(Math.floor(instant.ms)).toISOString().replace('.000Z', 'Z')} UTC` : '';
      return here(`${tok.kind === 'date' ? l10n.t('Date literal') : l10n.t('Date-time literal')} \`${tok.text}\`${utc}`);
    }
    case 'time':
    case 'duration':
    case 'guid':
      return here(literals[tok.kind].text);
    case 'number':
      return /[eE]|INF|NaN/.test(tok.text) ? here(literals.number.text) : undefined;
    case 'alias':
      return here(literals.alias.text);
    case 'it':
      return here(literals.it.text);
    default:
      return undefined;
  }
}

/** A field name, possibly a segment of a path (userData/firstName, $it/name). */
function fieldHover(
  tokens: Token[],
  i: number,
  entity: SchemaRef,
  option: OptionName | 'alias',
  here: (md: string) => HoverInfo,
): HoverInfo | undefined {
  const path = [tokens[i].text];
  let k = i;
  while (tokens[k - 1]?.kind === 'slash' && tokens[k - 2]?.kind === 'identifier') {
    path.unshift(tokens[k - 2].text);
    k -= 2;
  }
  const schema = resolveSchema(entity);
  // In $expand, a name inside name($select=…) belongs to that object.
  const owner = option === 'expand' ? enclosingName(tokens, i) : undefined;
  const base = owner && fieldsAt(schema.fields, [owner]) ? [owner] : [];
  let field: FieldSchema | undefined;
  for (let k = 0; k < path.length; k++) {
    const list = fieldsAt(schema.fields, [...base, ...path.slice(0, k)]) ?? [];
    field = list.find((f) => f.name === path[k]);
    if (!field) {
      const where = k > 0 ? `'${path[k - 1]}'` : base.length ? `'${owner}'` : schema.plural;
      return here(
        l10n.t(
          '`{0}` is not a field of {1}{2}',
          path[k],
          where,
          didYouMean(
            path[k],
            list.map((f) => f.name),
          ),
        ),
      );
    }
  }
  return field && here(fieldDoc(entity, field, [...base, ...path].join('/')).text);
}

/** The identifier before the '(' that encloses token i, if any. */
function enclosingName(tokens: Token[], i: number): string | undefined {
  let depth = 0;
  for (let k = i - 1; k >= 0; k--) {
    if (tokens[k].kind === 'closeParen') depth++;
    else if (tokens[k].kind === 'openParen' && depth-- === 0) return tokens[k - 1]?.kind === 'identifier' ? tokens[k - 1].text : undefined;
  }
  return undefined;
}
