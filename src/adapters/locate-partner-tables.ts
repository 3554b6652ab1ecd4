// Where the four partner tables sit in a workbook, whichever reader read it (the fast one in
// xlsx-read/, or ExcelJS's in exceljs/): an Excel table of that name in any sheet (any case),
// else a sheet of that name with its headers on row 1 (INPUT-SCHEMA.md). One rule, so that both
// readers find the same rows.
import { TABLE_NAMES, type TableName } from '../domain/codes';
import type { CellValue, RawTable, RawWorkbook } from '../data/types';
import { decodeRange, type CellBox } from './exceljs/input-range';

/** An Excel table as a reader found it. */
export interface TableModel {
  readonly name: string | undefined;
  readonly displayName: string | undefined;
  /** The whole table's range, header and totals rows included. */
  readonly ref: string | undefined;
  readonly totalsRow: boolean;
}

/** A sheet's cells as shown to the user: `rows[r][c]` holds the non-null values (1-based), hidden merged cells left out. */
export interface CellGrid {
  readonly rows: readonly (readonly CellValue[] | undefined)[];
  readonly lastRow: number;
}

/** A worksheet as the locating rule sees it; its grid is read only when a table needs it. */
export interface LocatedSheet {
  readonly name: string;
  readonly tables: readonly TableModel[];
  grid(): CellGrid;
}

const same = (a: string | undefined, b: string): boolean => a !== undefined && a.trim().toLowerCase() === b.toLowerCase();

/**
 * Each partner table as an Excel table of that name in any sheet (any case), else as a sheet
 * of that name with its headers on row 1; absent when neither exists.
 *
 * @example rawTables(sheets).Budgets?.rows.length // 20000
 */
export function rawTables(sheets: readonly LocatedSheet[]): RawWorkbook {
  const found: Partial<Record<TableName, RawTable>> = {};
  for (const name of TABLE_NAMES) {
    const table = findTable(sheets, name);
    if (table) found[name] = table;
  }
  return found;
}

/** The table `name` as raw rows, or null when no sheet holds such a table and no sheet has that name. */
export function findTable(sheets: readonly LocatedSheet[], name: TableName): RawTable | null {
  for (const sheet of sheets) {
    for (const model of sheet.tables) {
      if (!same(model.name, name) && !same(model.displayName, name)) continue;
      const box = decodeRange(model.ref ?? '');
      if (!box) continue;
      // Excel omits headerRowCount when it is 1 and ExcelJS then reads "no header":
      // tables without a header row are too rare to honour that flag.
      const bottom = model.totalsRow ? box.bottom - 1 : box.bottom;
      return rawTable(sheet, name, { ...box, bottom });
    }
  }
  const sheet = sheets.find((s) => same(s.name, name));
  return sheet ? sheetTable(sheet, name) : null;
}

function sheetTable(sheet: LocatedSheet, name: TableName): RawTable {
  const grid = sheet.grid();
  const header = grid.rows[1] ?? [];
  const filled: number[] = [];
  header.forEach((_value, column) => filled.push(column));
  if (filled.length === 0) {
    return { table: name, sheet: sheet.name, headerRow: 1, firstColumn: 1, headers: [], rows: [] };
  }
  const box = { top: 1, left: filled[0], right: filled[filled.length - 1], bottom: Math.max(1, grid.lastRow) };
  return rawTable(sheet, name, box);
}

function rawTable(sheet: LocatedSheet, name: TableName, box: CellBox): RawTable {
  const grid = sheet.grid();
  const readRow = (r: number): CellValue[] => {
    const cells = grid.rows[r];
    const values: CellValue[] = [];
    for (let col = box.left; col <= box.right; col += 1) values.push(cells?.[col] ?? null);
    return values;
  };
  const rows: CellValue[][] = [];
  // Rows past the sheet's last row are empty and would be dropped below anyway.
  const bottom = Math.min(box.bottom, grid.lastRow);
  for (let r = box.top + 1; r <= bottom; r += 1) rows.push(readRow(r));
  while (rows.length > 0 && isBlank(rows[rows.length - 1])) rows.pop();
  return { table: name, sheet: sheet.name, headerRow: box.top, firstColumn: box.left, headers: readRow(box.top), rows };
}

function isBlank(row: readonly CellValue[]): boolean {
  return row.every((v) => v === null || (typeof v === 'string' && v.trim() === ''));
}
