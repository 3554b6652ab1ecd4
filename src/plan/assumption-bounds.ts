// The values an assumption's input cell accepts: the assumptions sheet's data
// validation and the task pane's field check read the same bounds from here, so
// that the pane never writes a value the sheet itself would refuse.
import type { AssumptionEntry } from '../engine/model-assumptions';

export interface AssumptionBound {
  /** `whole`: an integer; `decimal`: any number. */
  readonly kind: 'whole' | 'decimal';
  readonly min: number;
  readonly max: number;
}

/**
 * Bounds of an assumption's cells (its value, low and high, or each year of a row by year),
 * in the sheet's units (rates as fractions); null when any number goes.
 * Horizon 1–30 years (the timeline's columns), first year 1900–2200, switches 0 or 1,
 * discount rate −50 % to 100 %, rates and shares by year 0–100 %, amounts 0–10¹² €, factors 0–10,
 * a ramp-up slip of 0–5 years, 1 to 1 000 000 Monte Carlo draws and a 32-bit seed.
 * @example assumptionBound({ key: 'horizonYears', unit: 'years', byYear: null }) // { kind: 'whole', min: 1, max: 30 }
 */
export function assumptionBound(entry: Pick<AssumptionEntry, 'key' | 'unit' | 'byYear'>): AssumptionBound | null {
  if (entry.byYear) return { kind: 'decimal', min: 0, max: 1 };
  if (entry.key === 'horizonYears') return { kind: 'whole', min: 1, max: 30 };
  if (entry.key === 'firstYear') return { kind: 'whole', min: 1900, max: 2200 };
  if (entry.unit === 'flag') return { kind: 'whole', min: 0, max: 1 };
  if (entry.key === 'sensitivity.rampUpSlipYears') return { kind: 'decimal', min: 0, max: 5 };
  if (entry.key === 'sensitivity.draws') return { kind: 'whole', min: 1, max: 1_000_000 };
  if (entry.key === 'sensitivity.seed') return { kind: 'whole', min: 0, max: 4_294_967_295 };
  if (entry.unit === 'factor') return { kind: 'decimal', min: 0, max: 10 };
  if (entry.key === 'discountRate') return { kind: 'decimal', min: -0.5, max: 1 };
  if (entry.unit === 'rate') return { kind: 'decimal', min: 0, max: 1 };
  if (entry.unit === 'eur') return { kind: 'decimal', min: 0, max: 1e12 };
  if (entry.unit === 'count') return { kind: 'whole', min: 0, max: 1000 };
  return null;
}

/** True when `value` lies within `bound` (and is whole where it must be). */
export function withinBound(bound: AssumptionBound | null, value: number): boolean {
  if (!bound) return Number.isFinite(value);
  if (bound.kind === 'whole' && !Number.isInteger(value)) return false;
  return value >= bound.min && value <= bound.max;
}
