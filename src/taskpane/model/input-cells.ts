// Where each assumption's input cell stands in a plan. The assumptions sheet
// (plan/assumptions-layout.ts) holds each entry's key in its key column, the value
// in the value column (range in low/high), and rows by year across the timeline.
import { ASSUMPTION_COLS } from '../../plan/assumptions-layout';
import { YEAR_FIRST_COL } from '../../plan/layout/timeline';
import type { CellScalar, WorkbookPlan } from '../../plan/types';
import type { InputValues } from '../host/workbook-host';

export interface InputCell {
  readonly key: string;
  readonly sheetKey: string;
  readonly row: number;
  readonly col: number;
}

export const ASSUMPTIONS_SHEET_KEY = 'assumptions';

/** Every input cell of the assumptions sheet with the key it stands for (`discountRate`, `rampUp.ACHATS.y2`…). */
export function inputCells(plan: WorkbookPlan): readonly InputCell[] {
  const sheet = plan.sheets.find((s) => s.key === ASSUMPTIONS_SHEET_KEY);
  if (!sheet) return [];
  const keys = new Map<number, string>();
  for (const c of sheet.cells) {
    if (c.col === ASSUMPTION_COLS.key && typeof c.value === 'string') keys.set(c.row, c.value);
  }
  const out: InputCell[] = [];
  for (const c of sheet.cells) {
    const key = keys.get(c.row);
    if (c.style !== 'input' || key === undefined) continue;
    const name =
      c.col === ASSUMPTION_COLS.value ? key
        : c.col === ASSUMPTION_COLS.low ? `${key}.low`
          : c.col === ASSUMPTION_COLS.high ? `${key}.high`
            : c.col >= YEAR_FIRST_COL ? `${key}.y${c.col - YEAR_FIRST_COL}`
              : null;
    if (name) out.push({ key: name, sheetKey: sheet.key, row: c.row, col: c.col });
  }
  return out;
}

export function findInputCell(plan: WorkbookPlan, key: string): InputCell | null {
  return inputCells(plan).find((c) => c.key === key) ?? null;
}

/** The values the input cells hold now, by key. */
export function readPlanInputs(
  plan: WorkbookPlan,
  valueAt: (sheetKey: string, row: number, col: number) => CellScalar | undefined,
): InputValues {
  const out: Record<string, CellScalar> = {};
  for (const c of inputCells(plan)) {
    const v = valueAt(c.sheetKey, c.row, c.col);
    if (v !== undefined) out[c.key] = v;
  }
  return out;
}
