// Finding a built sheet's rows from what it shows: the sheet builders return their
// layouts to other sheets through refs, and the charts read the same rows. Where a
// builder exposes no row number, the chart finds the row by the cell that identifies it
// (a formula the refs give, a label the catalogue gives); a row that cannot be found is
// a programmer error, so that a layout change fails the tests instead of drawing nothing.
import { cellRef, rangeRef, sheetRef } from '../layout/sheet-ref';
import type { PlanCell, PlanSheet } from '../types';

export class ChartLayoutError extends Error {
  override readonly name = 'ChartLayoutError';
}

/** The cell at (row, col), if the sheet writes one. */
export function cellAt(sheet: PlanSheet, row: number, col: number): PlanCell | undefined {
  return sheet.cells.find((c) => c.row === row && c.col === col);
}

/** Rows (ascending, distinct) whose cell in `col` satisfies `test`. */
export function rowsWhere(sheet: PlanSheet, col: number, test: (cell: PlanCell) => boolean): number[] {
  const rows = sheet.cells.filter((c) => c.col === col && test(c)).map((c) => c.row);
  return [...new Set(rows)].sort((a, b) => a - b);
}

/** The first row whose cell in `col` satisfies `test`; throws when none does. */
export function rowWhere(sheet: PlanSheet, col: number, test: (cell: PlanCell) => boolean, what: string): number {
  const rows = rowsWhere(sheet, col, test);
  if (rows.length === 0) throw new ChartLayoutError(`No row for ${what} on sheet ${sheet.key}`);
  return rows[0];
}

/** The row of an absolute A1 address (`'S1'!$I$40` → 40). */
export function rowOf(address: string): number {
  const m = /\$?[A-Z]+\$?(\d+)$/.exec(address);
  if (!m) throw new ChartLayoutError(`Not a cell address: ${address}`);
  return Number(m[1]);
}

/** The text a cell shows as the plan writes it: its value, else its formula's expected value. */
export function cellText(cell: PlanCell | undefined): string {
  const v = cell?.value ?? cell?.expected;
  return v === null || v === undefined ? '' : String(v);
}

/** An absolute sheet-qualified range over one row, columns `first`…`last`. */
export function rowRange(sheet: PlanSheet, row: number, first: number, last: number): string {
  return sheetRef(sheet.name, rangeRef(row, first, row, last));
}

/** An absolute sheet-qualified address of one cell. */
export function cellAddress(sheet: PlanSheet, row: number, col: number): string {
  return sheetRef(sheet.name, cellRef(row, col));
}
