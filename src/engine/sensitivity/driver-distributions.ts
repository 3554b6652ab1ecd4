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
export const Z90 = probit(0.9);

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
