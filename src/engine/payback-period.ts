import { cumulativeSums } from './cumulative-sums';
import { computed, notComputed, type Computed } from './computed';

/**
 * Payback in years from year 0: the first year n whose cumulative net benefit is ≥ 0,
 * interpolated as (n − 1) + (−cumulative_{n−1}) / NB_n; 0 when year 0 is already ≥ 0;
 * no value ("not within horizon") when the cumulative never turns non-negative.
 * Source: MODELLING.md "Conventions".
 * @example paybackPeriod([-100, 30, 50, 40]) // n = 3: 2 + 20/40 = 2.5
 */
export function paybackPeriod(netBenefitByYear: readonly number[]): Computed<number> {
  const cumulative = cumulativeSums(netBenefitByYear);
  const n = cumulative.findIndex((c) => c >= 0);
  if (n < 0) return notComputed('NOT_WITHIN_HORIZON');
  if (n === 0) return computed(0);
  // n is the first non-negative year, so cumulative[n-1] < 0 ≤ cumulative[n] and NB_n > 0.
  return computed((n - 1) + (-cumulative[n - 1]) / netBenefitByYear[n]);
}
