// A scenario's inputs with some drivers moved: what scenarioOutcome is run on to see a driver's effect.
import type { ScenarioGlobals } from '../scenarios/scenario-globals';
import type { ScenarioBases, ScenarioDefinition } from '../scenarios/types';
import type { SensitivityDriver } from './sensitivity-drivers';

export interface ScenarioInputs {
  readonly bases: ScenarioBases;
  readonly definition: ScenarioDefinition;
  readonly globals: ScenarioGlobals;
}

/**
 * A ramp-up row `slipYears` later: ramp'_p = (1 − φ) × ramp_{p−k} + φ × ramp_{p−k−1} (0 before year 0),
 * k = INT(slip), φ = slip − k; a slip below 0 counts as 0 (savings never come earlier than the row says).
 * @example slippedRamp([0, 0.25, 0.6, 1], 0.5) // [0, 0.125, 0.425, 0.8]
 */
export function slippedRamp(ramp: readonly number[], slipYears: number): number[] {
  const slip = Math.max(0, slipYears);
  const k = Math.floor(slip);
  const phi = slip - k;
  const at = (q: number) => (q < 0 ? 0 : ramp[q] ?? 0);
  return ramp.map((_, p) => (1 - phi) * at(p - k) + phi * at(p - k - 1));
}

/**
 * The inputs with each driver at `values` (driver order): a savings rate replaces the function's rate; the slip
 * delays every function's ramp-up (slippedRamp); the one-off factor multiplies every one-off input (the
 * functions' one-off costs, legal fees, moving cost per site, IT and change-management rates, registration
 * duty, severance share), so the one-off total scales by it; the harmonisation factor multiplies the share of
 * the gap closed; the site factor the sites' rents; the discount rate replaces DiscountRate.
 * At the drivers' reference values the inputs are unchanged (× 1, + 0), so the scenario is exactly the sheets'.
 * @example movedInputs(bases, definition, globals, drivers, referenceValues(drivers)) // the same figures
 */
export function movedInputs(
  bases: ScenarioBases, definition: ScenarioDefinition, globals: ScenarioGlobals,
  drivers: readonly SensitivityDriver[], values: readonly number[],
): ScenarioInputs {
  const valueOf = (kind: SensitivityDriver['kind']) => {
    const i = drivers.findIndex((d) => d.kind === kind);
    return i < 0 ? null : values[i];
  };
  const rateOf = (f: number, fallback: number) => {
    const i = drivers.findIndex((d) => d.kind === 'savingsRate' && d.functionIndex === f);
    return i < 0 ? fallback : values[i];
  };
  const slip = valueOf('rampUpSlip') ?? 0;
  const m = valueOf('oneOff') ?? 1;
  const h = valueOf('harmonisation') ?? 1;
  const s = valueOf('siteSavings') ?? 1;
  const rate = valueOf('discountRate') ?? globals.discountRate;
  return {
    bases: { ...bases, siteRentEur: bases.siteRentEur.map((r) => r * s) },
    definition: {
      ...definition,
      functions: definition.functions.map((f) => ({ ...f, oneOffEur: f.oneOffEur * m })),
      legalFeesEur: definition.legalFeesEur * m,
      movingCostPerSiteEur: definition.movingCostPerSiteEur * m,
    },
    globals: {
      ...globals,
      discountRate: rate,
      functions: globals.functions.map((g, f) => ({ ...g, savingsRate: rateOf(f, g.savingsRate), rampUp: slippedRamp(g.rampUp, slip) })),
      itMigrationRate: globals.itMigrationRate * m,
      changeManagementRate: globals.changeManagementRate * m,
      registrationDutyEur: globals.registrationDutyEur * m,
      severanceShare: globals.severanceShare * m,
      shareOfGapClosed: globals.shareOfGapClosed * h,
    },
  };
}
