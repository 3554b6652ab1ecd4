import type { CooperationData } from '../../data/types';
import { scenarioBases } from './scenario-bases';
import type { ScenarioGlobals } from './scenario-globals';
import { scenarioOutcome } from './scenario-outcome';
import type { ScenarioDefinition, ScenarioOutcome } from './types';

/**
 * The outcomes of several scenarios on the same data, in the definitions' order; the bases are computed once.
 * @example scenarioOutcomes(data, defaultScenarios(data), globals).map((o) => o.npvEur)
 */
export function scenarioOutcomes(
  data: CooperationData, definitions: readonly ScenarioDefinition[], globals: ScenarioGlobals,
): ScenarioOutcome[] {
  const bases = scenarioBases(data);
  return definitions.map((d) => scenarioOutcome(bases, d, globals));
}
