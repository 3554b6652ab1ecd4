import { carefulSum } from '../careful-sum';
import { CRITERIA, type Criterion } from './types';

export interface WeightedTotals {
  /** Σ weights, on the weights' own scale. */
  readonly weightSum: number;
  /** Σ weight × score / Σ weights by scenario; 0 for every scenario when Σ weights = 0. */
  readonly total: readonly number[];
}

/**
 * The weighted score of each scenario: total_k = Σᵢ wᵢ × s_ik / Σᵢ wᵢ. Dividing by the sum makes
 * the total a weighted mean of 0–100 scores, so that the weights' scale (fractions, points,
 * percentages summing to 90 %) does not move it. Sums are compensated, like the sheet's SUM.
 * Sheet: `IF(ΣW=0,0,SUMPRODUCT(weights,scores)/ΣW)`.
 * @example weightedTotals(scores, { npv: 3, governanceBalance: 1, others 0 }, 2) // with scores npv [100, 0], governance [20, 60]: { weightSum: 4, total: [80, 15] }
 */
export function weightedTotals(
  scores: Readonly<Record<Criterion, readonly number[]>>, weights: Readonly<Record<Criterion, number>>, scenarioCount: number,
): WeightedTotals {
  const weightSum = carefulSum(CRITERIA.map((c) => weights[c]));
  const total = Array.from({ length: scenarioCount }, (_, k) =>
    (weightSum === 0 ? 0 : carefulSum(CRITERIA.map((c) => weights[c] * scores[c][k])) / weightSum));
  return { weightSum, total };
}
