// Fault injection for data GETs: a seeded plan, so a given seed fails the same requests every run.
import { createRandom, type Random } from './random';

export interface Faults {
  /** Delay before answering, in ms. */
  latencyMs?: number;
  /** Share (0..1) of requests answered 500 "Internal server error.". */
  error500Rate?: number;
  /** Share (0..1) of requests answered 429 with Retry-After. */
  rate429Rate?: number;
  /** Seconds announced in Retry-After and the 429 message (default 1). */
  retryAfterSeconds?: number;
  /** Share (0..1) of connections destroyed without an answer. */
  resetRate?: number;
  /** Share (0..1) of 200 answers whose JSON body is cut in half. */
  malformedRate?: number;
  /** When set, every 200 body is sent as: headers + first half, pause, rest. */
  slowBodyMs?: number;
  /** When set, every data request with a $filter is answered 400 with this reason (a server whose OData is narrower). */
  rejectFilters?: string;
  seed?: number;
}

export type FaultKind = 'none' | 'reset' | 'rateLimit' | 'serverError' | 'malformed';

export interface FaultDecision {
  kind: FaultKind;
  latencyMs: number;
  slowBodyMs: number;
  retryAfterSeconds: number;
  rejectFilters?: string;
}

/** Returns a reason when the faults are unusable, else undefined. */
export function checkFaults(f: Faults): string | undefined {
  const rates = ['error500Rate', 'rate429Rate', 'resetRate', 'malformedRate'] as const;
  for (const key of rates) {
    const v = f[key];
    if (v !== undefined && !(Number.isFinite(v) && v >= 0 && v <= 1)) return `${key} must be a number from 0 to 1, got ${v}`;
  }
  const durations = ['latencyMs', 'slowBodyMs', 'retryAfterSeconds'] as const;
  for (const key of durations) {
    const v = f[key];
    if (v !== undefined && !(Number.isFinite(v) && v >= 0 && v <= 600_000)) return `${key} must be a number from 0 to 600000, got ${v}`;
  }
  if (f.seed !== undefined && !Number.isInteger(f.seed)) return `seed must be an integer, got ${f.seed}`;
  if (f.rejectFilters !== undefined && typeof f.rejectFilters !== 'string') {
    return `rejectFilters must be a text, got ${String(f.rejectFilters)}`;
  }
  return undefined;
}

export class FaultPlan {
  private readonly rand: Random;

  constructor(private readonly faults: Faults) {
    const problem = checkFaults(faults);
    if (problem) throw new RangeError(problem);
    this.rand = createRandom(faults.seed ?? 1);
  }

  /** One draw per request, so the pattern depends only on the seed and the request order. */
  next(): FaultDecision {
    const f = this.faults;
    const r = this.rand();
    let kind: FaultKind = 'none';
    let edge = 0;
    // The shares are stacked on [0, 1); if they add up to more than 1 the later ones shrink.
    for (const [k, rate] of [
      ['reset', f.resetRate],
      ['rateLimit', f.rate429Rate],
      ['serverError', f.error500Rate],
      ['malformed', f.malformedRate],
    ] as const) {
      edge += rate ?? 0;
      if (r < edge) {
        kind = k;
        break;
      }
    }
    return {
      kind,
      latencyMs: f.latencyMs ?? 0,
      slowBodyMs: f.slowBodyMs ?? 0,
      retryAfterSeconds: f.retryAfterSeconds ?? 1,
      ...(f.rejectFilters !== undefined ? { rejectFilters: f.rejectFilters } : {}),
    };
  }
}
