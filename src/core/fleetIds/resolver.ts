// Resolves identifiers against one customer's fleet: a cache (minutes), identical look-ups in flight shared,
// a small bound on requests in flight, and a pause after a 429 for as long as the server asked.
// One resolver per environment and customer; the UI keeps them apart.
import type { FlinkeyApi } from '../api/api';
import { FlinkeyError, isFlinkeyError } from '../api/errors';
import { cancelledError } from '../api/timing';
import type { IdField } from './fields';
import { answers, chunkTerms, fetchTerms, termKey, termsOf, type FleetRecord, type LookupCollection, type Term } from './lookupPlan';

export interface IdLookup {
  field: IdField;
  value: string;
}

/** The records the fleet holds for an identifier (none: the fleet does not know it), or why it could not be asked. */
export type LookupResult = { records: FleetRecord[] } | { error: FlinkeyError };

export interface ResolverOptions {
  /** How long an answer (found or not) is reused; default five minutes. */
  ttlMs?: number;
  /** Look-up requests in flight at once; default 2. */
  maxInFlight?: number;
  /** Cached terms kept; the oldest go first. Default 5,000. */
  maxEntries?: number;
  /** Waited after a 429 that names no Retry-After. */
  defaultPauseMs?: number;
  now?: () => number;
}

export interface ResolverStats {
  /** Look-up requests sent (each may carry many identifiers). */
  requests: number;
  /** Terms answered from the cache. */
  cached: number;
  /** Terms that joined a look-up already in flight. */
  joined: number;
}

interface Pending {
  term: Term;
  promise: Promise<FleetRecord[]>;
  settle(result: FleetRecord[] | FlinkeyError): void;
  batch: Batch;
}

interface Batch {
  terms: Pending[];
  /** Callers still waiting for it; a batch nobody waits for is dropped before it is sent. */
  waiters: number;
  started: boolean;
}

const MINUTE = 60_000;

export class FleetIdResolver {
  private readonly cache = new Map<string, { records: FleetRecord[]; at: number }>();
  private readonly inFlight = new Map<string, Pending>();
  private readonly queue: Batch[] = [];
  private active = 0;
  private pausedUntil = 0;
  private wake: NodeJS.Timeout | undefined;
  private readonly ttlMs: number;
  private readonly maxInFlight: number;
  private readonly maxEntries: number;
  private readonly defaultPauseMs: number;
  private readonly now: () => number;
  readonly stats: ResolverStats = { requests: 0, cached: 0, joined: 0 };

  constructor(
    private readonly api: () => Promise<FlinkeyApi>,
    opts: ResolverOptions = {},
  ) {
    this.ttlMs = opts.ttlMs ?? 5 * MINUTE;
    this.maxInFlight = Math.max(1, opts.maxInFlight ?? 2);
    this.maxEntries = Math.max(1, opts.maxEntries ?? 5_000);
    this.defaultPauseMs = opts.defaultPauseMs ?? 5_000;
    this.now = opts.now ?? Date.now;
  }

  /** The cached answer, without a request; undefined when any part of it is unknown or stale. */
  peek(lookup: IdLookup): FleetRecord[] | undefined {
    const parts: FleetRecord[][] = [];
    for (const t of termsOf(lookup.field, lookup.value)) {
      const hit = this.fresh(termKey(t));
      if (!hit) return undefined;
      parts.push(hit);
    }
    return unique(parts.flat());
  }

  /** Milliseconds left of a pause the server asked for with 429 (0: none). */
  limitedFor(): number {
    return Math.max(0, this.pausedUntil - this.now());
  }

  /** One identifier; throws a FlinkeyError when it cannot be looked up. */
  async resolveOne(lookup: IdLookup, signal?: AbortSignal): Promise<FleetRecord[]> {
    const [result] = await this.resolveAll([lookup], { signal });
    if ('error' in result) throw result.error;
    return result.records;
  }

  /**
   * Many identifiers, with as few requests as their collections allow. `onSettled` counts answered
   * identifiers. When `signal` aborts, batches nobody else waits for are dropped and the call rejects.
   */
  async resolveAll(
    lookups: readonly IdLookup[],
    opts: { signal?: AbortSignal; onSettled?: (done: number) => void } = {},
  ): Promise<LookupResult[]> {
    if (opts.signal?.aborted) throw cancelledError();
    const waitingOn = new Set<Batch>();
    const parts = new Map<string, Promise<FleetRecord[]>>();
    const fresh: Term[] = [];
    for (const lookup of lookups) {
      for (const term of termsOf(lookup.field, lookup.value)) {
        const key = termKey(term);
        if (parts.has(key)) continue;
        const cached = this.fresh(key);
        const pending = this.inFlight.get(key);
        if (cached) {
          this.stats.cached++;
          parts.set(key, Promise.resolve(cached));
        } else if (pending) {
          this.stats.joined++;
          parts.set(key, pending.promise);
          this.join(pending.batch, waitingOn);
        } else {
          fresh.push(term);
          parts.set(key, Promise.resolve([])); // replaced below once its batch exists
        }
      }
    }
    for (const batch of this.plan(fresh)) {
      this.join(batch, waitingOn);
      for (const p of batch.terms) parts.set(termKey(p.term), p.promise);
    }
    this.pump();

    let done = 0;
    const results = lookups.map(async (lookup): Promise<LookupResult> => {
      try {
        const found = await Promise.all(termsOf(lookup.field, lookup.value).map((t) => parts.get(termKey(t))!));
        return { records: unique(found.flat()) };
      } catch (e) {
        return { error: asFlinkeyError(e) };
      } finally {
        opts.onSettled?.(++done);
      }
    });
    try {
      return await untilAborted(Promise.all(results), opts.signal);
    } catch (e) {
      for (const batch of waitingOn) this.leave(batch);
      throw e;
    }
  }

