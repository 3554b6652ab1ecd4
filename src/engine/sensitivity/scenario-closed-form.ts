import type { ScenarioGlobals } from '../scenarios/scenario-globals';
import { rampShareAt } from '../scenarios/scenario-keys';
import { scenarioOutcome } from '../scenarios/scenario-outcome';
import type { ScenarioBases, ScenarioDefinition } from '../scenarios/types';
import type { SensitivityDriver } from './sensitivity-drivers';

/** One evaluation of the closed form: the NPV and whether the cumulative net benefit turns ≥ 0 within the horizon. */
export interface ClosedFormValue {
  readonly npvEur: number;
  readonly paybackWithinHorizon: boolean;
}

export interface ScenarioClosedForm {
  readonly code: string;
  /** NB_t by model year at the drivers' `values` (driver order). */
  netBenefitByYear(values: readonly number[]): number[];
  evaluate(values: readonly number[]): ClosedFormValue;
  /**
   * The Monte Carlo's batch: row i of `values` (`width` drivers from i × width) evaluated into `npvs[offset + i]`,
   * for `count` rows; returns how many rows pay back within the horizon. The same arithmetic as evaluate, without
   * a row copy or a result object per draw (issue 9).
   */
  evaluateRows(values: Float64Array, count: number, width: number, npvs: number[], offset: number): number;
}

/**
 * A scenario's NPV as a function of the drivers, built once from one run of scenarioOutcome:
 * run_f = a_f × rate_f + b_f (a_f = pooled × baseline in, top-down; b_f = pooled × FTE removed × average cost,
 * bottom-up); sav_t = Σ_f run_f × ((1 − φ) R_f(t − k) + φ R_f(t − k − 1)) × inH_t with R_f(u) the delayed ramp-up
 * at u (0 before 0), k + φ the slip; NB_t = shareKept × (sav_t + s × sites_t) − m × oneOff_t − headOffice_t
 * − h × harmonisation_t; NPV = NB_0 + Σ_{t≥1} NB_t / (1 + r)^t. Every other figure is fixed by the scenario.
 * The Monte Carlo evaluates this for each draw instead of re-running the whole scenario; a test proves it equals
 * scenarioOutcome run on movedInputs at random driver values.
 * @example scenarioClosedForm(bases, definition, globals, drivers).evaluate(referenceValues(drivers)).npvEur
 */
export function scenarioClosedForm(
  bases: ScenarioBases, definition: ScenarioDefinition, globals: ScenarioGlobals, drivers: readonly SensitivityDriver[],
): ScenarioClosedForm {
  const outcome = scenarioOutcome(bases, definition, globals);
  const years = globals.inHorizon.length;
  const inH = globals.inHorizon;
  const anyIn = outcome.partnersIncluded > 0;
  const F = outcome.functions.length;
  const a = new Float64Array(F);
  const b = new Float64Array(F);
  const fixedRate = new Float64Array(F);
  const rateIndex = new Int32Array(F).fill(-1);
  // R_f(u) for u = 0 … N: the function's ramp-up delayed by the scenario's delay (INDEX truncation included).
  const ramp: Float64Array[] = [];
  outcome.functions.forEach((fo, f) => {
    const lever = definition.functions.find((l) => l.code === fo.code);
    if (fo.bottomUp === 1) b[f] = fo.pooled * (lever?.fteRemoved ?? 0) * fo.averageCostPerFteEur;
    else a[f] = fo.pooled * fo.baselineEur;
    fixedRate[f] = fo.savingsRate;
    ramp.push(Float64Array.from(inH, (_, t) => rampShareAt(globals.functions[f].rampUp, t, definition.delayYears)));
  });
  drivers.forEach((d, i) => { if (d.kind === 'savingsRate' && d.functionIndex !== null) rateIndex[d.functionIndex] = i; });
  const indexOf = (kind: SensitivityDriver['kind']) => drivers.findIndex((d) => d.kind === kind);
  const [slipAt, oneOffAt, harmAt, siteAt, rateAt] = (['rampUpSlip', 'oneOff', 'harmonisation', 'siteSavings', 'discountRate'] as const).map(indexOf);
  const sites = Float64Array.from(outcome.siteSavingsByYearEur);
  const oneOff = Float64Array.from(outcome.oneOff.byYearEur);
  const headOffice = Float64Array.from(outcome.headOfficeByYearEur);
  const harm = Float64Array.from(outcome.harmonisationByYearEur);
  const shareKept = definition.shareKept;
  const run = new Float64Array(F);

  // NB_t of the drivers at values[at …] into `nb`.
  const netBenefitInto = (values: ArrayLike<number>, at: number, nb: Float64Array | number[]): void => {
    const slip = Math.max(0, slipAt < 0 ? 0 : values[at + slipAt]);
    const k = Math.floor(slip);
    const phi = slip - k;
    const m = oneOffAt < 0 ? 1 : values[at + oneOffAt];
    const h = harmAt < 0 ? 1 : values[at + harmAt];
    const s = siteAt < 0 ? 1 : values[at + siteAt];
    for (let f = 0; f < F; f++) run[f] = a[f] * (rateIndex[f] < 0 ? fixedRate[f] : values[at + rateIndex[f]]) + b[f];
    for (let t = 0; t < years; t++) {
      let savings = 0;
      if (inH[t] !== 0) {
        const u = t - k;
        for (let f = 0; f < F; f++) {
          if (run[f] === 0) continue;
          const r = ramp[f];
          const share = (u >= 0 ? (1 - phi) * r[u] : 0) + (u - 1 >= 0 ? phi * r[u - 1] : 0);
          savings += run[f] * share;
        }
        savings *= inH[t];
      }
      nb[t] = shareKept * (savings + s * sites[t]) - m * oneOff[t] - headOffice[t] - h * harm[t];
    }
  };

  const scratch = new Float64Array(years);
  let paysBack = false;
  // NPV of the drivers at values[at …]; sets paysBack.
  const npvAt = (values: ArrayLike<number>, at: number): number => {
    netBenefitInto(values, at, scratch);
    const rate = rateAt < 0 ? globals.discountRate : values[at + rateAt];
    let npv = scratch[0];
    let cumulative = scratch[0];
    let within = cumulative >= 0;
    let discount = 1;
    for (let t = 1; t < years; t++) {
      discount /= 1 + rate;
      npv += scratch[t] * discount;
      cumulative += scratch[t];
      if (cumulative >= 0) within = true;
    }
    paysBack = anyIn && within;
    return npv;
  };

  return {
    code: definition.code,
    netBenefitByYear(values) {
      const nb = new Array<number>(years);
      netBenefitInto(values, 0, nb);
      return nb;
    },
    evaluate(values) {
      const npvEur = npvAt(values, 0);
      return { npvEur, paybackWithinHorizon: paysBack };
    },
    evaluateRows(values, count, width, npvs, offset) {
      let payback = 0;
      for (let i = 0; i < count; i++) {
        npvs[offset + i] = npvAt(values, i * width);
        if (paysBack) payback += 1;
      }
      return payback;
    },
  };
}
