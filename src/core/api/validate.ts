// Turns untrusted JSON of the seed endpoints (products, services, cars, customers, tokens) into typed records.
// The rest of the fleet is in validateFleet.ts; the building blocks in validateCore.ts.
import * as l10n from '@vscode/l10n';
import { FlinkeyError } from './errors';
import type { Car, Customer, Product, Service, Token } from './models';
import {
  boolean,
  fail,
  integer,
  isObject,
  join,
  list,
  nullableDate,
  nullableString,
  object,
  record,
  string,
  type Rules,
} from './validateCore';

export const productRules: Rules = {
  id: integer,
  uniqueId: string,
  serialNumber: string,
  sapNumber: string,
  dongleTerminationTimeStamp: nullableDate,
  // A type the documentation does not list yet is passed through as it came.
  type: string,
};

export const serviceRules: Rules = {
  id: integer,
  name: string,
  productId: { expected: 'an integer or null', test: (v) => v === null || Number.isSafeInteger(v), optional: true },
  isTerminated: boolean,
  terminationDate: nullableDate,
  terminationCause: nullableString,
};

export const carRules: Rules = {
  id: integer,
  name: string,
  description: nullableString,
  vin: nullableString,
  licensePlate: nullableString,
  brand: nullableString,
  model: nullableString,
};

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
