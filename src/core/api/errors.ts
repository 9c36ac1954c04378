// Typed errors for every documented answer of the flinkey API, plus transport failures.

export type FlinkeyErrorKind =
  | 'invalidApiKey' // 401 "Access denied due to invalid subscription key…"
  | 'unauthorized' // 401 "Unauthorized. Access token is missing or invalid."
  | 'invalidCredentials' // 400 invalid_grant on POST /oauth2/token
  | 'notFound' // 404 with a plain-text reason
  | 'badRequest' // 400 (OData, Customer-ID, an unknown brand), with the server's reason
  | 'unsupportedMediaType' // 415 on the token endpoint
  | 'rateLimited' // 429
  | 'server' // 5xx
  | 'network' // connection refused, reset, DNS …
  | 'timeout'
  | 'cancelled'
  | 'invalidResponse' // a body that does not validate, or malformed JSON
  | 'config'; // bad base URL, missing key …

/**
 * Marks a FlinkeyError in a way every bundle shares: the lazily loaded bundles (dist/query.js, dist/demo.js)
 * carry their own copy of this class, so a plain `instanceof` would fail across them. Symbol.for is global.
 */
const BRAND = Symbol.for('flinkey.FlinkeyError');

/** What a 404 was about, derived from the documented reason text. */
export type NotFoundSubject = 'manager' | 'product' | 'service' | 'car' | 'user' | 'assignment' | 'event' | 'group' | 'unknown';

export class FlinkeyError extends Error {
  /** `instanceof FlinkeyError` holds for a FlinkeyError from any bundle's copy of this class. */
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }

  constructor(
    readonly kind: FlinkeyErrorKind,
    message: string,
    readonly details: {
      status?: number;
      /** The server's own reason text (already redacted). */
      reason?: string;
      subject?: NotFoundSubject;
      /** For invalidResponse: the JSON path of the field that failed, e.g. `[3].serialNumber`. */
      field?: string;
      retryAfterMs?: number;
      /** Number of attempts made (retries included). */
      attempts?: number;
    } = {},
  ) {
    super(message);
    this.name = 'FlinkeyError';
    Object.defineProperty(this, BRAND, { value: true });
  }
}

export function isFlinkeyError(e: unknown, kind?: FlinkeyErrorKind): e is FlinkeyError {
  return e instanceof FlinkeyError && (kind === undefined || e.kind === kind);
}
