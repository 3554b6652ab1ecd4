// Weighted scoring of the scenarios (issue 5, MODELLING.md): criteria with weights,
// data criteria scaled min–max over the scenarios, judgement criteria scored by the board.

export const DATA_CRITERIA = ['npv', 'payback', 'oneOffCosts', 'risk'] as const;
export const JUDGEMENT_CRITERIA = ['governanceBalance', 'preservedIdentity', 'reversibility'] as const;
export type DataCriterion = (typeof DATA_CRITERIA)[number];
export type JudgementCriterion = (typeof JUDGEMENT_CRITERIA)[number];
export type Criterion = DataCriterion | JudgementCriterion;
export const CRITERIA: readonly Criterion[] = [...DATA_CRITERIA, ...JUDGEMENT_CRITERIA];

export interface ScoringInputs {
  /** Weights by criterion (any scale; shown as %; a sum other than 100 % is a warning). */
  readonly weights: Readonly<Record<Criterion, number>>;
  /** Judgement scores 0–100 by criterion, then by scenario code. */
  readonly judgement: Readonly<Record<JudgementCriterion, Readonly<Record<string, number>>>>;
}

/** The figures a data criterion scales, by scenario: NPV (higher is better), payback, one-off costs and the risk score (lower). */
export interface ScenarioFigures {
  readonly code: string;
  readonly npvEur: number;
  /** Years; a payback not within the horizon counts as horizon + 1. */
  readonly paybackYears: number;
  readonly oneOffCostsEur: number;
  /**
   * The scenario's risk score: the mean residual score (1–25) of its risk register (issue 6,
   * src/engine/risks). Absent: 0 for every scenario, so the criterion tells none apart (each scores 100).
   */
  readonly riskScore?: number;
}

export interface WeightSensitivity {
  readonly criterion: Criterion;
  /** The weight as a share of the sum of weights. */
  readonly share: number;
  /** The share at which another scenario takes first place, the others rescaled in proportion; null when none does within 0–100 %. */
  readonly switchShare: number | null;
  /** switchShare − share. */
  readonly change: number | null;
  /** The scenario that takes first place there. */
  readonly newFirst: string | null;
}

export interface ScoringResult {
  readonly codes: readonly string[];
  /** Score 0–100 by criterion, then scenario (same order as `codes`). */
  readonly scores: Readonly<Record<Criterion, readonly number[]>>;
  /** Σ weight × score / Σ weights, by scenario. */
  readonly total: readonly number[];
  /** RANK(total, totals): 1 is first; ties share a rank. */
  readonly rank: readonly number[];
  /** The first scenario of the order (the first code with the highest total). */
  readonly first: string;
  readonly weightSum: number;
  readonly sensitivity: readonly WeightSensitivity[];
  /** The figures the data criteria were scaled from (same order as `codes`): the scoring sheet's expected raw values. scoreScenarios always sets it. */
  readonly figures?: readonly ScenarioFigures[];
}
