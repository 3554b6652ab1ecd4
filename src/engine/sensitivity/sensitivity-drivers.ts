// The drivers of sensitivity (issue 7), read from the model's assumption entries: what each one
// moves, its low, base and high values, and the value at which a scenario's own figures stand.
import type { SupportFunctionCode } from '../../domain';
import { POOLED_FUNCTIONS, type AssumptionEntry } from '../model-assumptions';

/**
 * `savingsRate`: one pooled function's savings rate (top-down); `rampUpSlip`: years by which the functions'
 * savings come late; `oneOff`, `harmonisation`, `siteSavings`: factors on the scenario's own figures;
 * `discountRate`: the rate of the NPV.
 */
export type DriverKind = 'savingsRate' | 'rampUpSlip' | 'oneOff' | 'harmonisation' | 'siteSavings' | 'discountRate';

export interface SensitivityDriver {
  /** The assumption's key on the assumptions sheet (`savingsRate.ACHATS`, `sensitivity.oneOffFactor`…). */
  readonly key: string;
  readonly kind: DriverKind;
  /** Index in POOLED_FUNCTIONS for a savings rate, else null. */
  readonly functionIndex: number | null;
  readonly functionCode: SupportFunctionCode | null;
  readonly low: number;
  /** The most likely value (the mode of the Monte Carlo's triangular draw): the entry's value. */
  readonly base: number;
  readonly high: number;
  /**
   * Where the scenario sheets stand: the savings rate and the discount rate as typed, 1 for a factor,
   * 0 for the slip. The tornado moves each driver from there to its low and high.
   */
  readonly reference: number;
}

/** Keys of the drivers that are not savings rates, in the tornado's listing order. */
export const OTHER_DRIVERS: readonly { readonly key: string; readonly kind: DriverKind; readonly reference: number | null }[] = [
  { key: 'sensitivity.rampUpSlipYears', kind: 'rampUpSlip', reference: 0 },
  { key: 'sensitivity.oneOffFactor', kind: 'oneOff', reference: 1 },
  { key: 'sensitivity.harmonisationFactor', kind: 'harmonisation', reference: 1 },
  { key: 'sensitivity.siteSavingsFactor', kind: 'siteSavings', reference: 1 },
  { key: 'discountRate', kind: 'discountRate', reference: null },
];

/**
 * Every driver, savings rates first (POOLED_FUNCTIONS order), then OTHER_DRIVERS. An entry without its
 * low or high (a range of one point) varies not: low = high = its value.
 * Throws on a missing key: the entries are the engine's own.
 * @example sensitivityDrivers(modelAssumptions(2024, {})).length // 19
 */
export function sensitivityDrivers(entries: readonly AssumptionEntry[]): SensitivityDriver[] {
  const entry = (key: string): AssumptionEntry => {
    const e = entries.find((x) => x.key === key);
    if (!e || e.value === null) throw new Error(`No scalar assumption ${key}`);
    return e;
  };
  const of = (key: string, kind: DriverKind, reference: number | null, functionIndex: number | null): SensitivityDriver => {
    const e = entry(key);
    const base = e.value as number;
    return {
      key, kind, functionIndex, functionCode: functionIndex === null ? null : POOLED_FUNCTIONS[functionIndex],
      low: e.low?.value ?? base, base, high: e.high?.value ?? base, reference: reference ?? base,
    };
  };
  return [
    ...POOLED_FUNCTIONS.map((f, i) => of(`savingsRate.${f}`, 'savingsRate', null, i)),
    ...OTHER_DRIVERS.map((d) => of(d.key, d.kind, d.reference, null)),
  ];
}

/** The values at which the scenario sheets stand, in driver order. */
export function referenceValues(drivers: readonly SensitivityDriver[]): number[] {
  return drivers.map((d) => d.reference);
}
