/** A source of uniform numbers in [0, 1): one per call, or many at once with `fill`. */
export interface UniformSource {
  (): number;
  /** Fills `out` with the next out.length numbers, exactly as out.length calls would give them. */
  fill(out: Float64Array): void;
}

/**
 * A seeded source of uniform numbers in [0, 1) (mulberry32, as src/sample/seeded-random.ts, which the
 * engine may not import): the same seed gives the same draws on every machine. Never Math.random.
 * The state lives in a Uint32Array: a captured plain number above 2³⁰ would be boxed anew on every call;
 * `fill` runs the same steps in one loop (the Monte Carlo takes 190 000 numbers at once; issue 9).
 * @example const next = seededUniform(20240601); next(); // always the same first value
 */
export function seededUniform(seed: number): UniformSource {
  const state = new Uint32Array(1);
  state[0] = Math.trunc(seed) >>> 0;
  const next = (() => {
    const s = (state[0] + 0x6d2b79f5) >>> 0;
    state[0] = s;
    return mix(s);
  }) as UniformSource;
  next.fill = (out) => {
    let s = state[0];
    for (let i = 0; i < out.length; i++) {
      s = (s + 0x6d2b79f5) >>> 0;
      out[i] = mix(s);
    }
    state[0] = s;
  };
  return next;
}

/** mulberry32's output step from its state. */
function mix(state: number): number {
  let z = state;
  z = Math.imul(z ^ (z >>> 15), z | 1);
  z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
  return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
}
