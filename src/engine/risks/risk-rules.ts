import { RISK_RULE_DEFAULTS } from '../../domain/risk-catalogue';
import type { AssumptionEntry } from '../model-assumptions';
import type { RiskRules } from './types';

/**
 * The riskRules thresholds from the model's assumption entries (a missing entry takes its default).
 * @example riskRulesOf(modelAssumptions(2024, {})).bandCritical // 15
 */
export function riskRulesOf(entries: readonly AssumptionEntry[]): RiskRules {
  const value = (name: keyof RiskRules): number => {
    const key = `riskRules.${name}`;
    return entries.find((e) => e.key === key)?.value ?? RISK_RULE_DEFAULTS.find((d) => d.key === key)!.value;
  };
  return {
    bandModerate: value('bandModerate'), bandHigh: value('bandHigh'), bandCritical: value('bandCritical'),
    harmonisationShare: value('harmonisationShare'), manySites: value('manySites'), scaleRatio: value('scaleRatio'),
  };
}
