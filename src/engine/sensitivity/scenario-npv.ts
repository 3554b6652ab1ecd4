import { netPresentValue } from '../net-present-value';
import { scenarioOutcome } from '../scenarios/scenario-outcome';
import type { ScenarioInputs } from './moved-inputs';

/**
 * The NPV of a scenario's net benefit row, NB_0 + Σ_{t≥1} NB_t / (1 + rate)^t, also when no partner takes part
 * (zeros: 0), as the tornado sheet computes it from the scenario sheet's row.
 * Throws on a rate ≤ −1, which the assumptions sheet refuses (its bound is −50 %).
 * @example scenarioNpv(inputs) // the scenario sheet's NPV when a partner is in
 */
export function scenarioNpv(inputs: ScenarioInputs): number {
  const outcome = scenarioOutcome(inputs.bases, inputs.definition, inputs.globals);
  const npv = netPresentValue(outcome.netBenefitByYearEur, inputs.globals.discountRate);
  if (!npv.ok) throw new RangeError(`No NPV at a discount rate of ${inputs.globals.discountRate} (${npv.reason})`);
  return npv.value;
}
