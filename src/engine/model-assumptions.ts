// Every assumption of the model with its value: the domain's default, or the value a
// user typed (by stable key). The assumptions sheet shows these; the engine computes from them.
import {
  assumptionDefault, DEFAULT_VALUES, SUPPORT_FUNCTIONS, firstModelYear, rampUpShare, supportFunction,
  type AssumptionDefault, type AssumptionKey, type Provenance, type SupportFunctionCode,
} from '../domain';
import { riskRuleAssumptions } from './risks/risk-rule-assumptions';
import { sensitivityAssumptions } from './sensitivity/sensitivity-assumptions';
import { swotRuleAssumptions } from './swot/swot-rule-assumptions';

/**
 * `alerts`: thresholds the indicators sheet flags against; `benchmarks`: reference figures shown
 * for the reader (sourced ratios, legal thresholds) that no formula of the model uses.
 */
export type AssumptionSection =
  | 'time' | 'functions' | 'oneOff' | 'harmonisation' | 'sensitivity' | 'alerts' | 'swotRules' | 'riskRules' | 'benchmarks' | 'other';

/** A low or high bound of an assumption's range, with its default. */
export interface Bound { readonly value: number; readonly defaultValue: number }

export interface AssumptionEntry {
  /** Stable key: the assumptions sheet's key column; overrides use it (`<key>.low`, `<key>.high`, `<key>.y<t>` for rows by year). */
  readonly key: string;
  readonly section: AssumptionSection;
  readonly unit: AssumptionDefault['unit'];
  readonly provenance: Provenance;
  /** The pooled function this entry belongs to, if any. */
  readonly functionCode: SupportFunctionCode | null;
  /** Scalar entries: the value and its default; null for entries by year. */
  readonly value: number | null;
  readonly defaultValue: number | null;
  readonly low: Bound | null;
  readonly high: Bound | null;
  /** Entries by year: one value per model year 0 … N, and their defaults. */
  readonly byYear: readonly number[] | null;
  readonly byYearDefault: readonly number[] | null;
  /** No sourced range: the default is 0 % until the user sets a rate (DOMAIN §7). */
  readonly toSet: boolean;
}

export type Overrides = Readonly<Record<string, number>>;


/** Pooled support functions, in catalogue order (the S1 scenario pools them all). */
export const POOLED_FUNCTIONS: readonly SupportFunctionCode[] = SUPPORT_FUNCTIONS.filter((f) => supportFunction(f).poolable);

