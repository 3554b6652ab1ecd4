/**
 * A seeded source of uniform numbers in [0, 1) (mulberry32, as src/sample/seeded-random.ts, which the
 * engine may not import): the same seed gives the same draws on every machine. Never Math.random.
 * The state lives in a Uint32Array: a captured plain number above 2³⁰ would be boxed anew on every call
 * (the Monte Carlo calls it 190 000 times; issue 9).
 * @example const next = seededUniform(20240601); next(); // always the same first value
 */
export function seededUniform(seed: number): () => number {
  const state = new Uint32Array(1);
  state[0] = Math.trunc(seed) >>> 0;
  return () => {
    const next = (state[0] + 0x6d2b79f5) >>> 0;
    state[0] = next;
    let z = next;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}
