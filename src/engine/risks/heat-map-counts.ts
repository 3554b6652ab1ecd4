import { RISK_RATING_MAX } from '../../domain/risk-catalogue';

/**
 * Risks by cell of the 5 × 5 map: counts[l − 1][i − 1] = number of (likelihood, impact) pairs equal
 * to (l, i). A rating that is not a whole number 1–5 falls in no cell, as COUNTIFS's equality leaves it out.
 * Sheet: `COUNTIFS(scenarios, code, likelihoods, l, impacts, i)`.
 * @example heatMapCounts([[5, 4], [5, 4], [1, 1]])[4][3] // 2
 */
export function heatMapCounts(ratings: readonly (readonly [number, number])[]): number[][] {
  const counts = Array.from({ length: RISK_RATING_MAX }, () => Array.from({ length: RISK_RATING_MAX }, () => 0));
  for (const [l, i] of ratings) {
    if (Number.isInteger(l) && Number.isInteger(i) && l >= 1 && l <= RISK_RATING_MAX && i >= 1 && i <= RISK_RATING_MAX) counts[l - 1][i - 1] += 1;
  }
  return counts;
}
