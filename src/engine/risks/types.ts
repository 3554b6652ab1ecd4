// The risk register (issue 6, MODELLING.md "Risk score"): one register per scenario, each risk
// rated likelihood × impact (1–5 each), banded, with its owner, mitigation and residual rating.
import type { CooperationFormCode } from '../../domain/codes';
import type { RiskCategory, RiskTrigger } from '../../domain/risk-catalogue';

export const RISK_BANDS = ['low', 'moderate', 'high', 'critical'] as const;
export type RiskBand = (typeof RISK_BANDS)[number];

/** The thresholds of the riskRules section of the assumptions sheet. */
export interface RiskRules {
  /** Lowest score of each band above `low` (points of L × I). */
  readonly bandModerate: number;
  readonly bandHigh: number;
  readonly bandCritical: number;
  /** Harmonisation cost / payroll of the partners in from which the social risks rise. */
  readonly harmonisationShare: number;
  /** Number of sites of the partners in from which "many workplaces" rises. */
  readonly manySites: number;
  /** Charges of the partners in / the largest partner's from which "change of scale" rises. */
  readonly scaleRatio: number;
}

/** What the default ratings of one scenario depend on. */
export interface RiskScenarioFacts {
  readonly code: string;
  readonly form: CooperationFormCode;
  /** 1 (a contract) … 5 (a merger): the form's highest level. */
  readonly integrationLevel: 1 | 2 | 3 | 4 | 5;
  /** Highest yearly harmonisation cost / loaded payroll of the partners in; null without payroll. */
  readonly harmonisationShare: number | null;
  /** 1 when the scenario harmonises the collective agreements. */
  readonly harmonisationOn: boolean;
  /** Distinct collective agreements applied by the partners in. */
  readonly agreements: number;
  readonly sites: number;
  /** Σ charges of the partners in / the largest of them; null without charges. */
  readonly scaleRatio: number | null;
  readonly newHeadOfficeEurPerYear: number;
  readonly functionsPooled: number;
}

/** Why a default likelihood is what it is: the level's base, then each rule that moved it. */
export type RiskReason =
  | { readonly kind: 'level'; readonly level: number; readonly likelihood: number }
  | { readonly kind: 'raise'; readonly trigger: RiskTrigger; readonly value: number | null; readonly threshold: number | null }
  | { readonly kind: 'notApplicable'; readonly trigger: RiskTrigger };

/** The engine's proposal for one risk in one scenario. */
export interface RiskRatingDefault {
  readonly id: string;
  readonly likelihood: number;
  readonly impact: number;
  readonly residualLikelihood: number;
  readonly residualImpact: number;
  readonly reasons: readonly RiskReason[];
}

/** What a user typed for one risk in one scenario (what the sheet holds that differs from the proposal). */
export interface RiskEntryOverride {
  readonly likelihood?: number;
  readonly impact?: number;
  readonly residualLikelihood?: number;
  readonly residualImpact?: number;
  readonly owner?: string;
  readonly mitigation?: string;
}

/** By scenario code, then risk id. */
export type RiskOverrides = Readonly<Record<string, Readonly<Record<string, RiskEntryOverride>>>>;

export interface RiskEntry {
  readonly scenario: string;
  readonly id: string;
  readonly category: RiskCategory;
  readonly likelihood: number;
  readonly impact: number;
  /** likelihood × impact. */
  readonly score: number;
  readonly band: RiskBand;
  /** The user's text, or null: the catalogue's default owner / mitigation in the model's language. */
  readonly owner: string | null;
  readonly mitigation: string | null;
  readonly residualLikelihood: number;
  readonly residualImpact: number;
  readonly residualScore: number;
  readonly residualBand: RiskBand;
  readonly proposal: RiskRatingDefault;
}

export interface ScenarioRiskRegister {
  readonly code: string;
  readonly facts: RiskScenarioFacts;
  readonly entries: readonly RiskEntry[];
  /** Mean of the scores and of the residual scores (1–25): the risk criterion of the scoring uses the residual one. */
  readonly meanScore: number;
  readonly meanResidualScore: number;
  /** Risks by cell: [likelihood − 1][impact − 1] (whole ratings 1–5 only, as COUNTIFS counts them). */
  readonly heatMap: readonly (readonly number[])[];
  readonly residualHeatMap: readonly (readonly number[])[];
  /** Residual risks by band, RISK_BANDS order. */
  readonly residualBandCounts: readonly number[];
}

export interface RiskRegister {
  readonly rules: RiskRules;
  readonly scenarios: readonly ScenarioRiskRegister[];
}
