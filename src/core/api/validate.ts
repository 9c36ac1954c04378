// Turns untrusted JSON into typed records. Unknown fields are dropped, so records only ever hold
// documented fields; with `partial` (a $select was sent) absent fields are allowed but present ones are checked.
import * as l10n from '@vscode/l10n';
import { FlinkeyError } from './errors';
import { PRODUCT_TYPES, type Car, type Customer, type Product, type Service, type Token } from './models';

interface FieldRule {
  expected: string;
  test(value: unknown): boolean;
  /** May be absent even in a full record. */
  optional?: boolean;
}

type Rules = Record<string, FieldRule>;

const integer: FieldRule = { expected: 'an integer', test: (v) => Number.isSafeInteger(v) };
const string: FieldRule = { expected: 'a string', test: (v) => typeof v === 'string' };
const boolean: FieldRule = { expected: 'true or false', test: (v) => typeof v === 'boolean' };
const nullableString: FieldRule = { expected: 'a string or null', test: (v) => v === null || typeof v === 'string' };
const nullableDate: FieldRule = {
  expected: 'an ISO date-time or null',
  test: (v) => v === null || (typeof v === 'string' && !Number.isNaN(Date.parse(v))),
};

const productRules: Rules = {
  id: integer,
  uniqueId: string,
  serialNumber: string,
  sapNumber: string,
  dongleTerminationTimeStamp: nullableDate,
  type: {
    expected: `one of ${PRODUCT_TYPES.map((t) => `"${t}"`).join(', ')}`,
    test: (v) => (PRODUCT_TYPES as readonly unknown[]).includes(v),
  },
};

const serviceRules: Rules = {
  id: integer,
  name: string,
  productId: { expected: 'an integer or null', test: (v) => v === null || Number.isSafeInteger(v), optional: true },
  isTerminated: boolean,
  terminationDate: nullableDate,
  terminationCause: nullableString,
};

const carRules: Rules = {
  id: integer,
  name: string,
  description: nullableString,
  vin: nullableString,
  licensePlate: nullableString,
  brand: nullableString,
  model: nullableString,
};

export type Collection = 'products' | 'services';

export function parseProduct(body: unknown, partial = false): Product {
  return record(body, '', productRules, partial) as unknown as Product;
}

export function parseProducts(body: unknown, partial = false): Product[] {
  return list(body, (item, path) => record(item, path, productRules, partial)) as unknown as Product[];
}

/** Accepts the object itself or the `{ items: {…} }` wrapper shown in the services reference page. */
export function parseService(body: unknown, partial = false): Service {
  return record(unwrapItems(body), '', serviceRules, partial) as unknown as Service;
}

export function parseServices(body: unknown, partial = false): Service[] {
  return list(body, (item, path) => record(item, path, serviceRules, partial)) as unknown as Service[];
}

export function parseCar(body: unknown, partial = false): Car {
  return record(body, '', carRules, partial) as unknown as Car;
}

/** Rows for the query feature: documented fields only, types checked, absent fields allowed when partial. */
export function parseRows(collection: Collection, body: unknown, partial: boolean): Record<string, unknown>[] {
  const rules = collection === 'products' ? productRules : serviceRules;
  return list(body, (item, path) => record(item, path, rules, partial));
}

/** `id` may be a number or a string of digits; it comes out as a string of digits. */
export function parseCustomers(body: unknown): Customer[] {
  return list(body, (item, path) => {
    const obj = object(item, path);
    const id = obj.id;
    let normalised: string | undefined;
    if (typeof id === 'number' && Number.isSafeInteger(id) && id >= 0) {
      normalised = String(id);
    } else if (typeof id === 'string' && /^\s*\d+\s*$/.test(id)) {
      normalised = id.trim();
    }
    if (normalised === undefined) {
      fail(join(path, 'id'), 'a customer id (digits, as a number or string)', id);
    }
    if (typeof obj.name !== 'string') {
      fail(join(path, 'name'), 'a string', obj.name);
    }
    return { id: normalised, name: obj.name };
  });
}

/** The token endpoint answers `expires_in` as a string of seconds (a number is accepted too). */
export function parseToken(body: unknown, now = Date.now()): Token {
  const obj = object(body, '');
  if (typeof obj.access_token !== 'string' || obj.access_token.length === 0) {
    fail('access_token', 'a non-empty string', obj.access_token);
  }
  // It goes into the Authorization header: a line break there makes every request fail as unreachable.
  if (/[^\x21-\x7e]/.test(obj.access_token)) {
    throw new FlinkeyError(
      'invalidResponse',
      l10n.t(
        'The flinkey API sent an access token with a line break, space or other character that a request header cannot carry, so it was not used. Sign in again; if this repeats, the token endpoint is at fault.',
      ),
      { field: 'access_token' },
    );
  }
  if (obj.token_type !== undefined && (typeof obj.token_type !== 'string' || obj.token_type.toLowerCase() !== 'bearer')) {
    fail('token_type', '"Bearer"', obj.token_type);
  }
  const raw = obj.expires_in;
  let seconds = NaN;
  if (typeof raw === 'number') {
    seconds = raw;
  } else if (typeof raw === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(raw)) {
    seconds = Number(raw);
  }
  if (!Number.isFinite(seconds) || seconds < 0) {
    fail('expires_in', 'a number of seconds (as a string or number)', raw);
  }
  return { accessToken: obj.access_token, expiresAt: now + Math.round(seconds * 1000) };
}

function unwrapItems(body: unknown): unknown {
  if (isObject(body) && isObject(body.items) && !('id' in body) && !('name' in body)) {
    return body.items;
  }
  return body;
}

function record(value: unknown, path: string, rules: Rules, partial: boolean): Record<string, unknown> {
  const obj = object(value, path);
  const out: Record<string, unknown> = {};
  for (const [name, rule] of Object.entries(rules)) {
    if (!(name in obj)) {
      if (!partial && !rule.optional) {
        fail(join(path, name), rule.expected, undefined);
      }
      continue;
    }
    if (!rule.test(obj[name])) {
      fail(join(path, name), rule.expected, obj[name]);
    }
    out[name] = obj[name];
  }
  return out;
}

function list<T>(body: unknown, item: (value: unknown, path: string) => T): T[] {
  if (!Array.isArray(body)) {
    fail('', 'an array', body);
  }
  return body.map((value, index) => item(value, `[${index}]`));
}

function object(value: unknown, path: string): Record<string, unknown> {
  if (!isObject(value)) {
    fail(path, 'an object', value);
  }
  return value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}

/** Describes what arrived; long strings are not echoed (the message passes redaction anyway). */
function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length <= 40 ? JSON.stringify(value) : 'a long string';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `a ${typeof value}`;
}

function fail(field: string, expected: string, got: unknown): never {
  const where = field ? `field ${field}` : 'the response body';
  throw new FlinkeyError(
    'invalidResponse',
    `The flinkey API sent an unexpected response: ${where} should be ${expected} but is ${describe(got)}.`,
    { field: field || '(body)' },
  );
}
