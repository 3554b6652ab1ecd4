/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same
 * sequence on every machine, so the bundled sample never changes between runs.
 * Returns numbers in [0, 1).
 * @example const next = seededRandom(2025); next(); // always the same first value
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform draw in [low, high) from a seeded source. */
export function between(next: () => number, low: number, high: number): number {
  return low + (high - low) * next();
}
