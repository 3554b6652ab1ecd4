import type { ScenarioGlobals } from '../scenarios/scenario-globals';
import type { ScenarioBases, ScenarioDefinition } from '../scenarios/types';
import { movedInputs } from './moved-inputs';
import { scenarioNpv } from './scenario-npv';
import { referenceValues, type SensitivityDriver } from './sensitivity-drivers';

export interface TornadoBar {
  readonly driver: SensitivityDriver;
  readonly npvAtLowEur: number;
  readonly npvAtHighEur: number;
  /** |NPV at high − NPV at low|, euros. */
  readonly swingEur: number;
}

export interface ScenarioTornado {
  readonly code: string;
  /** NPV with every driver at its reference value: the scenario sheet's. */
  readonly baseNpvEur: number;
  /** One bar per driver, in driver order. */
  readonly bars: readonly TornadoBar[];
  /** Indexes into `bars`, largest swing first; equal swings keep the driver order (the sheet's tie-breaker). */
  readonly order: readonly number[];
}

/**
 * The tornado of one scenario: each driver moved alone from its reference value to its low and to its high
 * value, everything else as on the sheets, and the scenario re-run (scenarioOutcome) each time; the swing is
 * the distance between the two NPVs. Sorted largest swing first (MODELLING.md "Sensitivity").
 * @example scenarioTornado(bases, definition, globals, drivers).order[0] // the driver that matters most
 */
export function scenarioTornado(
  bases: ScenarioBases, definition: ScenarioDefinition, globals: ScenarioGlobals, drivers: readonly SensitivityDriver[],
): ScenarioTornado {
  const reference = referenceValues(drivers);
  const npvWith = (i: number, value: number) =>
    scenarioNpv(movedInputs(bases, definition, globals, drivers, reference.map((v, j) => (j === i ? value : v))));
  const bars = drivers.map((driver, i): TornadoBar => {
    const npvAtLowEur = npvWith(i, driver.low);
    const npvAtHighEur = npvWith(i, driver.high);
    return { driver, npvAtLowEur, npvAtHighEur, swingEur: Math.abs(npvAtHighEur - npvAtLowEur) };
  });
  const order = bars.map((_, i) => i).sort((a, b) => bars[b].swingEur - bars[a].swingEur || a - b);
  return { code: definition.code, baseNpvEur: scenarioNpv(movedInputs(bases, definition, globals, drivers, reference)), bars, order };
}
