import { carefulSum } from '../careful-sum';
import type { ScenarioGlobals } from './scenario-globals';
import { averageCostIn, includedSum, rampShareAt } from './scenario-keys';
import type { FunctionLever, FunctionOutcome, ScenarioBases, ScenarioDefinition } from './types';

/**
 * Savings of each pooled function of one scenario, POOLED_FUNCTIONS order (the globals' order):
 * run_f = pooled × IF(bottomUp = 1, FTE removed × avgCost_f, rate_f × baseIn_f);
 * sav_{f,t} = run_f × ramp_{f,t−delay} × inH_t;
 * one-off_f = pooled × (oneOffEur + bottomUp × FTE removed × avgCost_f × severance share);
 * ftePooled_f = pooled × fteIn_f. A function the definition does not list is not pooled.
 * Products are taken left to right as the scenario sheet writes them. Source: docs/scenario-arithmetic.md "Savings of the functions".
 * @example ACHATS pooled top-down at 6.5 % on 100 000 €: run rate 6 500 €, year 1 at 25 %: 1 625 €
 */
export function functionOutcomes(bases: ScenarioBases, definition: ScenarioDefinition, globals: ScenarioGlobals): FunctionOutcome[] {
  const flags = definition.partnerFlags;
  return globals.functions.map((g, f): FunctionOutcome => {
    const lever: FunctionLever = definition.functions.find((l) => l.code === g.code)
      ?? { code: g.code, pooled: 0, bottomUp: 0, fteRemoved: 0, oneOffEur: 0 };
    const baselineEur = includedSum(flags, bases.baselineEur[f] ?? []);
    const fteIn = includedSum(flags, bases.fte[f] ?? []);
    const averageCostPerFteEur = averageCostIn(includedSum(flags, bases.payrollEur[f] ?? []), fteIn);
    const runRateEur = lever.pooled * (lever.bottomUp === 1 ? lever.fteRemoved * averageCostPerFteEur : g.savingsRate * baselineEur);
    const byYearEur = globals.inHorizon.map((inH, t) => runRateEur * rampShareAt(g.rampUp, t, definition.delayYears) * inH);
    const severanceEur = lever.bottomUp * lever.fteRemoved * averageCostPerFteEur * globals.severanceShare;
    return {
      code: g.code, pooled: lever.pooled, bottomUp: lever.bottomUp, baselineEur, averageCostPerFteEur,
      savingsRate: g.savingsRate, runRateEur, byYearEur,
      oneOffEur: lever.pooled * (lever.oneOffEur + severanceEur),
      ftePooled: lever.pooled * fteIn,
    };
  });
}

/** sav_t = Σ_f sav_{f,t}, by model year. */
export function savingsByYear(functions: readonly FunctionOutcome[], years: number): number[] {
  return Array.from({ length: years }, (_, t) => carefulSum(functions.map((f) => f.byYearEur[t])));
}
