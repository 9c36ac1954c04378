// Keeps the API key, password and access tokens out of every message, reason and log line.
import type { Logger } from './api';
import { FlinkeyError } from './errors';

export const MASK = '***';

/** Cuts text from outside to `max` characters. Only ever applied to text that is already masked. */
export function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Shorter values cannot be told apart from ordinary words; they are never put into texts anyway. */
const MIN_SECRET_LENGTH = 4;

const SECRET_HEADERS = new Set(['flinkey-api-key', 'authorization']);

export class Redactor {
  private readonly secrets = new Set<string>();

  /** Remembers a secret and the encoded forms it can take in URLs, form bodies and JSON. */
  add(secret: string | undefined): void {
    if (!secret || secret.length < MIN_SECRET_LENGTH) {
      return;
    }
    const forms = [
      secret,
      encodeURIComponent(secret),
      new URLSearchParams({ s: secret }).toString().slice(2),
      JSON.stringify(secret).slice(1, -1),
    ];
    for (const form of forms) {
      this.secrets.add(form);
    }
  }

  redact(text: string): string {
    let out = String(text);
    // Longest first, so a secret containing another one is masked whole.
    const sorted = [...this.secrets].sort((a, b) => b.length - a.length);
    for (const secret of sorted) {
      out = out.split(secret).join(MASK);
    }
    // Belt and braces: no bearer credential survives even if it was never registered.
    return out.replace(/Bearer\s+(?!\*\*\*)[^\s,;"']+/gi, `Bearer ${MASK}`);
  }

  /** A copy of the error with message and reason redacted. */
  error(e: FlinkeyError): FlinkeyError {
    const details = { ...e.details };
    if (details.reason !== undefined) {
      details.reason = this.redact(details.reason);
    }
    const copy = new FlinkeyError(e.kind, this.redact(e.message), details);
    copy.stack = e.stack ? this.redact(e.stack) : copy.stack;
    return copy;
  }

  /** Wraps a logger so every line it receives is redacted first. */
  logger(inner: Logger): Logger {
    return {
      trace: (m) => inner.trace(this.redact(m)),
      debug: (m) => inner.debug(this.redact(m)),
      info: (m) => inner.info(this.redact(m)),
      warn: (m) => inner.warn(this.redact(m)),
      error: (m) => inner.error(this.redact(m)),
    };
  }
}

/** One line of headers for trace logs, secret header values masked by name. */
export function formatHeaders(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([name, value]) => {
      if (!SECRET_HEADERS.has(name.toLowerCase())) {
        return `${name}: ${value}`;
      }
      return /^bearer\s/i.test(value) ? `${name}: Bearer ${MASK}` : `${name}: ${MASK}`;
    })
    .join(', ');
}
