// Assumption entries of issue 7: the drivers' low, base and high values that only sensitivity uses,
// and the Monte Carlo settings (section sensitivity). Defaults and their source: src/domain/sensitivity-defaults.ts.
import { SENSITIVITY_DEFAULTS } from '../../domain/sensitivity-defaults';
import { scalar, type AssumptionEntry, type Overrides } from '../model-assumptions';

/**
 * The sensitivity entries with their values, defaults replaced by `overrides` (`<key>`, `<key>.low`, `<key>.high`).
 * @example sensitivityAssumptions({}).find((e) => e.key === 'sensitivity.oneOffFactor')?.high?.value // 1.5
 */
export function sensitivityAssumptions(overrides: Overrides): AssumptionEntry[] {
  return SENSITIVITY_DEFAULTS.map((d) => scalar(d.key, 'sensitivity', d.unit, d.value, d.range, d.provenance, overrides));
}
