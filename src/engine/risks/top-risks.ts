import type { RiskEntry, ScenarioRiskRegister } from './types';

/**
 * A scenario's risks to show first (the task pane, a summary): by residual score, then score, highest
 * first, ties in catalogue order.
 * @example topRisks(register.scenarios[2], 3).map((e) => e.id) // ['HUM-02', 'HUM-03', 'OVS-01']
 */
export function topRisks(scenario: ScenarioRiskRegister, count: number): RiskEntry[] {
  return scenario.entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.residualScore - a.e.residualScore || b.e.score - a.e.score || a.i - b.i)
    .slice(0, Math.max(0, count))
    .map(({ e }) => e);
}
