// Excel tables over cells the plan already fills. ExcelJS writes a table's
// headers and rows into the sheet itself, so the rows it gets are the plan's
// own cells: the table then holds the same values and formulas.
import type { CellValue as ExcelValue, Worksheet } from 'exceljs';
import type { PlanCell, PlanTable } from '../../plan/types';
import { cellAddress } from './plan-address';

/** Adds one plan table; `cellAt` gives the ExcelJS value the plan puts at (row, col). */
export function addPlanTable(
  ws: Worksheet,
  table: PlanTable,
  cellAt: (row: number, col: number) => ExcelValue,
): void {
  // A table needs one body row: an empty table keeps a blank row for the user to fill.
  const bodyRows = Math.max(1, table.rowCount);
  const rows: ExcelValue[][] = [];
  for (let r = 1; r <= bodyRows; r += 1) {
    rows.push(table.headers.map((_, c) => cellAt(table.row + r, table.col + c)));
  }
  ws.addTable({
    name: table.name,
    displayName: table.name,
    ref: cellAddress(table.row, table.col),
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: table.headers.map((name) => ({ name, filterButton: true })),
    rows,
  });
}

/** Keys (`row:col`) of the header cells of a sheet's tables, whose text the table owns. */
export function tableHeaderKeys(tables: readonly PlanTable[]): Set<string> {
  const keys = new Set<string>();
  for (const table of tables) {
    table.headers.forEach((_, c) => keys.add(`${table.row}:${table.col + c}`));
  }
  return keys;
}

/** Index of a sheet's cells by `row:col`. */
export function cellIndex(cells: readonly PlanCell[]): Map<string, PlanCell> {
  return new Map(cells.map((cell) => [`${cell.row}:${cell.col}`, cell]));
}
