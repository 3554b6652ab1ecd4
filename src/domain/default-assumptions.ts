// The model's default assumptions (DOMAIN §3.4, §3.5, §5, §7; MODELLING "Time and money"),
// each with its unit, its range for sensitivity and where it comes from.
// Keys are stable strings: the engine, the assumptions sheet and saved workbooks rely on them.
import { SUPPORT_FUNCTIONS, type SupportFunctionCode } from './codes';
import { pointRange, rangeOf, rangeWithBase } from './range';
import { supportFunction } from './support-functions';
import type { AssumptionDefault, Provenance, RampUp } from './types';

export type SavingsRateKey = `savingsRate.${SupportFunctionCode}`;

export type AssumptionKey =
  | 'discountRate'
  | 'horizonYears'
  | 'firstYearOffset'
  | 'gvtRatePerYear'
  | 'personnelShare'
  | 'rampUp.y1' | 'rampUp.y2' | 'rampUp.y3' | 'rampUp.y4'
  | 'oneOff.itMigrationRate'
  | 'oneOff.legalFeesEur'
  | 'oneOff.registrationDutyEur'
  | 'oneOff.changeManagementRate'
  | 'oneOff.severanceShare'
  | 'oneOff.phasing.y0' | 'oneOff.phasing.y1' | 'oneOff.phasing.y2'
  | 'harmonisation.shareOfGapClosed'
  | 'harmonisation.phasing.y1' | 'harmonisation.phasing.y2'
  | 'harmonisation.payrollRate'
  | 'mergerAuditorThresholdEur'
  | 'alert.cafRate'
  | 'alert.dependenceRatio'
  | SavingsRateKey;

export interface KeyedAssumptionDefault extends AssumptionDefault {
  readonly key: AssumptionKey;
}

const assumption: Provenance = { kind: 'assumption' };
const sourced = (...sources: string[]): Provenance => ({ kind: 'sourced', sources });
const convention: Provenance = { kind: 'convention' };

const def = (
  key: AssumptionKey, value: number, unit: AssumptionDefault['unit'],
  range: AssumptionDefault['range'], provenance: Provenance,
): KeyedAssumptionDefault => ({ key, value, unit, range, provenance });

/** Savings rate of each pooled support function: the base of its §5.2 range (0 % and flagged when none). */
const savingsRates: readonly KeyedAssumptionDefault[] = SUPPORT_FUNCTIONS
  .map((code) => supportFunction(code))
  .filter((f) => f.poolable)
  .map((f) => def(`savingsRate.${f.code as SupportFunctionCode}`, f.savingsRate.base, 'rate', f.savingsRate, f.savingsProvenance));

export const DEFAULT_ASSUMPTIONS: readonly KeyedAssumptionDefault[] = [
  // Time and money (MODELLING): real rate, constant euros of the data year.
  def('discountRate', 0.045, 'rate', rangeOf(0.03, 0.06), assumption),
  def('horizonYears', 5, 'years', null, assumption),
  // First model year = data year + this offset (a rule: the year itself comes from the data).
  def('firstYearOffset', 1, 'years', null, convention),
  // DGCS 0.6 %/yr for the non-profit sector, Fegapei 0.8 % in the handicap field [S31]; base is the DGCS figure.
  def('gvtRatePerYear', 0.006, 'ratePerYear', rangeWithBase(0.006, 0.006, 0.008), sourced('S31')),
  // 70 % cited for ESSMS; ESAT 71 %, SAAD 85 % [S27, S29, S30]; base is the cited 70 %, not the midpoint.
  def('personnelShare', 0.7, 'rate', rangeWithBase(0.65, 0.7, 0.85), sourced('S27', 'S29', 'S30')),
  // Ramp-up of recurring savings (§5.4): share of the run rate reached; y4 holds for year 4 and later.
  def('rampUp.y1', 0.25, 'rate', null, assumption),
  def('rampUp.y2', 0.6, 'rate', null, assumption),
  def('rampUp.y3', 0.9, 'rate', null, assumption),
  def('rampUp.y4', 1, 'rate', null, assumption),
  // One-off costs (§5.3).
  def('oneOff.itMigrationRate', 0.02, 'rate', rangeOf(0.01, 0.03), assumption),
  def('oneOff.legalFeesEur', 60_000, 'eur', rangeOf(20_000, 100_000), assumption),
  def('oneOff.registrationDutyEur', 375, 'eur', pointRange(375), sourced('S14')),
  def('oneOff.changeManagementRate', 0.0075, 'rate', rangeOf(0.005, 0.01), assumption),
  // One-off HR cost (severance, notice) of each FTE removed bottom-up, as a share of its annual loaded cost.
  // DOMAIN gives no figure. French legal severance is about ¼ month of pay per year of service for the
  // first 10 years (C. trav. R1234-2), plus notice (1–2 months): some 8 years of service give 2 months,
  // with a month of notice 3 months = 25 % of a year; 10 % (notice only, or redeployment) to 50 %
  // (long tenure, negotiated departures).
  def('oneOff.severanceShare', 0.25, 'rate', rangeWithBase(0.1, 0.25, 0.5), assumption),
  // §5.4 says 70 % of integration costs fall in Y0–Y1; we put 40 % in Y0, 30 % in Y1, the rest in Y2 (sum 100 %).
  def('oneOff.phasing.y0', 0.4, 'rate', null, assumption),
  def('oneOff.phasing.y1', 0.3, 'rate', null, assumption),
  def('oneOff.phasing.y2', 0.3, 'rate', null, assumption),
  // Harmonisation "par le haut" (§3.4): the whole gap to the target grid is closed by default.
  def('harmonisation.shareOfGapClosed', 1, 'rate', rangeWithBase(0.5, 1, 1), assumption),
  // The former agreement survives 15 months [S34]. With the operation effective mid-year 0, the window
  // closes at the end of Y1's third quarter: Y1 bears a quarter of the annual cost, Y2 and later all of it
  // (Y0 nothing). An adaptation agreement signed earlier would move this forward: the user edits it.
  def('harmonisation.phasing.y1', 0.25, 'rate', null, { kind: 'assumption', sources: ['S34'] }),
  def('harmonisation.phasing.y2', 1, 'rate', null, { kind: 'assumption', sources: ['S34'] }),
  // Cross-check when staff data is thin: 1–3 % of the absorbed entity's payroll (§3.4).
  def('harmonisation.payrollRate', 0.02, 'rate', rangeOf(0.01, 0.03), assumption),
  // Legal threshold for a commissaire à la fusion: transferred gross assets ≥ 1 550 000 € [S13].
  def('mergerAuditorThresholdEur', 1_550_000, 'eur', null, sourced('S13')),
  // Alerts of the ANAP dashboard: CAF rate below 2 %, dependence ratio above 50 % [S18, S19].
  def('alert.cafRate', 0.02, 'rate', null, sourced('S18')),
  def('alert.dependenceRatio', 0.5, 'rate', null, sourced('S18', 'S19')),
  ...savingsRates,
];

