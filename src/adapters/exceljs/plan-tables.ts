// Excel tables over cells the plan already fills. ExcelJS writes a table's
// headers into the sheet itself; its body rows are given empty, since the
// plan's own cells (written after the table) fill them with the same values
// and formulas — handing ExcelJS a copy of every body value too doubled the
// work and the memory of a large data sheet (issue 9).
import type { CellValue as ExcelValue, Worksheet } from 'exceljs';
import type { PlanTable } from '../../plan/types';
import { cellAddress } from './plan-address';

const NO_VALUES: ExcelValue[] = [];

/** Adds one plan table over rows whose cells the plan writes afterwards. */
export function addPlanTable(ws: Worksheet, table: PlanTable): void {
  // A table needs one body row: an empty table keeps a blank row for the user to fill.
  const bodyRows = Math.max(1, table.rowCount);
  const rows: ExcelValue[][] = Array.from({ length: bodyRows }, () => NO_VALUES);
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
