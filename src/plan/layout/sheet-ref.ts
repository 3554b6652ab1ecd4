// A1 references for plan formulas. Formulas are en-US A1 text; `$` marks what stays
// fixed when a formula is read in R1C1 terms (the lint compares rows that way).
import { columnLetters } from '../../data/cell-address';

/** A sheet name as references write it: always quoted, quotes doubled (`'Données'`, `'L''autre'`). */
export function quoteSheetName(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** A sheet name as a formula prefix (`'Données'!`). */
export function sheetPrefix(sheetName: string): string {
  return `${quoteSheetName(sheetName)}!`;
}

export interface RefOptions {
  /** Fix the row (`$5`). Default true. */
  readonly absRow?: boolean;
  /** Fix the column (`$H`). Default true. */
  readonly absCol?: boolean;
}

/** A1 address of one cell, absolute unless told: cellRef(5, 8) === '$H$5'. */
export function cellRef(row: number, col: number, options: RefOptions = {}): string {
  const absRow = options.absRow ?? true;
  const absCol = options.absCol ?? true;
  return `${absCol ? '$' : ''}${columnLetters(col)}${absRow ? '$' : ''}${row}`;
}

/** A1 range between two cells, both with the same fixing rules. */
export function rangeRef(row1: number, col1: number, row2: number, col2: number, options: RefOptions = {}): string {
  return `${cellRef(row1, col1, options)}:${cellRef(row2, col2, options)}`;
}

/** A reference on another sheet: sheetRef('Données', '$H$5') === "'Données'!$H$5". */
export function sheetRef(sheetName: string, address: string): string {
  return `${sheetPrefix(sheetName)}${address}`;
}
