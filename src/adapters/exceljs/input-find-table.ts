// A workbook loaded by ExcelJS seen by the locating rule of the partner tables
// (../locate-partner-tables.ts), which the fast reader uses too.
import type { Workbook, Worksheet } from 'exceljs';
import type { TableName } from '../../domain/codes';
import type { CellValue, RawTable, RawWorkbook } from '../../data/types';
import { findTable as findLocatedTable, rawTables, type CellGrid, type LocatedSheet, type TableModel } from '../locate-partner-tables';
import { cellValue } from './input-cell-value';

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
function loadedTables(ws: Worksheet): TableModel[] {
  const tables = (ws as unknown as { tables?: Record<string, { table?: LoadedTableModel; model?: LoadedTableModel }> }).tables;
  if (!tables) return [];
  return Object.values(tables)
    .map((t) => t.table ?? t.model)
    .filter((m): m is LoadedTableModel => m !== undefined)
    .map((m) => ({ name: m.name, displayName: m.displayName, ref: m.tableRef ?? m.ref, totalsRow: Boolean(m.totalsRow) }));
}

/** The cells the user sees, by row and column: formulas by their result, cells hidden under a merge left out. */
function worksheetGrid(ws: Worksheet): CellGrid {
  const rows: CellValue[][] = [];
  ws.eachRow((row, r) => {
    const cells: CellValue[] = [];
    row.eachCell((cell, c) => {
      const value = cellValue(cell);
      if (value !== null) cells[c] = value;
    });
    if (cells.length > 0) rows[r] = cells;
  });
  return { rows, lastRow: ws.rowCount };
}

// A workbook's sheets are located once: a model's data sheet holds four tables, and its grid is read once for all.
const LOCATED = new WeakMap<Workbook, LocatedSheet[]>();

function locatedSheets(wb: Workbook): LocatedSheet[] {
  let sheets = LOCATED.get(wb);
  if (sheets === undefined) {
    sheets = wb.worksheets.map((ws) => {
      let grid: CellGrid | undefined;
      return { name: ws.name, tables: loadedTables(ws), grid: () => (grid ??= worksheetGrid(ws)) };
    });
    LOCATED.set(wb, sheets);
  }
  return sheets;
}

/** The table `name` as raw rows, or null when the workbook has neither such a table nor such a sheet. */
export function findTable(wb: Workbook, name: TableName): RawTable | null {
  return findLocatedTable(locatedSheets(wb), name);
}

/** The four partner tables of a workbook loaded by ExcelJS; a table found nowhere is absent. */
export function tablesOf(wb: Workbook): RawWorkbook {
  return rawTables(locatedSheets(wb));
}
