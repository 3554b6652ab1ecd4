// The look of the template's input cells: one input style for the whole
// workbook (MODELLING.md: blue text on pale yellow), formats by column kind.
import type { Alignment, Fill, Font } from 'exceljs';
import type { ColumnKind } from '../../data/schema';

export const INPUT_FONT: Partial<Font> = { color: { argb: 'FF0000FF' } };
export const INPUT_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFFCC' } };
export const HEADER_FONT: Partial<Font> = { bold: true };
export const TITLE_FONT: Partial<Font> = { bold: true, size: 14 };
export const WRAP: Partial<Alignment> = { wrapText: true, vertical: 'top' };

/**
 * The number format of a column's cells: text columns are text (`@`) so that
 * codes such as `0012` or account `6064` keep their digits; money shows as
 * `# ##0 €` (Excel draws the grouping separator of the user's locale).
 */
export function numberFormatOf(kind: ColumnKind): string | null {
  if (kind.type !== 'number') return '@';
  switch (kind.unit) {
    case 'eur': return '#,##0 "€"';
    case 'fte': return '0.00';
    case 'year': return '0';
    default: return '#,##0';
  }
}

/** A width (in characters) that shows the longest of `texts`, within bounds. */
export function fittingWidth(texts: readonly string[], min = 10, max = 48): number {
  const longest = texts.reduce((m, s) => Math.max(m, s.length), 0);
  return Math.min(max, Math.max(min, longest + 3));
}
