import { CRITERIA, type Criterion, type WeightSensitivity } from './types';

export interface SensitivityInputs {
  readonly codes: readonly string[];
  readonly scores: Readonly<Record<Criterion, readonly number[]>>;
  readonly weights: Readonly<Record<Criterion, number>>;
  readonly weightSum: number;
  /** Weighted totals by scenario (same order as `codes`). */
  readonly total: readonly number[];
  /** Position of the current first choice in `codes`. */
  readonly firstIndex: number;
}

/**
 * Where challenger k meets the first choice w when criterion i's share moves from a to x,
 * the other shares rescaled in proportion (each multiplied by (1 − x)/(1 − a)):
 *   S_k(x) = x·s_ki + (1 − x)·R_ki,  R_ki = (S_k − a·s_ki)/(1 − a);
 *   S_k(x) = S_w(x) at x = (R_ki − R_wi) / ((s_wi − R_wi) − (s_ki − R_ki)).
 * With ΔS = S_k − S_w and Δs = s_ki − s_wi, R_ki − R_wi = (ΔS − a·Δs)/(1 − a) and the denominator
 * is (ΔS − Δs)/(1 − a), so x = (ΔS − a·Δs)/(ΔS − Δs): the same number without dividing by 1 − a,
 * and the form the sheet writes. Null when the lines never meet (ΔS = Δs: parallel).
 * @example crossingShare(-10, 0.3, -40) // (−10 + 12)/(−10 + 40) = 1/15
 */
export function crossingShare(totalGap: number, share: number, scoreGap: number): number | null {
  const denominator = totalGap - scoreGap;
  return denominator === 0 ? null : (totalGap - share * scoreGap) / denominator;
}

/**
 * Whether the challenger, having met the first choice at share x, leads it beyond x within 0–100 %.
 * Inside (0, 1) it does (the lines cross; they are not parallel). At 100 % the lines meet only when
 * both score the same on the criterion (x = 1 exactly): there every scenario counts that one score
 * and the two tie, nobody passes. At 0 % likewise, unless the share is already 0 (the two tie now and
 * any weight given to the criterion puts the challenger ahead).
 */
export function countsAsSwitch(x: number, share: number): boolean {
  return (x > 0 && x < 1) || (x === 0 && share === 0);
}

/**
 * For each criterion (CRITERIA order): its share of the weights, and the nearest share within
 * 0–100 % at which another scenario's total reaches the first choice's, the others rescaled in
 * proportion (see crossingShare): switchShare, change = switchShare − share, and that scenario.
 * A crossing counts when the challenger leads beyond it within 0–100 % (countsAsSwitch); the nearest to the current share wins, the first
 * challenger in `codes` order on a tie (as MATCH finds the first minimum). None (nulls) when no
 * crossing counts, when the weights sum to 0 (no shares), and when the share is 100 %
 * (no other weight left to rescale).
 * Source: issue 5 item 4 ("how far a weight must move — the others rescaled in proportion — to change the first choice").
 * @example weightSensitivity(…).find((s) => s.criterion === 'npv') // { share: 0.5, switchShare: 0.2, change: -0.3, newFirst: 'S2' }
 */
export function weightSensitivity(o: SensitivityInputs): WeightSensitivity[] {
  const w = o.firstIndex;
  return CRITERIA.map((criterion): WeightSensitivity => {
    const share = o.weightSum === 0 ? 0 : o.weights[criterion] / o.weightSum;
    const none = { criterion, share, switchShare: null, change: null, newFirst: null };
    if (o.weightSum === 0 || !(share < 1)) return none;
    const s = o.scores[criterion];
    let best: { x: number; distance: number; k: number } | null = null;
    for (let k = 0; k < o.codes.length; k++) {
      if (k === w) continue;
      const x = crossingShare(o.total[k] - o.total[w], share, s[k] - s[w]);
      if (x === null || !countsAsSwitch(x, share)) continue;
      const distance = Math.abs(x - share);
      if (best === null || distance < best.distance) best = { x, distance, k };
    }
    if (best === null) return none;
    return { criterion, share, switchShare: best.x, change: best.x - share, newFirst: o.codes[best.k] };
  });
}
