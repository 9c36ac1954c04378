// A small seeded PRNG (mulberry32) so fleets and fault patterns repeat exactly for a given seed.

export type Random = () => number;

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integer in [min, max], both inclusive. */
export function randomInt(rand: Random, min: number, max: number): number {
  return min + Math.floor(rand() * (max - min + 1));
}

export function pick<T>(rand: Random, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}

const HEX_PAIRS = Array.from({ length: 256 }, (_, i) => i.toString(16).toUpperCase().padStart(2, '0'));

/** Upper-case hex of an even length; table lookups, since Number#toString(16) is slow for 200k rows. */
export function randomHex(rand: Random, length: number): string {
  let s = '';
  for (let i = 0; i < length; i += 2) s += HEX_PAIRS[Math.floor(rand() * 256)];
  return s;
}

export function randomDigits(rand: Random, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += Math.floor(rand() * 10);
  return s;
}

/** A seed for a sub-stream, from a few integers (fleet seed, a row's id, a purpose), well mixed. */
export function mixSeed(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}
