// Assumption entries of issue 6: thresholds the risk register's default ratings follow (section riskRules).
// Build them with scalar()/yearly() from ../model-assumptions; defaults and sources live in src/domain.
import type { AssumptionEntry, Overrides } from '../model-assumptions';

export function riskRuleAssumptions(overrides: Overrides): AssumptionEntry[] {
  void overrides;
  return [];
}
