import type { CooperationData } from '../../data/types';
import type { AssumptionEntry } from '../model-assumptions';
import type { ScenarioBases, ScenarioDefinition, ScenarioOutcome } from '../scenarios/types';
import { riskRegister } from './risk-register';
import { riskRulesOf } from './risk-rules';
import { scenarioRiskFacts } from './scenario-risk-facts';
import type { RiskOverrides, RiskRegister } from './types';

/**
 * The model's risk register: each scenario's facts (scenarioRiskFacts), the riskRules of the
 * assumption entries, and what the user typed (`overrides`, read back by readRiskInputs).
 * @example modelRiskRegister(data, bases, definitions, outcomes, ctx.entries).scenarios[0].meanResidualScore
 */
export function modelRiskRegister(
  data: CooperationData, bases: ScenarioBases, definitions: readonly ScenarioDefinition[], outcomes: readonly ScenarioOutcome[],
  entries: readonly AssumptionEntry[], overrides: RiskOverrides = {},
): RiskRegister {
  const facts = definitions.map((d) => {
    const outcome = outcomes.find((o) => o.code === d.code);
    if (!outcome) throw new Error(`No outcome for scenario ${d.code}`);
    return scenarioRiskFacts(data, bases, d, outcome);
  });
  return riskRegister(facts, riskRulesOf(entries), overrides);
}
