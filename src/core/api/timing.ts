// Waiting that respects a caller's AbortSignal and a deadline, plus the bounded in-flight queue.
import * as l10n from '@vscode/l10n';
import { FlinkeyError } from './errors';

export function cancelledError(): FlinkeyError {
  return new FlinkeyError('cancelled', l10n.t('The flinkey request was cancelled.'));
}

export function deadlineError(deadlineMs: number, attempts?: number): FlinkeyError {
  return new FlinkeyError('timeout', l10n.t('The flinkey API did not answer within {0} s.', Math.round(deadlineMs / 1000)), {
    attempts,
  });
}

/**
 * Settles like `promise`, but rejects with 'cancelled' when the signal aborts or 'timeout' at the deadline.
 * The promise itself keeps running (it may be shared with other callers).
 */
export function race<T>(promise: Promise<T>, signal: AbortSignal | undefined, deadlineAt: number, deadlineMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      reject(cancelledError());
      return;
    }
    const onAbort = () => finish(() => reject(cancelledError()));
    const timer = setTimeout(() => finish(() => reject(deadlineError(deadlineMs))), Math.max(0, deadlineAt - Date.now()));
    signal?.addEventListener('abort', onAbort);
    let done = false;
    function finish(settle: () => void): void {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      settle();
    }
    promise.then(
      (value) => finish(() => resolve(value)),
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- passes the original rejection on unchanged
      (error: unknown) => finish(() => reject(error)),
    );
  });
}

/** Resolves after `ms`, or rejects with 'cancelled' as soon as the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  const wait = new Promise<void>((resolve) => setTimeout(resolve, ms));
  return race(wait, signal, Date.now() + ms + 1000, ms);
}

/** Exponential backoff with full jitter: a random wait in [0, min(cap, base·2^(attempt-1))]. */
export function backoffMs(attempt: number, baseMs = 200, capMs = 5000): number {
  return Math.random() * Math.min(capMs, baseMs * 2 ** (attempt - 1));
}

/** At most `max` requests in flight; the rest wait in FIFO order. */
export class Limiter {
  private active = 0;
  private readonly queue: Array<{ grant: () => void }> = [];

  constructor(readonly max: number) {}

  get inFlight(): number {
    return this.active;
  }

  get waiting(): number {
    return this.queue.length;
  }

  acquire(signal: AbortSignal | undefined, deadlineAt: number, deadlineMs: number): Promise<void> {
    if (signal?.aborted) {
      return Promise.reject(cancelledError());
    }
    if (this.active < this.max) {
      this.active++;
      return Promise.resolve();
    }
    let granted = false;
    const entry = { grant: () => undefined as void };
    const slot = new Promise<void>((resolve) => {
      entry.grant = () => {
        granted = true;
        resolve();
      };
    });
    this.queue.push(entry);
    return race(slot, signal, deadlineAt, deadlineMs).catch((error: unknown) => {
      // Gave up while queued: leave the queue, or hand back a slot that was granted meanwhile.
      const index = this.queue.indexOf(entry);
      if (index >= 0) {
        this.queue.splice(index, 1);
      } else if (granted) {
        this.release();
      }
      throw error;
    });
  }

  release(): void {
    const next = this.queue.shift();
    if (next) {
      next.grant(); // the slot passes straight to the next waiter
    } else {
      this.active = Math.max(0, this.active - 1);
    }
  }
}
