// What ExcelJS stores for one plan cell: a plain value, a formula with the
// engine's value as its cached result, or a link to another sheet.
import type { CellValue as ExcelValue } from 'exceljs';
import type { PlanCell } from '../../plan/types';
import { quotedSheet } from './plan-address';

/**
 * The ExcelJS value of a plan cell. A formula carries `expected` as its cached
 * result so that a viewer that does not recalculate still shows the figure;
 * `sheetNames` maps sheet keys to names for `linkTo`.
 */
export function planCellValue(cell: PlanCell, sheetNames: ReadonlyMap<string, string>): ExcelValue {
  if (cell.formula !== undefined) {
    const formula = cell.formula.startsWith('=') ? cell.formula.slice(1) : cell.formula;
    const result = cell.expected;
    return result === undefined || result === null ? { formula, date1904: false } : { formula, result, date1904: false };
  }
  const value = cell.value ?? null;
  if (cell.linkTo !== undefined) {
    const target = sheetNames.get(cell.linkTo);
    if (target !== undefined) return internalLink(target, value === null ? target : String(value));
  }
  return value;
}

/**
 * A link to cell A1 of another sheet, as a HYPERLINK formula whose result is the
 * text. ExcelJS 4.4 writes a `#Sheet!A1` hyperlink both as an external target
 * and as a location, which Excel and LibreOffice join into a broken
 * `#Sheet!A1##Sheet!A1` (exceljs issue #3027); the formula jumps in both.
 */
function internalLink(sheetName: string, text: string): ExcelValue {
  const quote = (s: string) => s.replace(/"/g, '""');
  return {
    formula: `HYPERLINK("#${quote(quotedSheet(sheetName))}!A1","${quote(text)}")`,
    result: text,
    date1904: false,
  };
}
