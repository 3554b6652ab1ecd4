// The Monte Carlo's draws of the drivers, made block by block where they are read (issue 9): each driver's
// column is drawn on its own, from the generator's numbers at that column's places, through the same
// arithmetic as triangularAt and lognormalAt, to the last bit.
import { probit } from 'simple-statistics';
import { distributionOf, triangularAt, Z90 } from './driver-distributions';
import { MULBERRY32_STEP, mulberry32 } from './seeded-uniform';
import type { SensitivityDriver } from './sensitivity-drivers';

/**
 * The draws of a Monte Carlo, made block by block when they are visited: driver `j` of draw `first + i` is
 * `values[i × width + j]` in the block. Holding 10 000 draws × 19 drivers at once would take a fresh 1.5 MB
 * every run (zeroed and faulted in page by page), about a third of the Monte Carlo's cost; a block stays in
 * the cache. Every visit gives the same draws, so the scenarios share them (common random numbers).
 */
export interface DriverDraws {
  /** Number of draws (rows). */
  readonly count: number;
  /** Number of drivers (columns), in driver order. */
  readonly width: number;
  /**
   * Calls `visit` on the draws in order, `rows` draws at a time from draw `first`; `values` is reused from one
   * block to the next (read it during the call, do not change it, do not keep it).
   */
  forEachBlock(visit: (values: Float64Array, rows: number, first: number) => void): void;
}

/** A source of uniform numbers: seededUniform, or any function giving numbers in [0, 1). */
export type DrawSource = (() => number) & {
  readonly fill?: (out: Float64Array) => void;
  readonly skip?: (count: number) => void;
  readonly state?: () => number;
};

/** Draws made at a time: 256 × 19 drivers × 8 bytes ≈ 39 KB. */
const BLOCK_ROWS = 256;

/**
 * The drivers' values of `draws` draws, one uniform per driver and draw in driver order (draw by draw, driver
 * by driver), from `random`. A seededUniform source is read where it stands and moved past the draws at once:
 * the k-th number from a state s is mulberry32(s + k × step), so each column's numbers are made when a block is
 * visited, and none for a driver with a single value. Any other source gives its numbers now, and they are kept.
 * @example drawDrivers(drivers, 10, false, seededUniform(1)).width // drivers.length
 */
export function drawDrivers(drivers: readonly SensitivityDriver[], draws: number, oneOffLognormal: boolean, random: DrawSource): DriverDraws {
  const width = drivers.length;
  const total = draws * width;
  const columns = drivers.map((d) => columnOf(d, oneOffLognormal));
  let start = 0;
  let kept: Float64Array | null = null;
  if (random.state && random.skip) {
    start = random.state();
    random.skip(total);
  } else {
    kept = new Float64Array(total);
    if (random.fill) random.fill(kept);
    else for (let at = 0; at < total; at++) kept[at] = random();
  }
  /** The uniforms of column j of the block of draws from `first`, into `values`. */
  const uniforms = (values: Float64Array, j: number, first: number): void => {
    if (kept) for (let at = j, from = first * width; at < values.length; at += width) values[at] = kept[from + at];
    else mulberry32Column(values, j, width, columnState(start, first * width + j));
  };
  return {
    count: draws, width,
    forEachBlock(visit) {
      const block = new Float64Array(Math.min(draws, BLOCK_ROWS) * width);
      // A constant column is written once: the blocks share one array, and the other columns never touch it.
      columns.forEach((c, j) => {
        if (c.kind === 'constant') for (let at = j; at < block.length; at += width) block[at] = c.value;
      });
      for (let first = 0; first < draws; first += BLOCK_ROWS) {
        const rows = Math.min(BLOCK_ROWS, draws - first);
        const values = rows === BLOCK_ROWS ? block : block.subarray(0, rows * width);
        columns.forEach((c, j) => {
          if (c.kind === 'constant') return;
          if (c.kind === 'triangular' && !kept) {
            triangularDrawn(values, j, width, columnState(start, first * width + j), c.a, c.b, c.span, c.below, c.above, c.modeAt);
            return;
          }
          uniforms(values, j, first);
          if (c.kind === 'triangular') triangularColumn(values, j, width, c.a, c.b, c.span, c.below, c.above, c.modeAt);
          else if (c.kind === 'lognormal') lognormalColumn(values, j, width, c.base, c.sigma);
          else for (let at = j; at < values.length; at += width) values[at] = triangularAt(values[at], c.low, c.base, c.high);
        });
        visit(values, rows, first);
      }
    },
  };
}

