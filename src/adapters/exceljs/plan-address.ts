// A1 addresses for the plan writer: the plan counts rows and columns from 1.
import type { PlanRange } from '../../plan/types';

/** Column letters of a 1-based column number: 1 → `A`, 27 → `AA`. */
export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Relative A1 address of a cell: (5, 3) → `C5`. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** Relative A1 range of a PlanRange; a single cell stays `C5`. */
export function rangeAddress(range: PlanRange): string {
  const first = cellAddress(range.row, range.col);
  if (range.rows === 1 && range.cols === 1) return first;
  return `${first}:${cellAddress(range.row + range.rows - 1, range.col + range.cols - 1)}`;
}

/** A sheet name as a formula writes it, always quoted: `'Données'`, `'L''autre'`. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Absolute reference to one cell of a sheet: `'Hypothèses'!$C$5`. */
export function absoluteCellRef(sheetName: string, row: number, col: number): string {
  return `${quotedSheet(sheetName)}!$${columnLetters(col)}$${row}`;
}
