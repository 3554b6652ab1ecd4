import type { SupportFunctionCode } from '../domain';
import type { CooperationData } from '../data/types';
import { carefulSum } from './careful-sum';
import { notComputed, type Computed } from './computed';
import { cumulativeSums } from './cumulative-sums';
import { functionBaseline } from './function-baseline';
import { harmonisationGap, type HarmonisationGap } from './harmonisation-gap';
import { netPresentValue } from './net-present-value';
import { oneOffCosts, type OneOffCosts } from './one-off-costs';
import { paybackPeriod } from './payback-period';
import type { ScenarioInputs } from './scenario-inputs';

export interface FunctionSavings {
  readonly code: SupportFunctionCode;
  readonly baselineEur: number;
  readonly savingsRate: number;
  /** Saving once fully ramped up, euros per year: baseline × rate. */
  readonly runRateEur: number;
  /** By model year 0 … N: run rate × ramp-up of the year. */
  readonly byYearEur: readonly number[];
  readonly totalEur: number;
}

export interface ScenarioResult {
  readonly code: 'S1';
  /** Model years 0 … N. */
  readonly yearIndexes: readonly number[];
  /** Calendar year of each model year: FirstYear + index. */
  readonly calendarYears: readonly number[];
  readonly functions: readonly FunctionSavings[];
  readonly baselineTotalEur: number;
  readonly runRateTotalEur: number;
  readonly savingsByYearEur: readonly number[];
  readonly savingsTotalEur: number;
  readonly oneOff: OneOffCosts & { readonly byYearEur: readonly number[] };
  readonly harmonisation: HarmonisationGap & {
    readonly enabled: number;
    /** Full yearly cost before phasing and GVT: total gap × share closed × switch. */
    readonly annualCostEur: number;
    readonly byYearEur: readonly number[];
  };
  readonly netBenefitByYearEur: readonly number[];
  readonly cumulativeByYearEur: readonly number[];
  /** Σ of net benefit over years 0 … N, undiscounted (= NPV at a zero rate). */
  readonly netBenefitTotalEur: number;
  /** Σ of one-off costs by year over the timeline, undiscounted. */
  readonly oneOffTotalEur: number;
  readonly npvEur: Computed<number>;
  readonly paybackYears: Computed<number>;
}

/**
 * The S1 scenario: pooling every poolable support function.
 * Savings_f,t = baseline_f × rate_f × ramp_f,t; net benefit_t = savings_t − one-off_t − harmonisation_t;
 * harmonisation_t = total gap × share closed × switch × phasing_t × (1 + GVT)^t.
 * NPV counts year 0 undiscounted; payback is interpolated (MODELLING.md).
 * Products are taken left to right in the order the Mutualisation sheet writes them, so the two agree.
 * @example scenarioSavings(data, scenarioInputs(modelAssumptions(2024, {}))).npvEur
 */
export function scenarioSavings(data: CooperationData, inputs: ScenarioInputs): ScenarioResult {
  const yearIndexes = Array.from({ length: inputs.horizonYears + 1 }, (_, t) => t);
  // Every timeline column lies within the horizon by construction (the flag row of the sheet is 1 everywhere).
  const inHorizon = yearIndexes.map((t) => (t <= inputs.horizonYears ? 1 : 0));
  const at = (values: readonly number[], t: number) => values[t] ?? 0;

  const functions = inputs.functions.map((f): FunctionSavings => {
    const baselineEur = functionBaseline(data, f.code);
    const runRateEur = baselineEur * f.savingsRate;
    const byYearEur = yearIndexes.map((t) => runRateEur * at(f.rampUp, t) * inHorizon[t]);
    return { code: f.code, baselineEur, savingsRate: f.savingsRate, runRateEur, byYearEur, totalEur: carefulSum(byYearEur) };
  });
  const savingsByYearEur = yearIndexes.map((t) => carefulSum(functions.map((f) => f.byYearEur[t])));

  const costs = oneOffCosts(data, inputs.oneOff);
  const oneOffByYear = yearIndexes.map((t) => costs.totalEur * at(inputs.oneOff.phasing, t) * inHorizon[t]);

  const gap = harmonisationGap(data);
  const h = inputs.harmonisation;
  const annualCostEur = gap.totalGapEur * h.shareOfGapClosed * h.enabled;
  const harmonisationByYear = yearIndexes.map((t) => annualCostEur * at(h.phasing, t) * (1 + h.gvtRatePerYear) ** t * inHorizon[t]);

  const netBenefitByYearEur = yearIndexes.map((t) => savingsByYearEur[t] - oneOffByYear[t] - harmonisationByYear[t]);
  return {
    code: 'S1',
    yearIndexes,
    calendarYears: yearIndexes.map((t) => inputs.firstYear + t),
    functions,
    baselineTotalEur: carefulSum(functions.map((f) => f.baselineEur)),
    runRateTotalEur: carefulSum(functions.map((f) => f.runRateEur)),
    savingsByYearEur,
    savingsTotalEur: carefulSum(savingsByYearEur),
    oneOff: { ...costs, byYearEur: oneOffByYear },
    harmonisation: { ...gap, enabled: h.enabled, annualCostEur, byYearEur: harmonisationByYear },
    netBenefitByYearEur,
    cumulativeByYearEur: cumulativeSums(netBenefitByYearEur),
    netBenefitTotalEur: carefulSum(netBenefitByYearEur),
    oneOffTotalEur: carefulSum(oneOffByYear),
    npvEur: data.partners.length === 0 ? notComputed('NO_PARTNERS') : netPresentValue(netBenefitByYearEur, inputs.discountRate),
    paybackYears: data.partners.length === 0 ? notComputed<number>('NO_PARTNERS') : paybackPeriod(netBenefitByYearEur),
  };
}
