import type { SupportFunctionCode } from '../../domain';
import { POOLED_FUNCTIONS, type AssumptionEntry } from '../model-assumptions';

/** The global assumptions (Hypothèses sheet) every scenario uses. */
export interface ScenarioGlobals {
  readonly discountRate: number;
  /** Years after year 0 of the timeline: the timeline is years 0 … horizonYears (the rows by year's length − 1). */
  readonly horizonYears: number;
  /** inH_t by model year 0 … N: 1 when t ≤ the HorizonYears value (the sheets' `IF(t<=HorizonYears,1,0)`). */
  readonly inHorizon: readonly number[];
  /** Calendar year of model year 0. */
  readonly firstYear: number;
  /** By POOLED_FUNCTIONS order: savings rate and ramp-up by model year 0 … N. */
  readonly functions: readonly {
    readonly code: SupportFunctionCode;
    readonly savingsRate: number;
    readonly rampUp: readonly number[];
  }[];
  readonly itMigrationRate: number;
  readonly changeManagementRate: number;
  readonly registrationDutyEur: number;
  /** One-off HR cost per FTE removed bottom-up, as a share of its annual loaded cost. */
  readonly severanceShare: number;
  /** Share of the one-off total spent by model year 0 … N. */
  readonly oneOffPhasing: readonly number[];
  readonly shareOfGapClosed: number;
  readonly gvtRatePerYear: number;
  /** Share of the annual harmonisation cost borne by model year 0 … N. */
  readonly harmonisationPhasing: readonly number[];
  readonly mergerAuditorThresholdEur: number;
}

/**
 * Read the global assumptions of the scenarios from the model's assumption entries (see modelAssumptions).
 * Throws on a missing key: the entries are the engine's own, a missing one is a programming error.
 * @example scenarioGlobals(modelAssumptions(2024, {})).severanceShare // 0.25
 */
export function scenarioGlobals(entries: readonly AssumptionEntry[]): ScenarioGlobals {
  const entry = (key: string): AssumptionEntry => {
    const e = entries.find((x) => x.key === key);
    if (!e) throw new Error(`No assumption ${key}`);
    return e;
  };
  const value = (key: string): number => {
    const v = entry(key).value;
    if (v === null) throw new Error(`Assumption ${key} has no single value`);
    return v;
  };
  const byYear = (key: string): readonly number[] => {
    const v = entry(key).byYear;
    if (v === null) throw new Error(`Assumption ${key} is not by year`);
    return v;
  };
  const oneOffPhasing = byYear('oneOff.phasing');
  const horizonValue = value('horizonYears');
  return {
    discountRate: value('discountRate'),
    horizonYears: oneOffPhasing.length - 1,
    inHorizon: oneOffPhasing.map((_, t) => (t <= horizonValue ? 1 : 0)),
    firstYear: value('firstYear'),
    functions: POOLED_FUNCTIONS.map((code) => ({
      code, savingsRate: value(`savingsRate.${code}`), rampUp: byYear(`rampUp.${code}`),
    })),
    itMigrationRate: value('oneOff.itMigrationRate'),
    changeManagementRate: value('oneOff.changeManagementRate'),
    registrationDutyEur: value('oneOff.registrationDutyEur'),
    severanceShare: value('oneOff.severanceShare'),
    oneOffPhasing,
    shareOfGapClosed: value('harmonisation.shareOfGapClosed'),
    gvtRatePerYear: value('gvtRatePerYear'),
    harmonisationPhasing: byYear('harmonisation.phasing'),
    mergerAuditorThresholdEur: value('mergerAuditorThresholdEur'),
  };
}