/** The generator's state just before the number at `place` (0 = the first one after `start`). */
function columnState(start: number, place: number): number {
  // Math.imul keeps place × step's low 32 bits, which is all the state keeps.
  return (start + Math.imul(place, MULBERRY32_STEP)) >>> 0;
}

/** A driver's draw with its constants: one value, the triangular's inverse CDF, or the lognormal's. */
type Column =
  | { readonly kind: 'constant'; readonly value: number }
  | { readonly kind: 'triangular'; readonly a: number; readonly b: number; readonly span: number; readonly below: number; readonly above: number; readonly modeAt: number }
  | { readonly kind: 'lognormal'; readonly base: number; readonly sigma: number }
  | { readonly kind: 'any'; readonly low: number; readonly base: number; readonly high: number };

/** The constants of triangularAt and lognormalAt for one driver. */
function columnOf(d: SensitivityDriver, oneOffLognormal: boolean): Column {
  const a = Math.min(d.low, d.high);
  const b = Math.max(d.low, d.high);
  if (distributionOf(d, oneOffLognormal) === 'lognormal' && d.low > 0 && d.base > 0 && d.high > 0) {
    const sigma = (Math.log(b) - Math.log(a)) / (2 * Z90);
    return sigma === 0 ? { kind: 'constant', value: d.base } : { kind: 'lognormal', base: d.base, sigma };
  }
  if (b === a) return { kind: 'constant', value: a };
  const c = Math.min(Math.max(d.base, a), b);
  // triangularOf's blend is exact while no product overflows (0 × ∞ is NaN): figures below 1e150 keep every
  // product below 1e301; anything else (never a rate or a factor), value by value.
  if (![a, b, c].every((x) => Math.abs(x) < 1e150)) return { kind: 'any', low: d.low, base: d.base, high: d.high };
  return { kind: 'triangular', a, b, span: b - a, below: c - a, above: b - c, modeAt: (c - a) / (b - a) };
}

/** mulberry32's numbers down column j, the first from `state` + step, then every `width` numbers. */
function mulberry32Column(values: Float64Array, j: number, width: number, state: number): void {
  const jump = Math.imul(width, MULBERRY32_STEP);
  let s = (state + MULBERRY32_STEP) >>> 0;
  for (let at = j; at < values.length; at += width) {
    values[at] = mulberry32(s);
    s = (s + jump) >>> 0;
  }
}

/**
 * triangularAt at u, without a branch: u falls below or above the mode at random, and the branch the processor
 * then guesses wrong half the time cost more than the whole formula (issue 9). With w = 1 below the mode and
 * 0 above, the square root's argument is w × u·span·below + (1 − w) × (1 − u)·span·above and the value
 * w × (a + r) + (1 − w) × (b − r): for finite figures each product by 0 is a zero and each by 1 the term
 * itself, both arguments are ≥ 0 and a + r is never −0, so the sums give triangularAt's value to the last bit.
 */
function triangularOf(u: number, a: number, b: number, span: number, below: number, above: number, modeAt: number): number {
  const w = +(u < modeAt);
  const v = 1 - w;
  const r = Math.sqrt(w * (u * span * below) + v * ((1 - u) * span * above));
  return w * (a + r) + v * (b - r);
}

/**
 * Column j drawn from mulberry32 and through triangularOf in one loop (the number is never stored): the first
 * number from `state` + step, then every `width` numbers.
 */
function triangularDrawn(
  values: Float64Array, j: number, width: number, state: number, a: number, b: number, span: number, below: number, above: number, modeAt: number,
): void {
  const jump = Math.imul(width, MULBERRY32_STEP);
  let s = (state + MULBERRY32_STEP) >>> 0;
  for (let at = j; at < values.length; at += width) {
    values[at] = triangularOf(mulberry32(s), a, b, span, below, above, modeAt);
    s = (s + jump) >>> 0;
  }
}

/** triangularOf down a column of uniforms. */
function triangularColumn(
  values: Float64Array, j: number, width: number, a: number, b: number, span: number, below: number, above: number, modeAt: number,
): void {
  for (let at = j; at < values.length; at += width) values[at] = triangularOf(values[at], a, b, span, below, above, modeAt);
}

/** lognormalAt down a column of uniforms, its constants worked out once. */
function lognormalColumn(values: Float64Array, j: number, width: number, base: number, sigma: number): void {
  for (let at = j; at < values.length; at += width) values[at] = base * Math.exp(sigma * probit(values[at] + 2 ** -33));
}
