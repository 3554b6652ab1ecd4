// How each driver is drawn in the Monte Carlo: triangular over low, base, high by default;
// lognormal for the one-off factor when the assumptions sheet asks for it.
import { probit } from 'simple-statistics';
import type { SensitivityDriver } from './sensitivity-drivers';

export type Distribution = 'triangular' | 'lognormal';

/**
 * Inverse of the triangular distribution's CDF over [a, b] with mode c at u ∈ [0, 1):
 * a + √(u (b − a)(c − a)) below F(c) = (c − a)/(b − a), b − √((1 − u)(b − a)(b − c)) above.
 * low and high are sorted, the base is held within them; a zero-width range gives its one value.
 * Mean (a + b + c)/3. Source: Johnson, Kotz & Balakrishnan, Continuous Univariate Distributions, ch. 26.
 * @example triangularAt(0.5, 0, 1, 2) // 1
 */
export function triangularAt(u: number, low: number, base: number, high: number): number {
  const a = Math.min(low, high);
  const b = Math.max(low, high);
  if (b === a) return a;
  const c = Math.min(Math.max(base, a), b);
  return u < (c - a) / (b - a) ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
}

/** z of the 90th percentile of the standard normal, by simple-statistics' probit. */
const Z90 = probit(0.9);

/**
 * Lognormal with median `base` whose 10th and 90th percentiles are `low` and `high` when base is their
 * geometric mean: base × exp(σ z), σ = (ln high − ln low) / (2 z₀.₉), z = probit(u). Needs low, base > 0:
 * otherwise the triangular draw is used. u is taken off 0 by half a step of the generator (2⁻³³).
 * @example lognormalAt(0.5, 0.8, 1, 1.5) // 1 (the median)
 */
export function lognormalAt(u: number, low: number, base: number, high: number): number {
  if (!(low > 0 && base > 0 && high > 0)) return triangularAt(u, low, base, high);
  const sigma = (Math.log(Math.max(low, high)) - Math.log(Math.min(low, high))) / (2 * Z90);
  if (sigma === 0) return base;
  return base * Math.exp(sigma * probit(u + 2 ** -33));
}

/** The distribution a driver is drawn from: lognormal only for the one-off factor, when chosen. */
export function distributionOf(driver: SensitivityDriver, oneOffLognormal: boolean): Distribution {
  return driver.kind === 'oneOff' && oneOffLognormal ? 'lognormal' : 'triangular';
}

/**
 * The draws of a Monte Carlo, row by row in one typed array (10 000 draws × 19 drivers would otherwise be
 * 10 000 small arrays): driver `j` of draw `i` is `values[i × width + j]`.
 */
export interface DriverDraws {
  /** Number of draws (rows). */
  readonly count: number;
  /** Number of drivers (columns), in driver order. */
  readonly width: number;
  readonly values: Float64Array;
}

/**
 * The drivers' values of `draws` draws, one uniform per driver and draw in driver order, from `random`
 * (all at once when it can `fill`, as seededUniform can).
 * Each driver's constants are worked out once; the arithmetic per draw is triangularAt's and lognormalAt's,
 * term for term, so the figures are the same to the last bit.
 * @example drawDrivers(drivers, 10, false, seededUniform(1)).width // drivers.length
 */
export function drawDrivers(
  drivers: readonly SensitivityDriver[], draws: number, oneOffLognormal: boolean,
  random: (() => number) & { readonly fill?: (out: Float64Array) => void },
): DriverDraws {
  const width = drivers.length;
  const values = new Float64Array(draws * width);
  // The uniforms first, in the order of the generator (draw by draw, driver by driver); then each driver's
  // column is turned into its distribution with its constants worked out once.
  if (random.fill) random.fill(values);
  else for (let at = 0; at < values.length; at++) values[at] = random();
  drivers.forEach((d, j) => {
    const a = Math.min(d.low, d.high);
    const b = Math.max(d.low, d.high);
    const end = values.length;
    if (distributionOf(d, oneOffLognormal) === 'lognormal' && d.low > 0 && d.base > 0 && d.high > 0) {
      const sigma = (Math.log(b) - Math.log(a)) / (2 * Z90);
      for (let at = j; at < end; at += width) values[at] = sigma === 0 ? d.base : d.base * Math.exp(sigma * probit(values[at] + 2 ** -33));
    } else if (b === a) {
      for (let at = j; at < end; at += width) values[at] = a;
    } else {
      const c = Math.min(Math.max(d.base, a), b);
      const span = b - a;
      const below = c - a;
      const above = b - c;
      const modeAt = (c - a) / (b - a);
      for (let at = j; at < end; at += width) {
        const u = values[at];
        values[at] = u < modeAt ? a + Math.sqrt(u * span * below) : b - Math.sqrt((1 - u) * span * above);
      }
    }
  });
  return { count: draws, width, values };
}
