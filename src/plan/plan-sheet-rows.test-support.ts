// Test support: a plan sheet as rows of values from A1, as an adapter reads a workbook back
// (a formula gives its expected result): what the read-back functions take.
import type { CellValue } from '../data/types';
import type { PlanCell, PlanSheet } from './types';

/** Rows of values from A1 (`rows[0][0]` is A1), empty cells null. */
export function planSheetRows(sheet: PlanSheet | readonly PlanCell[]): CellValue[][] {
  const cells = 'cells' in sheet ? sheet.cells : sheet;
  const rows: CellValue[][] = [];
  for (const c of cells) {
    while (rows.length < c.row) rows.push([]);
    const r = rows[c.row - 1];
    while (r.length < c.col) r.push(null);
    r[c.col - 1] = c.formula !== undefined ? (c.expected ?? null) : (c.value ?? null);
  }
  return rows;
}
