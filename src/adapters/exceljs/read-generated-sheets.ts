// Reads the generated sheets of a previous model (an .xlsx the product wrote, perhaps edited
// since) as rows of values, so that a regeneration keeps what the user typed into them
// (src/plan/previous-inputs.ts says which sheets and reads them). A generated sheet is found by
// its identity name `CoopSheet_<key>` (which follows a renamed sheet), else through the
// registry on the cover (a model written before those names); the adapter only reads cells.
import type ExcelJS from 'exceljs';
import { columnNumber } from '../../data/cell-address';
import type { CellValue } from '../../data/types';
import { REGISTRY_NAME } from '../../plan/sheets/sheet-frame';
import { SHEET_NAME_PREFIX } from '../../plan/sheet-identity-names';
import { cellValue } from './input-cell-value';
import { loadWorkbook, type WorkbookSource } from './read-tables';

/** How many registry rows are read at most (a model has a few tens of sheets). */
const REGISTRY_MAX_ROWS = 200;

const fold = (s: string): string => s.toLowerCase();

/** The sheet and top-left cell of a one-cell or one-area reference (`'Hypothèses'!$A$1`); null otherwise. */
function referenceOf(text: string): { sheet: string; row: number; col: number } | null {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?[A-Za-z]{1,3}\$?\d+)?$/.exec(text.trim());
  if (!m) return null;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], row: Number(m[4]), col: columnNumber(m[3]) };
}

/** The worksheet of a defined name's first reference, or undefined. */
function sheetOfName(wb: ExcelJS.Workbook, name: string): { ws: ExcelJS.Worksheet; row: number; col: number } | undefined {
  const entry = (wb.definedNames.model as { name: string; ranges: string[] }[]).find((n) => fold(n.name) === fold(name));
  const ref = entry?.ranges.map(referenceOf).find((r) => r !== null);
  if (!ref) return undefined;
  const ws = wb.worksheets.find((w) => fold(w.name) === fold(ref.sheet));
  return ws ? { ws, row: ref.row, col: ref.col } : undefined;
}

/** Sheet names by key from the cover's registry: key column and name column below its header, down to the first empty key. */
function registry(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  const at = sheetOfName(wb, REGISTRY_NAME);
  if (!at) return out;
  for (let row = at.row + 1; row <= at.row + REGISTRY_MAX_ROWS; row += 1) {
    const key = cellValue(at.ws.getCell(row, at.col));
    if (typeof key !== 'string' || key.trim() === '') break;
    const name = cellValue(at.ws.getCell(row, at.col + 1));
    if (typeof name === 'string' && name.trim() !== '') out.set(key.trim(), name.trim());
  }
  return out;
}

/** A worksheet's values as rows from A1 (`rows[0][0]` is A1): formulas by their cached results, empty cells null. */
function rowsOf(ws: ExcelJS.Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    while (rows.length < rowNumber) rows.push([]);
    const out = rows[rowNumber - 1];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      while (out.length < colNumber) out.push(null);
      out[colNumber - 1] = cellValue(cell);
    });
  });
  return rows;
}

/**
 * The rows of each generated sheet of `keys` that a loaded workbook holds, by key; a key
 * without its sheet is absent. The identity name wins over the registry (the sheet may have been renamed).
 * @example generatedSheetRows(wb, ['assumptions']).get('assumptions')?.[0][0] // the sheet's title
 */
export function generatedSheetRows(wb: ExcelJS.Workbook, keys: readonly string[]): Map<string, CellValue[][]> {
  const listed = registry(wb);
  const out = new Map<string, CellValue[][]>();
  for (const key of keys) {
    const ws = sheetOfName(wb, `${SHEET_NAME_PREFIX}${key}`)?.ws
      ?? wb.worksheets.find((w) => listed.has(key) && fold(w.name) === fold(listed.get(key) as string));
    if (ws) out.set(key, rowsOf(ws));
  }
  return out;
}

/**
 * The same for an .xlsx file (or its bytes); throws WorkbookReadError when it cannot be read.
 * @example const rows = await readGeneratedSheets('model.xlsx', PREVIOUS_INPUT_SHEETS)
 */
export async function readGeneratedSheets(source: WorkbookSource, keys: readonly string[]): Promise<Map<string, CellValue[][]>> {
  return generatedSheetRows(await loadWorkbook(source), keys);
}
