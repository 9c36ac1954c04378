// Small statistics for repeated measurements: nearest-rank percentiles over the sorted samples.

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  min: number;
  max: number;
}

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function summarize(samples: number[]): Summary {
  return {
    n: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    min: Math.min(...samples),
    max: Math.max(...samples),
  };
}

/** Runs `fn` `times` times one after another and returns the durations in ms (performance.now()). */
export async function timeRuns(times: number, fn: (i: number) => unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await fn(i);
    out.push(performance.now() - t0);
  }
  return out;
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Numbers in [0, 1) from a seed (xorshift32): small, repeatable, good enough to pick indices. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 2 ** 32;
  };
}

/**
 * A 95 % interval for the median of `samples`, by resampling them (bootstrap, percentile method) with a fixed
 * seed, so the same samples always give the same interval.
 */
export function medianInterval(samples: number[], resamples = 4000, seed = 1): { low: number; high: number } {
  if (samples.length === 0) return { low: NaN, high: NaN };
  const random = seededRandom(seed);
  const medians: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const pick = Array.from({ length: samples.length }, () => samples[Math.floor(random() * samples.length)]);
    medians.push(percentile(pick, 50));
  }
  return { low: percentile(medians, 2.5), high: percentile(medians, 97.5) };
}

/** median(a) − median(b) with a 95 % bootstrap interval, each sample resampled on its own (fixed seed). */
export function medianDifference(a: number[], b: number[], resamples = 4000, seed = 7): { value: number; low: number; high: number } {
  const value = percentile(a, 50) - percentile(b, 50);
  if (a.length === 0 || b.length === 0) return { value, low: NaN, high: NaN };
  const random = seededRandom(seed);
  const resample = (s: number[]) =>
    percentile(
      Array.from({ length: s.length }, () => s[Math.floor(random() * s.length)]),
      50,
    );
  const diffs = Array.from({ length: resamples }, () => resample(a) - resample(b));
  return { value, low: percentile(diffs, 2.5), high: percentile(diffs, 97.5) };
}
