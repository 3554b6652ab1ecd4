import { carefulSum } from '../careful-sum';
import type { CoveredSum } from './types';

/**
 * Σ numerator and Σ denominator over the records that carry every field the ratio needs,
 * with the count of those records: a ratio's parts "over sites having both".
 *
 * Formula: over records r with has(r): (Σ num(r), Σ den(r), count). Source: DOMAIN §4.1.
 * @example coveredSum(sites, (s) => s.daysDelivered, (s) => s.daysFunded)
 */
export function coveredSum<T>(
  records: readonly T[],
  numerator: (r: T) => number | null,
  denominator: (r: T) => number | null,
): CoveredSum {
  const kept = records.filter((r) => numerator(r) !== null && denominator(r) !== null);
  return {
    numerator: carefulSum(kept.map((r) => numerator(r) as number)),
    denominator: carefulSum(kept.map((r) => denominator(r) as number)),
    coverage: kept.length,
  };
}
