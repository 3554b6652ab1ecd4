// Default weights and judgement scores of the weighted choice between scenarios (issue 5 item 4):
// our proposals, flagged as assumptions, for the board to set. The engine's ScoringInputs has
// this shape (src/engine/scoring/types.ts); the domain may import nothing, so the shape is
// spelled here and a test in the engine holds the two together.
import type { CooperationFormCode } from './codes';
import { cooperationForm } from './cooperation-forms';
import type { Provenance } from './types';

/** The weights of the seven criteria, as fractions (30 % = 0.3); they sum to 1. */
export interface ScoringWeightDefaults {
  readonly npv: number;
  readonly payback: number;
  readonly oneOffCosts: number;
  readonly risk: number;
  readonly governanceBalance: number;
  readonly preservedIdentity: number;
  readonly reversibility: number;
}

/** Judgement scores 0–100 of one scenario. */
export interface JudgementScoreDefaults {
  readonly governanceBalance: number;
  readonly preservedIdentity: number;
  readonly reversibility: number;
}

/** Weights and judgement scores by criterion then scenario code: the engine's ScoringInputs. */
export interface DefaultScoringInputs {
  readonly weights: ScoringWeightDefaults;
  readonly judgement: { readonly [C in keyof JudgementScoreDefaults]: Readonly<Record<string, number>> };
}

/**
 * Money first (NPV 25 %), then payback and one-off costs, the risk score (issue 6) and the three
 * judgement criteria. The risk criterion's 15 % came out of the three money criteria (60 % → 45 %:
 * NPV 30 → 25, payback 15 → 10, one-off costs 15 → 10), the judgement criteria keeping their 40 %:
 * the risks the register rates are mostly what the money figures leave out.
 */
export const DEFAULT_SCORING_WEIGHTS: ScoringWeightDefaults = {
  npv: 0.25, payback: 0.1, oneOffCosts: 0.1, risk: 0.15, governanceBalance: 0.15, preservedIdentity: 0.15, reversibility: 0.1,
};

/** Weights and judgement scores are our proposal; the board sets its own. */
export const SCORING_DEFAULTS_PROVENANCE: Provenance = { kind: 'assumption' };

/**
 * Judgement scores by integration level (DOMAIN §1.1, 1 = a contract, 5 = a merger): a looser form
 * leaves each association its board, its name and its way out, so it preserves identity and
 * reversibility more; governance balance falls more slowly (a merged board can still seat each
 * former association). Level 2 lies between 1 and 3.
 */
const BY_LEVEL: Readonly<Record<1 | 2 | 3 | 4 | 5, JudgementScoreDefaults>> = {
  1: { governanceBalance: 80, preservedIdentity: 90, reversibility: 90 },
  2: { governanceBalance: 75, preservedIdentity: 80, reversibility: 75 },
  3: { governanceBalance: 70, preservedIdentity: 70, reversibility: 60 },
  4: { governanceBalance: 70, preservedIdentity: 70, reversibility: 60 },
  5: { governanceBalance: 50, preservedIdentity: 30, reversibility: 10 },
};

/**
 * The default judgement scores of a scenario, from its form's highest integration level
 * (a form spanning 3–4 scores as 4). A form without a level of its own (the transfer of an
 * authorisation, a component of levels 4–5) scores as level 4.
 * @example defaultJudgementScores('GCSMS') // { governanceBalance: 70, preservedIdentity: 70, reversibility: 60 }
 */
export function defaultJudgementScores(form: CooperationFormCode): JudgementScoreDefaults {
  return BY_LEVEL[integrationLevelOf(form)];
}

/**
 * A form's integration level for the defaults that follow it (judgement scores, risk likelihoods):
 * its highest level (a form spanning 3–4 counts 4), level 4 for a form without one (the transfer of an
 * authorisation, a component of levels 4–5), a whole number 1–5.
 * @example integrationLevelOf('FUSION_ABSORPTION') // 5
 */
export function integrationLevelOf(form: CooperationFormCode): 1 | 2 | 3 | 4 | 5 {
  const level = cooperationForm(form).integrationLevel?.max ?? 4;
  return Math.min(5, Math.max(1, Math.round(level))) as 1 | 2 | 3 | 4 | 5;
}

/**
 * The default scoring inputs of a set of scenarios: DEFAULT_SCORING_WEIGHTS and each scenario's
 * defaultJudgementScores, keyed by its code.
 * @example defaultScoringInputs([{ code: 'S3', form: 'FUSION_ABSORPTION' }]).judgement.reversibility // { S3: 10 }
 */
export function defaultScoringInputs(scenarios: readonly { code: string; form: CooperationFormCode }[]): DefaultScoringInputs {
  const by = (c: keyof JudgementScoreDefaults) =>
    Object.fromEntries(scenarios.map((s) => [s.code, defaultJudgementScores(s.form)[c]]));
  return {
    weights: DEFAULT_SCORING_WEIGHTS,
    judgement: { governanceBalance: by('governanceBalance'), preservedIdentity: by('preservedIdentity'), reversibility: by('reversibility') },
  };
}