  /** Forgets every answer, e.g. after the user changed the fleet elsewhere. */
  clear(): void {
    this.cache.clear();
  }

  dispose(): void {
    clearTimeout(this.wake);
    for (const batch of this.queue.splice(0)) this.drop(batch, cancelledError());
  }

  private fresh(key: string): FleetRecord[] | undefined {
    const hit = this.cache.get(key);
    if (!hit) return undefined;
    if (this.now() - hit.at > this.ttlMs) {
      this.cache.delete(key);
      return undefined;
    }
    return hit.records;
  }

  private remember(key: string, records: FleetRecord[]): void {
    this.cache.delete(key);
    this.cache.set(key, { records, at: this.now() });
    while (this.cache.size > this.maxEntries) this.cache.delete(this.cache.keys().next().value!);
  }

  /** Batches for terms nobody has asked for yet, queued; each term is in flight from here on. */
  private plan(terms: Term[]): Batch[] {
    const byCollection = new Map<LookupCollection, Term[]>();
    for (const t of terms) byCollection.set(t.collection, [...(byCollection.get(t.collection) ?? []), t]);
    const batches: Batch[] = [];
    for (const group of byCollection.values()) {
      for (const chunk of chunkTerms(group)) {
        const batch: Batch = { terms: [], waiters: 0, started: false };
        for (const term of chunk) {
          let settle!: (result: FleetRecord[] | FlinkeyError) => void;
          const promise = new Promise<FleetRecord[]>((resolve, reject) => {
            settle = (result) => (result instanceof FlinkeyError ? reject(result) : resolve(result));
          });
          promise.catch(() => undefined); // a dropped batch may have nobody left to hear it
          const pending: Pending = { term, promise, settle, batch };
          batch.terms.push(pending);
          this.inFlight.set(termKey(term), pending);
        }
        this.queue.push(batch);
        batches.push(batch);
      }
    }
    return batches;
  }

  private join(batch: Batch, waitingOn: Set<Batch>): void {
    if (waitingOn.has(batch)) return;
    waitingOn.add(batch);
    batch.waiters++;
  }

  private leave(batch: Batch): void {
    batch.waiters--;
    if (batch.waiters > 0 || batch.started) return;
    const index = this.queue.indexOf(batch);
    if (index >= 0) this.queue.splice(index, 1);
    this.drop(batch, cancelledError());
  }

  private drop(batch: Batch, error: FlinkeyError): void {
    for (const p of batch.terms) {
      if (this.inFlight.get(termKey(p.term)) === p) this.inFlight.delete(termKey(p.term));
      p.settle(error);
    }
  }

  private pump(): void {
    const wait = this.limitedFor();
    if (wait > 0) {
      clearTimeout(this.wake);
      this.wake = setTimeout(() => this.pump(), wait);
      return;
    }
    while (this.active < this.maxInFlight && this.queue.length > 0) {
      const batch = this.queue.shift()!;
      batch.started = true;
      this.active++;
      void this.send(batch).finally(() => {
        this.active--;
        this.pump();
      });
    }
  }

  private async send(batch: Batch): Promise<void> {
    const terms = batch.terms.map((p) => p.term);
    try {
      this.stats.requests++;
      const records = await fetchTerms(await this.api(), terms);
      for (const p of batch.terms) {
        const mine = records.filter((r) => answers(p.term, r));
        this.remember(termKey(p.term), mine);
        this.inFlight.delete(termKey(p.term));
        p.settle(mine);
      }
    } catch (e) {
      const error = asFlinkeyError(e);
      // The client has already retried; what is left of the 429 holds every look-up back.
      if (error.kind === 'rateLimited') this.pausedUntil = this.now() + (error.details.retryAfterMs ?? this.defaultPauseMs);
      this.drop(batch, error);
    }
  }
}

/** Settles like `promise`, or rejects with 'cancelled' once the signal aborts (the work itself goes on). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(cancelledError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function asFlinkeyError(e: unknown): FlinkeyError {
  return isFlinkeyError(e) ? e : new FlinkeyError('network', e instanceof Error ? e.message : String(e));
}

/** The same record can answer two terms of an identifier (`any`): keep it once. */
function unique(records: FleetRecord[]): FleetRecord[] {
  const seen = new Set<string>();
  return records.filter((r) => {
    const id = `${r.kind}/${recordId(r)}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

export function recordId(r: FleetRecord): number {
  return r.kind === 'product' ? r.product.id : r.kind === 'car' ? r.car.id : r.kind === 'service' ? r.service.id : r.user.id;
}
