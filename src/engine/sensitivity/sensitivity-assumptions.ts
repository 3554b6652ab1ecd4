// Assumption entries of issue 7: the drivers' low, base and high values that only sensitivity uses (section sensitivity).
// Build them with scalar()/yearly() from ../model-assumptions; defaults and sources live in src/domain.
import type { AssumptionEntry, Overrides } from '../model-assumptions';

export function sensitivityAssumptions(overrides: Overrides): AssumptionEntry[] {
  void overrides;
  return [];
}
