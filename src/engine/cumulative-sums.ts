import { carefulSum } from './careful-sum';

/**
 * Running totals: element t is the sum of elements 0 … t (each a careful sum, as a
 * spreadsheet's `SUM($I20:I20)` computes it).
 * @example cumulativeSums([-10, 4, 8]) // [-10, -6, 2]
 */
export function cumulativeSums(values: readonly number[]): number[] {
  return values.map((_, t) => carefulSum(values.slice(0, t + 1)));
}
