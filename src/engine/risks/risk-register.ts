import { RISK_CATALOGUE, riskDefinition } from '../../domain/risk-catalogue';
import { carefulSum } from '../careful-sum';
import { defaultRiskRatings } from './default-risk-ratings';
import { heatMapCounts } from './heat-map-counts';
import { riskBand } from './risk-band';
import {
  RISK_BANDS, type RiskEntry, type RiskOverrides, type RiskRegister, type RiskRules, type RiskScenarioFacts, type ScenarioRiskRegister,
} from './types';

/**
 * The risk register of every scenario: each catalogue risk rated by its proposal (defaultRiskRating)
 * or by what the user typed (`overrides`, by scenario code then risk id); score = L × I, banded by the
 * riskRules thresholds, the same for the residual rating; each scenario's mean score and mean residual
 * score (Σ / number of risks, the sheet's AVERAGEIFS), its heat maps and its residual risks by band.
 * @example riskRegister(facts, rules, { S1: { 'HUM-02': { likelihood: 2 } } }).scenarios[0].entries[1].likelihood // 2
 */
export function riskRegister(facts: readonly RiskScenarioFacts[], rules: RiskRules, overrides: RiskOverrides = {}): RiskRegister {
  const scenarios = facts.map((f): ScenarioRiskRegister => {
    const typed = overrides[f.code] ?? {};
    const entries = defaultRiskRatings(f, rules).map((proposal): RiskEntry => {
      const o = typed[proposal.id] ?? {};
      const likelihood = o.likelihood ?? proposal.likelihood;
      const impact = o.impact ?? proposal.impact;
      const residualLikelihood = o.residualLikelihood ?? proposal.residualLikelihood;
      const residualImpact = o.residualImpact ?? proposal.residualImpact;
      const score = likelihood * impact;
      const residualScore = residualLikelihood * residualImpact;
      return {
        scenario: f.code, id: proposal.id, category: riskDefinition(proposal.id).category,
        likelihood, impact, score, band: riskBand(score, rules),
        owner: o.owner ?? null, mitigation: o.mitigation ?? null,
        residualLikelihood, residualImpact, residualScore, residualBand: riskBand(residualScore, rules),
        proposal,
      };
    });
    const n = RISK_CATALOGUE.length;
    return {
      code: f.code, facts: f, entries,
      meanScore: carefulSum(entries.map((e) => e.score)) / n,
      meanResidualScore: carefulSum(entries.map((e) => e.residualScore)) / n,
      heatMap: heatMapCounts(entries.map((e) => [e.likelihood, e.impact])),
      residualHeatMap: heatMapCounts(entries.map((e) => [e.residualLikelihood, e.residualImpact])),
      residualBandCounts: RISK_BANDS.map((b) => entries.filter((e) => e.residualBand === b).length),
    };
  });
  return { rules, scenarios };
}
