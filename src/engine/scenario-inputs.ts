import type { SupportFunctionCode } from '../domain';
import { POOLED_FUNCTIONS, type AssumptionEntry } from './model-assumptions';

/** The numbers the S1 savings computation needs, read from the model's assumptions. */
export interface ScenarioInputs {
  readonly discountRate: number;
  /** Years after year 0; the timeline is years 0 … horizonYears. */
  readonly horizonYears: number;
  /** Calendar year of model year 0. */
  readonly firstYear: number;
  readonly functions: readonly {
    readonly code: SupportFunctionCode;
    readonly savingsRate: number;
    /** Share of the run rate reached, by model year 0 … N. */
    readonly rampUp: readonly number[];
  }[];
  readonly oneOff: {
    readonly itMigrationRate: number;
    readonly legalFeesEur: number;
    readonly registrationDutyEur: number;
    readonly changeManagementRate: number;
    /** Share of the one-off total spent by model year 0 … N. */
    readonly phasing: readonly number[];
  };
  readonly harmonisation: {
    /** 1 counts the cost of aligning collective agreements upward, 0 leaves it out. */
    readonly enabled: number;
    readonly shareOfGapClosed: number;
    readonly gvtRatePerYear: number;
    /** Share of the annual cost borne by model year 0 … N. */
    readonly phasing: readonly number[];
  };
}

/**
 * Read the scenario's inputs from the model's assumption entries (see modelAssumptions).
 * @example scenarioInputs(modelAssumptions(2024, {})).discountRate // 0.045
 */
export function scenarioInputs(entries: readonly AssumptionEntry[]): ScenarioInputs {
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
  return {
    discountRate: value('discountRate'),
    horizonYears: byYear('oneOff.phasing').length - 1,
    firstYear: value('firstYear'),
    functions: POOLED_FUNCTIONS.map((code) => ({
      code, savingsRate: value(`savingsRate.${code}`), rampUp: byYear(`rampUp.${code}`),
    })),
    oneOff: {
      itMigrationRate: value('oneOff.itMigrationRate'),
      legalFeesEur: value('oneOff.legalFeesEur'),
      registrationDutyEur: value('oneOff.registrationDutyEur'),
      changeManagementRate: value('oneOff.changeManagementRate'),
      phasing: byYear('oneOff.phasing'),
    },
    harmonisation: {
      enabled: value('harmonisation.enabled'),
      shareOfGapClosed: value('harmonisation.shareOfGapClosed'),
      gvtRatePerYear: value('gvtRatePerYear'),
      phasing: byYear('harmonisation.phasing'),
    },
  };
}
