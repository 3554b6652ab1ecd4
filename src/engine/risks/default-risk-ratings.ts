import { RISK_CATALOGUE, RISK_RATING_MAX, RISK_RATING_MIN, type RiskDefinition, type RiskTrigger } from '../../domain/risk-catalogue';
import type { RiskRatingDefault, RiskReason, RiskRules, RiskScenarioFacts } from './types';

/** Whether a trigger holds for a scenario, with the figure and threshold it was judged on. */
export function triggerHolds(trigger: RiskTrigger, facts: RiskScenarioFacts, rules: RiskRules): { holds: boolean; value: number | null; threshold: number | null } {
  switch (trigger) {
    case 'harmonisation': {
      const v = facts.harmonisationOn ? facts.harmonisationShare : null;
      return { holds: v !== null && v >= rules.harmonisationShare, value: v, threshold: rules.harmonisationShare };
    }
    case 'harmonisationOn': return { holds: facts.harmonisationOn, value: null, threshold: null };
    case 'severalAgreements': return { holds: facts.agreements > 1, value: facts.agreements, threshold: null };
    case 'manySites': return { holds: facts.sites >= rules.manySites, value: facts.sites, threshold: rules.manySites };
    case 'scale': return { holds: facts.scaleRatio !== null && facts.scaleRatio >= rules.scaleRatio, value: facts.scaleRatio, threshold: rules.scaleRatio };
    case 'newHeadOffice': return { holds: facts.newHeadOfficeEurPerYear > 0, value: facts.newHeadOfficeEurPerYear, threshold: null };
    case 'pooling': return { holds: facts.functionsPooled > 0, value: facts.functionsPooled, threshold: null };
  }
}

const clamp = (v: number) => Math.min(RISK_RATING_MAX, Math.max(RISK_RATING_MIN, v));

/**
 * The proposed rating of one risk in one scenario: the likelihood of the scenario's integration
 * level (DOMAIN §1.1), 1 when a required trigger does not hold (the risk does not arise), else one
 * step more for each raising trigger that holds (riskRules thresholds) when that likelihood is above 1, capped at 5; the catalogue's
 * impact; residual = each rating less the mitigation's expected effect, at least 1.
 * @example defaultRiskRating(riskDefinition('HUM-02'), mergerFacts, rules).likelihood // 5
 */
export function defaultRiskRating(def: RiskDefinition, facts: RiskScenarioFacts, rules: RiskRules): RiskRatingDefault {
  const base = def.likelihoodByLevel[facts.integrationLevel - 1];
  const reasons: RiskReason[] = [{ kind: 'level', level: facts.integrationLevel, likelihood: base }];
  let likelihood = base;
  const missing = def.triggers.find((t) => t.effect === 'require' && !triggerHolds(t.trigger, facts, rules).holds);
  if (missing) {
    likelihood = RISK_RATING_MIN;
    reasons.push({ kind: 'notApplicable', trigger: missing.trigger });
  } else {
    for (const t of def.triggers) {
      // A rule raises a risk the form makes possible; one the form makes rare stays rare.
      if (t.effect !== 'raise' || base <= RISK_RATING_MIN) continue;
      const judged = triggerHolds(t.trigger, facts, rules);
      if (!judged.holds) continue;
      likelihood += 1;
      reasons.push({ kind: 'raise', trigger: t.trigger, value: judged.value, threshold: judged.threshold });
    }
  }
  likelihood = clamp(likelihood);
  const impact = clamp(def.impact);
  return {
    id: def.id, likelihood, impact,
    residualLikelihood: clamp(likelihood - def.mitigationEffect.likelihood),
    residualImpact: clamp(impact - def.mitigationEffect.impact),
    reasons,
  };
}

/** The proposals of every catalogue risk for one scenario (RISK_CATALOGUE order). */
export function defaultRiskRatings(facts: RiskScenarioFacts, rules: RiskRules): RiskRatingDefault[] {
  return RISK_CATALOGUE.map((def) => defaultRiskRating(def, facts, rules));
}
