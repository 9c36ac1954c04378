// Maps a non-2xx answer of the flinkey API to a FlinkeyError a person can act on.
import * as l10n from '@vscode/l10n';
import { FlinkeyError, type NotFoundSubject } from './errors';
import { shorten } from './redact';

export const MAX_REASON = 500;

export const INVALID_API_KEY_MESSAGE = 'The flinkey-API-Key was rejected. Check the key on the Developer page of the flinkey Portal.';
const invalidApiKey = () => l10n.t('The flinkey-API-Key was rejected. Check the key on the Developer page of the flinkey Portal.');

/** `mask` hides secrets the server may echo; it runs before the reason is shortened, never after. */
export function mapErrorResponse(
  status: number,
  bodyText: string,
  retryAfter: string | null,
  mask: (text: string) => string = (text) => text,
): FlinkeyError {
  const json = tryParse(bodyText);
  const reason = shorten(mask(reasonOf(json, bodyText)), MAX_REASON);
  const base = { status, reason };

  if (status === 401) {
    if (/subscription key/i.test(reason)) {
      return new FlinkeyError('invalidApiKey', invalidApiKey(), base);
    }
    return new FlinkeyError('unauthorized', l10n.t('The flinkey access token is missing, invalid or expired. Sign in again.'), base);
  }
  if (status === 400 && isObject(json) && json.error === 'invalid_grant') {
    return new FlinkeyError(
      'invalidCredentials',
      l10n.t('The flinkey API Manager username or password was rejected. Check them and sign in again.'),
      base,
    );
  }
  if (status === 404) {
    const subject = notFoundSubject(reason);
    return new FlinkeyError('notFound', notFoundMessage(subject, reason), { ...base, subject });
  }
  if (status === 415) {
    return new FlinkeyError('unsupportedMediaType', l10n.t('The flinkey API did not accept the content type of the request (415).'), base);
  }
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(retryAfter);
    const wait =
      retryAfterMs !== undefined ? ` ${l10n.t('Try again in {0} s.', Math.ceil(retryAfterMs / 1000))}` : ` ${l10n.t('Try again later.')}`;
    return new FlinkeyError('rateLimited', `${l10n.t('The flinkey API is limiting the request rate (429).')}${wait}`, {
      ...base,
      retryAfterMs,
    });
  }
  if (status >= 500) {
    return new FlinkeyError('server', l10n.t('The flinkey API failed ({0}): {1}', status, reason || l10n.t('no reason given')), base);
  }
  if (status >= 300 && status < 400) {
    return new FlinkeyError(
      'invalidResponse',
      l10n.t('The flinkey API answered with a redirect ({0}), which is not followed. Check the base URL.', status),
      base,
    );
  }
  return new FlinkeyError(
    'badRequest',
    l10n.t('The flinkey API rejected the request ({0}): {1}', status, reason || l10n.t('no reason given')),
    base,
  );
}

/**
 * The subject is the first noun of each 404 text ("Unable to find a product…", "No car can…"); the texts for users,
 * events and groups are assumed (see assumptions.ts), the one for assignments is documented.
 */
export function notFoundSubject(reason: string): NotFoundSubject {
  const match = /^\s*(?:unable to find an?|no)\s+(manager|product|service|car|user|assignment|event|group)\b/i.exec(reason);
  return match ? (match[1].toLowerCase() as NotFoundSubject) : 'unknown';
}

function notFoundMessage(subject: NotFoundSubject, reason: string): string {
  if (subject === 'manager') {
    return `The signed-in user is not an API Manager of flinkey: ${reason}`;
  }
  return reason ? `Not found: ${reason}` : 'Not found (404).';
}

/** Seconds or an HTTP date, as RFC 9110 allows. */
export function parseRetryAfter(value: string | null): number | undefined {
  if (value === null || value.trim() === '') {
    return undefined;
  }
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) {
    return Math.round(Number(value) * 1000);
  }
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/** The server's own words, from the documented shapes: `{message}`, `{error}`, OData `{error:{message}}`, problem+json, or plain text. */
function reasonOf(json: unknown, text: string): string {
  let reason: unknown;
  if (isObject(json)) {
    const error = json.error;
    reason =
      (isObject(error) ? error.message : undefined) ??
      json.message ??
      json.error_description ??
      json.detail ??
      json.title ??
      (typeof error === 'string' ? error : undefined);
  } else if (typeof json === 'string') {
    reason = json;
  }
  const out = typeof reason === 'string' ? reason : text;
  return out.trim();
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