const pick = (overrides: Overrides, key: string, fallback: number): number => {
  const v = overrides[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
};

/** A scalar entry: its value from `overrides` (by key), its range's low and high (`<key>.low`, `<key>.high`). */
export function scalar(
  key: string, section: AssumptionSection, unit: AssumptionDefault['unit'], defaultValue: number,
  range: AssumptionDefault['range'], provenance: Provenance, overrides: Overrides,
  functionCode: SupportFunctionCode | null = null, toSet = false,
): AssumptionEntry {
  // A savings rate always has its low and high cells (0 % until the user sets them), for sensitivity.
  const hasRange = range !== null && (range.low !== range.high || functionCode !== null);
  return {
    key, section, unit, provenance, functionCode, toSet,
    value: pick(overrides, key, defaultValue), defaultValue,
    low: hasRange ? { value: pick(overrides, `${key}.low`, range.low), defaultValue: range.low } : null,
    high: hasRange ? { value: pick(overrides, `${key}.high`, range.high), defaultValue: range.high } : null,
    byYear: null, byYearDefault: null,
  };
}

/** An entry by year: one value per model year 0 … N (`<key>.y<t>`). */
export function yearly(
  key: string, section: AssumptionSection, defaults: readonly number[], provenance: Provenance,
  overrides: Overrides, functionCode: SupportFunctionCode | null = null,
): AssumptionEntry {
  return {
    key, section, unit: 'rate', provenance, functionCode, toSet: false,
    value: null, defaultValue: null, low: null, high: null,
    byYear: defaults.map((d, t) => pick(overrides, `${key}.y${t}`, d)),
    byYearDefault: defaults,
  };
}

/**
 * The model's assumptions for a data year and horizon, defaults replaced by `overrides`.
 * The horizon shapes the timeline (years 0 … N), so it is read first.
 * FirstYear is the calendar year of model year 0, the year of the operation: data year + 1 by default.
 * @example modelAssumptions(2024, {}).find((e) => e.key === 'firstYear')?.value // 2025
 */
export function modelAssumptions(dataYear: number, overrides: Overrides): AssumptionEntry[] {
  const d = (key: AssumptionKey) => assumptionDefault(key);
  const horizon = horizonYearsOf(overrides);
  const years = Array.from({ length: horizon + 1 }, (_, t) => t);
  const fromDomain = (key: AssumptionKey, section: AssumptionSection) => {
    const a = d(key);
    return scalar(key, section, a.unit, a.value, a.range, a.provenance, overrides);
  };
  const oneOffPhasing = [0, 1, 2].map((y) => DEFAULT_VALUES[`oneOff.phasing.y${y}` as AssumptionKey]);
  const harmonisationY1 = DEFAULT_VALUES['harmonisation.phasing.y1'];
  const harmonisationY2 = DEFAULT_VALUES['harmonisation.phasing.y2'];
  // Ramp-up of each function defaults to the domain's ramp (itself overridable by `rampUp.y1` … `rampUp.y4`).
  const globalRamp = [1, 2, 3, 4].map((y) => pick(overrides, `rampUp.y${y}`, DEFAULT_VALUES[`rampUp.y${y}` as AssumptionKey]));
  const rampDefaults = years.map((t) => rampUpShare(globalRamp, t));

  return [
    fromDomain('discountRate', 'time'),
    fromDomain('horizonYears', 'time'),
    scalar('firstYear', 'time', 'year', firstModelYear(dataYear), null, { kind: 'convention' }, overrides),
    ...POOLED_FUNCTIONS.map((code) => {
      const f = supportFunction(code);
      return scalar(`savingsRate.${code}`, 'functions', 'rate', f.savingsRate.base, f.savingsRate, f.savingsProvenance, overrides, code, f.savingsRateToSet === true);
    }),
    ...POOLED_FUNCTIONS.map((code) => yearly(`rampUp.${code}`, 'functions', rampDefaults, d('rampUp.y1').provenance, overrides, code)),
    fromDomain('oneOff.itMigrationRate', 'oneOff'),
    fromDomain('oneOff.registrationDutyEur', 'oneOff'),
    fromDomain('oneOff.changeManagementRate', 'oneOff'),
    fromDomain('oneOff.severanceShare', 'oneOff'),
    yearly('oneOff.phasing', 'oneOff', years.map((t) => oneOffPhasing[t] ?? 0), d('oneOff.phasing.y0').provenance, overrides),
    fromDomain('harmonisation.shareOfGapClosed', 'harmonisation'),
    fromDomain('gvtRatePerYear', 'harmonisation'),
    yearly('harmonisation.phasing', 'harmonisation', years.map((t) => (t === 0 ? 0 : t === 1 ? harmonisationY1 : harmonisationY2)), d('harmonisation.phasing.y1').provenance, overrides),
    fromDomain('alert.cafRate', 'alerts'),
    fromDomain('alert.dependenceRatio', 'alerts'),
    // The legal threshold of a merger auditor: the scenarios under merger rules test their assets against it.
    fromDomain('mergerAuditorThresholdEur', 'other'),
    // Shown as benchmarks, used by no formula: a cross-check of the harmonisation cost and the sector's usual staff share.
    fromDomain('harmonisation.payrollRate', 'benchmarks'),
    fromDomain('personnelShare', 'benchmarks'),
    // Issue 7 (drivers' ranges), issue 6 (SWOT and risk rules): each area lists its own entries.
    ...sensitivityAssumptions(overrides),
    ...swotRuleAssumptions(overrides),
    ...riskRuleAssumptions(overrides),
  ];
}

/** The horizon in years after year 0: a whole number from 1 to 30 (the timeline's columns), default 5. */
export function horizonYearsOf(overrides: Overrides): number {
  const v = Math.round(pick(overrides, 'horizonYears', DEFAULT_VALUES.horizonYears));
  return Math.min(30, Math.max(1, v));
}
