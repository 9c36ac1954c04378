// Checks the configured base URL before any key or token is sent to it.
import * as l10n from '@vscode/l10n';
import { FlinkeyError } from './errors';

/** True for 127.0.0.0/8, localhost and [::1]: the only hosts where plain http is acceptable. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host === '[::1]' || host === '::1') {
    return true;
  }
  const parts = host.split('.');
  return parts.length === 4 && parts[0] === '127' && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

/**
 * Returns the URL without a trailing slash, or throws FlinkeyError('config').
 * https is required because every request carries the API key and a bearer token.
 */
export function validateBaseUrl(url: string): string {
  const text = (url ?? '').trim();
  if (!text) {
    throw new FlinkeyError('config', l10n.t('The flinkey base URL is empty. Set it, e.g. https://api.flinkey.de/v3.'), {
      reason: 'empty',
    });
  }
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    throw config(l10n.t('"{0}" is not a valid URL. Use e.g. https://api.flinkey.de/v3.', text));
  }
  const loopback = isLoopbackHost(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) {
    throw config(
      loopback
        ? l10n.t('The flinkey base URL must use http or https, not {0}', parsed.protocol)
        : l10n.t('The flinkey base URL must use https (plain http is only allowed for 127.0.0.1 or localhost): {0}', parsed.origin),
    );
  }
  if (parsed.username || parsed.password) {
    throw config(l10n.t('The flinkey base URL must not contain a user name or password.'));
  }
  // The raw text, since a bare '?' or '#' leaves search and hash empty yet ends up in every request URL.
  const cut = text.search(/[?#]/);
  if (cut >= 0) {
    throw config(
      l10n.t(
        'The flinkey base URL must not contain a query (?…) or fragment (#…): request paths are added after it, so every request would break or lose its end. Remove "{0}".',
        text.slice(cut),
      ),
    );
  }
  return parsed.href.replace(/\/+$/, '');
}

function config(reason: string): FlinkeyError {
  return new FlinkeyError('config', reason, { reason });
}
