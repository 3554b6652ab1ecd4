// How one ExcelJS cell becomes a CellValue: the plain value the user sees, with
// no interpretation. Parsing numbers, codes and dates is the data layer's job.
import type { Cell, CellValue as ExcelValue } from 'exceljs';
import type { CellValue } from '../../data/types';
import { dateCellText } from '../date-cell-text';

/**
 * The plain value of a cell: formulas by their cached result, rich text and
 * hyperlinks as their text, errors as their text (`#N/A`), dates as ISO text
 * (`2024-01-15`, with ` HH:MM[:SS]` when the time is not midnight) so that a
 * date in a number column is reported rather than read as a serial number.
 * Empty cells, empty strings, merged-away cells and formulas without a cached
 * result give null.
 *
 * @example cellValue(ws.getCell('B2')) // 'CCN51'
 */
export function cellValue(cell: Cell): CellValue {
  // A cell hidden under a merge shows nothing to the user, whatever ExcelJS echoes.
  if (cell.isMerged && cell.master !== cell) return null;
  return plainValue(cell.value);
}

/** The same conversion on a raw ExcelJS value. */
export function plainValue(value: ExcelValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return dateCellText(value);
  if ('richText' in value) return nonEmpty(value.richText.map((run) => run.text).join(''));
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) {
    return value.result === undefined ? null : plainValue(value.result as ExcelValue);
  }
  if ('hyperlink' in value) {
    // ExcelJS may hand a hyperlink's text over as rich text.
    const text: unknown = value.text;
    return typeof text === 'string' ? nonEmpty(text) : plainValue(text as ExcelValue);
  }
  return null;
}

function nonEmpty(text: string): string | null {
  return text === '' ? null : text;
}
