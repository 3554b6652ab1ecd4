// Where one partner table sits in a workbook: an Excel table of that name
// anywhere, else a sheet of that name with its headers on row 1 (INPUT-SCHEMA.md).
import type { Workbook, Worksheet } from 'exceljs';
import type { TableName } from '../../domain/codes';
import type { CellValue, RawTable } from '../../data/types';
import { cellValue } from './input-cell-value';
import { decodeRange, type CellBox } from './input-range';

/** The part of ExcelJS's table model that a read file fills in. */
interface LoadedTableModel {
  readonly name?: string;
  readonly displayName?: string;
  /** Whole table, header and totals rows included. */
  readonly tableRef?: string;
  readonly ref?: string;
  readonly totalsRow?: boolean;
}

/** ExcelJS keeps a read sheet's tables in `tables`; its typings describe getTables() wrongly. */
function loadedTables(ws: Worksheet): LoadedTableModel[] {
  const tables = (ws as unknown as { tables?: Record<string, { table?: LoadedTableModel; model?: LoadedTableModel }> }).tables;
  if (!tables) return [];
  return Object.values(tables)
    .map((t) => t.table ?? t.model)
    .filter((m): m is LoadedTableModel => m !== undefined);
}

const same = (a: string | undefined, b: string): boolean =>
  a !== undefined && a.trim().toLowerCase() === b.toLowerCase();

/** The table `name` as raw rows, or null when the workbook has neither such a table nor such a sheet. */
export function findTable(wb: Workbook, name: TableName): RawTable | null {
  for (const ws of wb.worksheets) {
    for (const model of loadedTables(ws)) {
      if (!same(model.name, name) && !same(model.displayName, name)) continue;
      const box = decodeRange(model.tableRef ?? model.ref ?? '');
      if (!box) continue;
      // Excel omits headerRowCount when it is 1 and ExcelJS then reads "no header":
      // tables without a header row are too rare to honour that flag.
      const bottom = model.totalsRow ? box.bottom - 1 : box.bottom;
      return rawTable(ws, name, { ...box, bottom });
    }
  }
  const sheet = wb.worksheets.find((ws) => same(ws.name, name));
  return sheet ? sheetTable(sheet, name) : null;
}

/** A sheet read as a table: headers from the first to the last filled cell of row 1. */
function sheetTable(ws: Worksheet, name: TableName): RawTable {
  const header = ws.getRow(1);
  const filled: number[] = [];
  for (let col = 1; col <= ws.columnCount; col += 1) {
    if (cellValue(header.getCell(col)) !== null) filled.push(col);
  }
  if (filled.length === 0) {
    return { table: name, sheet: ws.name, headerRow: 1, firstColumn: 1, headers: [], rows: [] };
  }
  const box = { top: 1, left: filled[0], right: filled[filled.length - 1], bottom: Math.max(1, ws.rowCount) };
  return rawTable(ws, name, box);
}

function rawTable(ws: Worksheet, name: TableName, box: CellBox): RawTable {
  const readRow = (r: number): CellValue[] => {
    const row = ws.getRow(r);
    const values: CellValue[] = [];
    for (let col = box.left; col <= box.right; col += 1) values.push(cellValue(row.getCell(col)));
    return values;
  };
  const rows: CellValue[][] = [];
  for (let r = box.top + 1; r <= box.bottom; r += 1) rows.push(readRow(r));
  while (rows.length > 0 && isBlank(rows[rows.length - 1])) rows.pop();
  return { table: name, sheet: ws.name, headerRow: box.top, firstColumn: box.left, headers: readRow(box.top), rows };
}

function isBlank(row: readonly CellValue[]): boolean {
  return row.every((v) => v === null || (typeof v === 'string' && v.trim() === ''));
}
