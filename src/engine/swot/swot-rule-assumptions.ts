// Assumption entries of issue 6: thresholds the SWOT rules compare indicators with (section swotRules).
// Build them with scalar()/yearly() from ../model-assumptions; defaults and sources live in src/domain.
import type { AssumptionEntry, Overrides } from '../model-assumptions';

export function swotRuleAssumptions(overrides: Overrides): AssumptionEntry[] {
  void overrides;
  return [];
}
