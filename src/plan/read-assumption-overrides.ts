// Regeneration keeps what a user typed on the assumptions sheet: read the sheet's
// values back by key, and keep those that differ from the defaults.
import type { CellValue } from '../data/types';
import { modelAssumptions, type Overrides } from '../engine/model-assumptions';
import { ASSUMPTION_COLS } from './assumptions-layout';
import { yearCol } from './layout/timeline';

/**
 * The overrides held by an assumptions sheet, given as rows of cell values from A1
 * (`rows[0][0]` is A1): for each row whose key column names an assumption, its value,
 * low and high, or its values by year, where they are numbers that differ from the default.
 * Unknown keys and non-numbers are ignored (a new input gets its default).
 * @example readAssumptionOverrides(rows, 2024) // { discountRate: 0.03, 'rampUp.ACHATS.y1': 0.5 }
 */
export function readAssumptionOverrides(rows: readonly (readonly CellValue[])[], dataYear: number): Overrides {
  const at = (r: readonly CellValue[], col: number): number | null => {
    const v = r[col - 1];
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  };
  const defaults = modelAssumptions(dataYear, {});
  // Rows by year: defaults over the widest timeline a sheet can hold, so that every year cell has one.
  const wide = modelAssumptions(dataYear, { horizonYears: 30 });
  const out: Record<string, number> = {};
  const keep = (key: string, value: number | null, fallback: number | null | undefined) => {
    if (value !== null && value !== fallback) out[key] = value;
  };
  for (const r of rows) {
    const key = r[ASSUMPTION_COLS.key - 1];
    if (typeof key !== 'string') continue;
    const entry = defaults.find((e) => e.key === key);
    if (!entry) continue;
    if (entry.byYear) {
      wide.find((e) => e.key === key)!.byYear!.forEach((d, t) => keep(`${key}.y${t}`, at(r, yearCol(t)), d));
      continue;
    }
    keep(key, at(r, ASSUMPTION_COLS.value), entry.value);
    if (entry.low) keep(`${key}.low`, at(r, ASSUMPTION_COLS.low), entry.low.value);
    if (entry.high) keep(`${key}.high`, at(r, ASSUMPTION_COLS.high), entry.high.value);
  }
  return out;
}
