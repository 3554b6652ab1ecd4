// Assumption entries of issue 6: thresholds the risk register's bands and default ratings follow
// (section riskRules). Defaults and their source: src/domain/risk-catalogue.ts.
import { RISK_RULE_DEFAULTS } from '../../domain/risk-catalogue';
import { scalar, type AssumptionEntry, type Overrides } from '../model-assumptions';

/**
 * The riskRules entries, each a scalar without range, overridable by key.
 * @example riskRuleAssumptions({}).find((e) => e.key === 'riskRules.bandHigh')?.value // 10
 */
export function riskRuleAssumptions(overrides: Overrides): AssumptionEntry[] {
  return RISK_RULE_DEFAULTS.map((d) => scalar(d.key, 'riskRules', d.unit, d.value, null, d.provenance, overrides));
}
