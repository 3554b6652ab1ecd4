import type { SensitivityResults } from './sensitivity-results';

/** What the task pane shows of one scenario's Monte Carlo after generation. */
export interface SensitivityHeadline {
  readonly code: string;
  readonly p10Eur: number;
  readonly p50Eur: number;
  readonly p90Eur: number;
  /** Share of the draws with NPV > 0 (0–1). */
  readonly probabilityPositive: number;
  readonly seed: number;
  readonly draws: number;
}

/**
 * P10, P50, P90 and P(NPV > 0) of each scenario, with the seed and draws that reproduce them: what the task
 * pane shows after generation. Takes the results, or buildModel's ModelResult (its `sensitivity` field; none: []).
 * @example sensitivityHeadlines(result)[0].probabilityPositive // 0.9999 for S1 on the sample
 */
export function sensitivityHeadlines(source: SensitivityResults | { readonly sensitivity?: SensitivityResults }): SensitivityHeadline[] {
  // A ModelResult has `scenarios` too: the Monte Carlo settings tell the results apart.
  const results = 'settings' in source ? source : source.sensitivity;
  if (!results) return [];
  return results.scenarios.map((s) => ({
    code: s.code, p10Eur: s.monteCarlo.p10Eur, p50Eur: s.monteCarlo.p50Eur, p90Eur: s.monteCarlo.p90Eur,
    probabilityPositive: s.monteCarlo.probabilityPositive, seed: results.settings.seed, draws: results.settings.draws,
  }));
}
