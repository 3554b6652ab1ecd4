// Regeneration keeps what a user typed on the assumptions sheet: read the sheet's
// values back by key, and keep those that differ from their defaults. The one reader
// of the sheet's layout for both the Office adapter and the in-browser preview.
//
// A value is "typed" when it differs from the default the sheet was generated with:
// the Default column for a value (so that a default that moves with the data, like
// FirstYear = data year + 1, is not frozen by a regeneration), the catalogue's default
// for a range's low and high and for the years of a row by year. A value typed equal to
// its default cannot be told from the default, and follows it when the default moves.
import type { CellValue } from '../data/types';
import { modelAssumptions, type AssumptionEntry, type Overrides } from '../engine/model-assumptions';
import { ASSUMPTION_COLS, ASSUMPTION_INDEX_ROW } from './assumptions-layout';
import { YEAR_FIRST_COL } from './layout/timeline';

/** One input cell of an assumptions sheet: its key (`discountRate`, `savingsRate.ACHATS.low`, `rampUp.ACHATS.y2`), place, value and default. */
export interface AssumptionInputCell {
  readonly key: string;
  /** 1-based row and column on the sheet. */
  readonly row: number;
  readonly col: number;
  /** What the cell holds now; TRUE/FALSE read as 1/0, text and empty cells as null. */
  readonly value: number | null;
  /** The default it was generated with; null when the sheet does not tell (the value is then kept). */
  readonly defaultValue: number | null;
}

type Rows = readonly (readonly CellValue[])[];

const numberIn = (v: CellValue | undefined): number | null => {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return null;
};

/** Entries by key, over the widest timeline a sheet can hold (so that every year column has a default). */
function catalogue(dataYear: number | undefined): Map<string, AssumptionEntry> {
  return new Map(modelAssumptions(dataYear ?? 2000, { horizonYears: 30 }).map((e) => [e.key, e]));
}

/**
 * Every input cell of an assumptions sheet given as rows of cell values from A1
 * (`rows[0][0]` is A1): the value, low and high of each keyed row, and its years
 * (the columns the model-year row numbers). Rows whose key the model does not know are skipped.
 * @example assumptionInputCells(rows).find((c) => c.key === 'discountRate') // { row: 8, col: 4, value: 0.045, defaultValue: 0.045, … }
 */
export function assumptionInputCells(rows: Rows, dataYear?: number): AssumptionInputCell[] {
  const entries = catalogue(dataYear);
  const indexRow = rows[ASSUMPTION_INDEX_ROW - 1] ?? [];
  const years: { col: number; t: number }[] = [];
  for (let col = YEAR_FIRST_COL; col <= indexRow.length; col += 1) {
    const t = indexRow[col - 1];
    if (typeof t === 'number' && Number.isInteger(t) && t >= 0) years.push({ col, t });
  }
  const out: AssumptionInputCell[] = [];
  rows.forEach((r, i) => {
    const raw = r[ASSUMPTION_COLS.key - 1];
    const entry = typeof raw === 'string' ? entries.get(raw.trim()) : undefined;
    if (!entry) return;
    const row = i + 1;
    const cell = (key: string, col: number, defaultValue: number | null): AssumptionInputCell =>
      ({ key, row, col, value: numberIn(r[col - 1]), defaultValue });
    if (entry.byYear) {
      for (const { col, t } of years) out.push(cell(`${entry.key}.y${t}`, col, entry.byYearDefault?.[t] ?? null));
      return;
    }
    // FirstYear's default depends on the data year: the sheet's Default column says which it was.
    const sheetDefault = numberIn(r[ASSUMPTION_COLS.default - 1]);
    const valueDefault = sheetDefault ?? (entry.key === 'firstYear' && dataYear === undefined ? null : entry.defaultValue);
    out.push(cell(entry.key, ASSUMPTION_COLS.value, valueDefault));
    if (entry.low) out.push(cell(`${entry.key}.low`, ASSUMPTION_COLS.low, entry.low.defaultValue));
    if (entry.high) out.push(cell(`${entry.key}.high`, ASSUMPTION_COLS.high, entry.high.defaultValue));
  });
  return out;
}

/**
 * What the input cells hold now, by key (numbers only): what the task pane shows.
 * @example assumptionInputValues(rows).discountRate // 0.045
 */
export function assumptionInputValues(rows: Rows): Overrides {
  const out: Record<string, number> = {};
  for (const c of assumptionInputCells(rows)) if (c.value !== null) out[c.key] = c.value;
  return out;
}

/** Equal up to the noise of a round trip through a spreadsheet (15 significant digits). */
const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));

/**
 * The overrides held by an assumptions sheet (rows of cell values from A1): each input
 * cell's number where it differs from its default (see the head of this file).
 * Unknown keys and non-numbers are ignored (a new input gets its default). `dataYear`
 * only serves a sheet without a Default column.
 * @example readAssumptionOverrides(rows) // { discountRate: 0.03, 'rampUp.ACHATS.y1': 0.5 }
 */
export function readAssumptionOverrides(rows: Rows, dataYear?: number): Overrides {
  const out: Record<string, number> = {};
  for (const c of assumptionInputCells(rows, dataYear)) {
    if (c.value !== null && (c.defaultValue === null || !same(c.value, c.defaultValue))) out[c.key] = c.value;
  }
  return out;
}
