import { carefulSum } from '../careful-sum';

export interface ReadinessInputs {
  /** Score 0 … max of each factor, by id. */
  readonly scores: Readonly<Record<string, number>>;
  /** Weight of each factor, by id. */
  readonly weights: Readonly<Record<string, number>>;
}

export interface ReadinessResult {
  readonly ids: readonly string[];
  /** weight × (max − score), by factor: what the factor still lacks, weighted. */
  readonly gaps: readonly number[];
  /** Unique rank of each gap, largest first, ties in list order (the sheet's COUNTIF pair). */
  readonly priorityRank: readonly number[];
  /** Σ weight × score / (max × Σ weights), 0–1; 0 when the weights sum to 0. */
  readonly index: number;
  /** The factors to work on first: ids at priority ranks 1, 2, 3, and their gaps. */
  readonly priorities: readonly { readonly id: string; readonly gap: number }[];
}

/**
 * The readiness index and the factors to work on first (DOMAIN §9): index = Σ wᵢsᵢ / (max·Σ wᵢ);
 * gapᵢ = wᵢ × (max − sᵢ); rankᵢ = #{gaps > gapᵢ} + #{j ≤ i : gapⱼ = gapᵢ} (unique: a tie goes to the
 * factor listed first), as the sheet's `COUNTIF(gaps,">"&g)+COUNTIF(first:this,g)`; the top three by rank.
 * @example readinessIndex(['A', 'B'], { scores: { A: 3, B: 0 }, weights: { A: 1, B: 1 } }, 3).index // 0.5
 */
export function readinessIndex(ids: readonly string[], inputs: ReadinessInputs, max: number, top = 3): ReadinessResult {
  const w = ids.map((id) => inputs.weights[id] ?? 0);
  const s = ids.map((id) => inputs.scores[id] ?? 0);
  const weightSum = carefulSum(w);
  const index = weightSum === 0 ? 0 : carefulSum(w.map((x, i) => x * s[i])) / (max * weightSum);
  const gaps = w.map((x, i) => x * (max - s[i]));
  const priorityRank = gaps.map((g, i) => gaps.filter((o) => o > g).length + gaps.slice(0, i + 1).filter((o) => o === g).length);
  const priorities = Array.from({ length: Math.min(top, ids.length) }, (_, k) => {
    const at = priorityRank.indexOf(k + 1);
    return { id: ids[at], gap: gaps[at] };
  });
  return { ids, gaps, priorityRank, index, priorities };
}
