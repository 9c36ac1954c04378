// GET /brands and GET /brands/{brand}/keys: the key catalogue, answered without a Customer-ID.
import type { QueryOptions } from '../api/api';
import { ASSUMED_TEXTS, ASSUMPTIONS } from '../api/assumptions';
import type { Key, KeyForm } from '../api/models';
import { applyQuery, fromSearchParams, formatProblem } from '../odata';
import { findBrand, type KeyCatalogue } from './keys';
import { json, MESSAGES, text, type Reply } from './reply';
import { odataReply } from './replies';

/** /brands is a list of strings: only $top and $skip apply (an assumption). */
export function brandsReply(catalogue: KeyCatalogue, options: QueryOptions): Reply {
  const allowed: readonly string[] = ASSUMPTIONS.brandsOptions;
  if (Object.entries(options).some(([name, value]) => value !== undefined && !allowed.includes(name))) {
    return text(400, ASSUMED_TEXTS.brandsOptions);
  }
  const skip = options.skip ?? 0;
  return json(200, catalogue.brands.slice(skip, options.top === undefined ? undefined : skip + options.top));
}

const KEY_FORM_FIELDS = ['id', 'name', 'imageUrl'];
const EXPAND = new RegExp(`^\\s*${ASSUMPTIONS.keysExpand}\\s*(?:\\(\\s*\\$select\\s*=([^)]*)\\)\\s*)?$`);

/** `keyForm` or `keyForm($select=a,b)`: the key form's fields to keep ('*' for all); undefined when invalid. */
function parseExpand(value: string): string[] | undefined {
  const m = EXPAND.exec(value);
  if (!m) return undefined;
  if (m[1] === undefined) return ['*'];
  const fields = m[1].split(',').map((f) => f.trim());
  return fields.every((f) => f === '*' || KEY_FORM_FIELDS.includes(f)) ? fields : undefined;
}

function keyFormOf(form: KeyForm, fields: string[]): Partial<KeyForm> {
  if (fields.includes('*')) return form;
  return Object.fromEntries(Object.entries(form).filter(([k]) => fields.includes(k)));
}

/** The keys of one brand, with the usual OData options and `$expand=keyForm(…)` as the vendor's own pages send it. */
export function brandKeysReply(catalogue: KeyCatalogue, rawBrand: string | undefined, params: URLSearchParams): Reply {
  let brand: string | undefined;
  try {
    brand = findBrand(catalogue, decodeURIComponent(rawBrand ?? ''));
  } catch {
    brand = undefined; // malformed percent-encoding names no brand
  }
  if (!brand) return text(400, MESSAGES.invalidBrand);
  const rest = new URLSearchParams(params);
  const expandText = rest.get('$expand');
  rest.delete('$expand');
  const expand = expandText === null ? undefined : parseExpand(expandText);
  if (expandText !== null && !expand) return text(400, ASSUMED_TEXTS.invalidExpand);
  const { options, problems } = fromSearchParams(rest);
  if (problems.length > 0) return text(400, `Invalid ${formatProblem(problems[0])}`);
  const keys = catalogue.keys.get(brand) ?? [];
  try {
    // Same filter, order and page twice: once as selected, once whole, to put the key form back beside a $select.
    const rows = applyQuery(keys, options, 'key') as Record<string, unknown>[];
    const whole =
      options.select === undefined ? (rows as unknown as Key[]) : (applyQuery(keys, { ...options, select: undefined }, 'key') as Key[]);
    if (!expand) return json(200, rows);
    return json(
      200,
      rows.map((row, i) => ({ ...row, keyForm: keyFormOf(whole[i].keyForm, expand) })),
    );
  } catch (e) {
    return odataReply(e);
  }
}
