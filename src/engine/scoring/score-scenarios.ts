import { minMaxScores, type ScoreDirection } from './min-max-scores';
import { spreadsheetRank } from './spreadsheet-rank';
import {
  DATA_CRITERIA, JUDGEMENT_CRITERIA, type Criterion, type DataCriterion, type ScenarioFigures, type ScoringInputs, type ScoringResult,
} from './types';
import { weightSensitivity } from './weight-sensitivity';
import { weightedTotals } from './weighted-totals';

/** Which way each data criterion points. */
export const CRITERION_DIRECTION: Readonly<Record<DataCriterion, ScoreDirection>> = {
  npv: 'higherIsBetter',
  payback: 'lowerIsBetter',
  oneOffCosts: 'lowerIsBetter',
  risk: 'lowerIsBetter',
};

const figureOf: Readonly<Record<DataCriterion, (f: ScenarioFigures) => number>> = {
  npv: (f) => f.npvEur,
  payback: (f) => f.paybackYears,
  oneOffCosts: (f) => f.oneOffCostsEur,
  risk: (f) => f.riskScore ?? 0,
};

/**
 * The weighted scoring of the scenarios (MODELLING.md "Weighted scoring of scenarios"):
 * data criteria scaled min–max to 0–100 across the scenarios (minMaxScores), judgement
 * criteria as the board scored them (a score outside 0–100 is kept: the sheet's check flags it;
 * a scenario without a score counts 0); total = Σ weight × score / Σ weights (0 when Σ = 0);
 * ranks as RANK(); the first choice is the first code with the highest total (as
 * INDEX/MATCH(MAX) finds it); and for each weight, the share at which the first choice changes.
 * @example scoreScenarios([{ code: 'S1', npvEur: 1e5, paybackYears: 2, oneOffCostsEur: 5e4 }, …], defaults).first // 'S2'
 */
export function scoreScenarios(figures: readonly ScenarioFigures[], inputs: ScoringInputs): ScoringResult {
  const codes = figures.map((f) => f.code);
  const scores = {} as Record<Criterion, readonly number[]>;
  for (const c of DATA_CRITERIA) scores[c] = minMaxScores(figures.map(figureOf[c]), CRITERION_DIRECTION[c]);
  for (const c of JUDGEMENT_CRITERIA) scores[c] = codes.map((code) => inputs.judgement[c][code] ?? 0);
  const { weightSum, total } = weightedTotals(scores, inputs.weights, codes.length);
  const best = Math.max(...total);
  const firstIndex = total.indexOf(best);
  return {
    codes,
    scores,
    total,
    rank: spreadsheetRank(total),
    first: firstIndex < 0 ? '' : codes[firstIndex],
    weightSum,
    sensitivity: firstIndex < 0 ? [] : weightSensitivity({ codes, scores, weights: inputs.weights, weightSum, total, firstIndex }),
    figures,
  };
}
