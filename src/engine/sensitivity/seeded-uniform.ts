/** A source of uniform numbers in [0, 1): one per call, or many at once with `fill`. */
export interface UniformSource {
  (): number;
  /** Fills `out` with the next out.length numbers, exactly as out.length calls would give them. */
  fill(out: Float64Array): void;
  /** Moves past the next `count` numbers (a whole number ≥ 0) without making them. */
  skip(count: number): void;
  /** Its state s: the k-th number from here (k = 1, 2, …) is mulberry32((s + k × MULBERRY32_STEP) mod 2³²). */
  state(): number;
}

/** What mulberry32 adds to its state at each number. */
export const MULBERRY32_STEP = 0x6d2b79f5;

/**
 * A seeded source of uniform numbers in [0, 1) (mulberry32, as src/sample/seeded-random.ts, which the
 * engine may not import): the same seed gives the same draws on every machine. Never Math.random.
 * The state lives in a Uint32Array: a captured plain number above 2³⁰ would be boxed anew on every call;
 * `fill` runs the same steps in one loop. The state after k numbers is seed + k × MULBERRY32_STEP (mod 2³²):
 * `skip` is one multiplication, and the Monte Carlo makes any driver's numbers where it needs them (issue 9).
 * @example const next = seededUniform(20240601); next(); // always the same first value
 */
export function seededUniform(seed: number): UniformSource {
  const state = new Uint32Array(1);
  state[0] = Math.trunc(seed) >>> 0;
  const next = (() => {
    const s = (state[0] + MULBERRY32_STEP) >>> 0;
    state[0] = s;
    return mulberry32(s);
  }) as UniformSource;
  next.fill = (out) => {
    state[0] = fillFrom(state[0], out);
  };
  // Math.imul keeps count × step's low 32 bits, which is all the state keeps.
  next.skip = (count) => {
    state[0] = (state[0] + Math.imul(count, MULBERRY32_STEP)) >>> 0;
  };
  next.state = () => state[0];
  return next;
}

/**
 * The next out.length numbers from `state` into `out`; returns the state after them. The step is a local
 * constant: read from the module at each turn, it doubled the cost of this loop (measured, Node 20).
 */
function fillFrom(state: number, out: Float64Array): number {
  const step = MULBERRY32_STEP;
  let s = state;
  for (let i = 0; i < out.length; i++) {
    s = (s + step) >>> 0;
    out[i] = mulberry32(s);
  }
  return s;
}

/**
 * mulberry32's number in [0, 1) at a state (a whole number in [0, 2³²)): its output step, without the state's.
 * @example mulberry32((20240601 + MULBERRY32_STEP) >>> 0) === seededUniform(20240601)() // true
 */
export function mulberry32(state: number): number {
  let z = state;
  z = Math.imul(z ^ (z >>> 15), z | 1);
  z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
  return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
}
