// A1 addresses for the plan writer: the plan counts rows and columns from 1.
import { cellAddress, columnLetters } from '../../data/cell-address';
import { quoteSheetName } from '../../plan/layout/sheet-ref';
import type { PlanRange } from '../../plan/types';

export { cellAddress, columnLetters };

/** Relative A1 range of a PlanRange; a single cell stays `C5`. */
export function rangeAddress(range: PlanRange): string {
  const first = cellAddress(range.row, range.col);
  if (range.rows === 1 && range.cols === 1) return first;
  return `${first}:${cellAddress(range.row + range.rows - 1, range.col + range.cols - 1)}`;
}

/** A sheet name as a formula writes it, always quoted: `'Données'`, `'L''autre'`. */
export const quotedSheet = quoteSheetName;

/** Absolute reference to one cell of a sheet: `'Hypothèses'!$C$5`. */
export function absoluteCellRef(sheetName: string, row: number, col: number): string {
  return `${quotedSheet(sheetName)}!$${columnLetters(col)}$${row}`;
}
