// What a handler answers; server.ts turns it into bytes (and applies body faults to 200 JSON).

export interface Reply {
  status: number;
  /** JSON body (serialised by the writer) … */
  json?: unknown;
  /** … or a plain-text body. */
  text?: string;
  headers?: Record<string, string>;
  /** Pre-serialised JSON, for cached large lists. */
  jsonBytes?: Buffer;
}

export const json = (status: number, body: unknown, headers?: Record<string, string>): Reply => ({ status, json: body, headers });
export const text = (status: number, body: string, headers?: Record<string, string>): Reply => ({ status, text: body, headers });

/** Texts exactly as documented (see shared/notes/flinkey-api.md and flinkey-api-fleet.md); assumed ones are in api/assumptions.ts. */
export const MESSAGES = {
  invalidKey: 'Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.',
  invalidToken: 'Unauthorized. Access token is missing or invalid.',
  serverError: 'Internal server error.',
  productNotFound: 'Unable to find a product for the given productId which is assigned to the given customerId.',
  productNotFoundSub: 'No product can be found for this productId that is assigned to this customerId.',
  noServiceForProduct: 'No service can be found that is assigned to this productId.',
  noCarForProduct: 'No car can be found that is assigned to this productId.',
  serviceNotFound: 'Unable to find a service for the given serviceId which is assigned to the given customerId.',
  serviceNotFoundSub: 'No service can be found for this serviceId that is assigned to this customerId.',
  noProductForService: 'No product can be found that is assigned to this serviceId.',
  assignmentNotFound: 'Unable to find an assignment for the given assignmentId.',
  invalidBrand: 'Invalid brand provided.',
  notFound: 'Not found.',
  wrongCredentials: 'The user name or password is incorrect.',
} as const;

export const unauthorized = (message: string): Reply => json(401, { statusCode: 401, message });