/** The default of one assumption. */
export function assumptionDefault(key: AssumptionKey): KeyedAssumptionDefault {
  const found = DEFAULT_ASSUMPTIONS.find((a) => a.key === key);
  if (!found) throw new Error(`No default for assumption ${key}`);
  return found;
}

/** Default values by key, for code that only needs the numbers. */
export const DEFAULT_VALUES: Readonly<Record<AssumptionKey, number>> = Object.fromEntries(
  DEFAULT_ASSUMPTIONS.map((a) => [a.key, a.value]),
) as Record<AssumptionKey, number>;

/** Keys of the ramp-up of recurring savings, year 1 first; the last share holds for every later year. */
export const RAMP_UP_KEYS = ['rampUp.y1', 'rampUp.y2', 'rampUp.y3', 'rampUp.y4'] as const satisfies readonly AssumptionKey[];
/** Keys of the spread of one-off costs, year 0 first; nothing after the last. */
export const ONE_OFF_PHASING_KEYS = ['oneOff.phasing.y0', 'oneOff.phasing.y1', 'oneOff.phasing.y2'] as const satisfies readonly AssumptionKey[];
/** Keys of the share of the annual harmonisation cost borne, year 1 first (year 0: none); the last holds after. */
export const HARMONISATION_PHASING_KEYS = ['harmonisation.phasing.y1', 'harmonisation.phasing.y2'] as const satisfies readonly AssumptionKey[];

/** Ramp-up of recurring savings, year 1 first; the last share holds for every later year. */
export const DEFAULT_RAMP_UP: RampUp = {
  byYear: RAMP_UP_KEYS.map((key) => DEFAULT_VALUES[key]),
  provenance: assumption,
};

/**
 * Share of the run rate reached in model year `year` (0 = year of the operation: no saving yet).
 * @example rampUpShare(DEFAULT_RAMP_UP.byYear, 2) // 0.6
 * @example rampUpShare(DEFAULT_RAMP_UP.byYear, 7) // 1
 */
export function rampUpShare(byYear: readonly number[], year: number): number {
  if (year <= 0 || byYear.length === 0) return 0;
  return byYear[Math.min(year, byYear.length) - 1];
}

/** How the target grid of harmonisation is chosen: per staff category, the highest partner average loaded cost per FTE. */
export const HARMONISATION_TARGET_RULE = 'highestPartnerAverage' as const;
export const HARMONISATION_TARGET_PROVENANCE: Provenance = { kind: 'assumption', sources: ['S34'] };

/**
 * The first model year: the data year plus `firstYearOffset` (MODELLING: FirstYear = data year + 1).
 * @example firstModelYear(2025) // 2026
 */
export function firstModelYear(dataYear: number, offset: number = DEFAULT_VALUES.firstYearOffset): number {
  return dataYear + offset;
}
