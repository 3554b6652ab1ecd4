// Where a chart stands: below the sheet's content, so that it hides no cell, about as wide
// as a landscape page's text (the columns are added until their widths reach `widthChars`).
import type { PlanRange, PlanSheet } from '../types';

/** Euros on a value axis: whole euros, the unit in the axis title. */
export const CHART_FORMAT_EUR = '#,##0';

/** Rows a chart covers (about 20 px each: 400 px high). */
export const CHART_ROWS = 20;
/** Target width in characters of the default font (about 7 px each: 840 px). */
export const CHART_WIDTH_CHARS = 120;
const DEFAULT_WIDTH_CHARS = 9;

/** The last row the sheet writes or prints. */
export function lastContentRow(sheet: PlanSheet): number {
  const cells = sheet.cells.reduce((max, c) => Math.max(max, c.row), 0);
  const area = sheet.print?.area ? sheet.print.area.row + sheet.print.area.rows - 1 : 0;
  return Math.max(cells, area);
}

/** Columns from A whose widths reach `widthChars`. */
export function columnsFor(sheet: PlanSheet, widthChars = CHART_WIDTH_CHARS): number {
  let total = 0;
  let cols = 0;
  while (total < widthChars && cols < 50) {
    total += sheet.columnWidths[cols] ?? DEFAULT_WIDTH_CHARS;
    cols += 1;
  }
  return cols;
}

/**
 * The cells of the `slot`-th chart below the content (slot 0 first), one blank row before
 * each. @example chartAnchor(sheet, 0) // { row: last + 2, col: 1, rows: 20, cols: 6 }
 */
export function chartAnchor(sheet: PlanSheet, slot: number, rows = CHART_ROWS): PlanRange {
  return { row: lastContentRow(sheet) + 2 + slot * (rows + 1), col: 1, rows, cols: columnsFor(sheet) };
}
