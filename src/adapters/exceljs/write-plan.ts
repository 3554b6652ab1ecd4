// Writes a WorkbookPlan to a new .xlsx with ExcelJS. The adapter translates;
// every figure, formula, style and name comes from the plan.
import ExcelJS from 'exceljs';
import type { PlanSheet, WorkbookPlan } from '../../plan/types';
import { absoluteCellRef } from './plan-address';
import { planCellValue } from './plan-cell-value';
import { sharedStyles } from './plan-shared-styles';
import { PlanWriteError } from './plan-write-error';

export { PlanWriteError };
import { applySheetSetup, protectSheet } from './plan-sheet-setup';
import { addPlanTable, tableHeaderKeys } from './plan-tables';
import { addChartsToPackage } from './charts';

/**
 * The .xlsx bytes of a plan through ExcelJS's in-memory Workbook: sheets in plan order, cells with their
 * cached results, styles, tables, names, validations, conditional formats, views, print setup, protection
 * and native charts. Excel is asked to recalculate on open.
 * The browser's writer (the task pane's download: ExcelJS's browser build has no stream writer). In Node,
 * the adapter's index gives `writePlan` = writePlanStreaming (write-plan-stream.ts), which writes the same
 * package row by row: this one holds every cell as an object until the end (issue 9).
 *
 * @example const bytes = await writePlanInMemory(plan);
 */
export async function writePlanInMemory(plan: WorkbookPlan): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = `Cooperation Modeler ${plan.productVersion}`;
  // The cached results are the engine's; Excel recomputes them on open anyway.
  wb.calcProperties.fullCalcOnLoad = true;
  const sheetNames = new Map(plan.sheets.map((sheet) => [sheet.key, sheet.name]));
  for (const sheet of plan.sheets) {
    const ws = wb.addWorksheet(sheet.name, { state: 'visible' });
    writeSheet(ws, sheet, plan, sheetNames);
    if (sheet.protect) await protectSheet(ws);
  }
  for (const name of plan.names) {
    const sheetName = sheetNames.get(name.sheetKey);
    if (sheetName === undefined) throw new PlanWriteError(`Defined name ${name.name} points at unknown sheet ${name.sheetKey}`);
    wb.definedNames.add(absoluteCellRef(sheetName, name.row, name.col), name.name);
  }
  const bytes = await wb.xlsx.writeBuffer();
  // ExcelJS writes no charts: their parts are added to its package (charts/add-charts.ts).
  return addChartsToPackage(Buffer.from(bytes as ArrayBuffer), plan);
}

function writeSheet(
  ws: ExcelJS.Worksheet,
  sheet: PlanSheet,
  plan: WorkbookPlan,
  sheetNames: ReadonlyMap<string, string>,
): void {
  const styles = sharedStyles(plan);
  // Tables first: ExcelJS writes their headers into the cells, which the plan's cells then restyle.
  for (const table of sheet.tables) addPlanTable(ws, table);
  const headers = tableHeaderKeys(sheet.tables);
  for (const cell of sheet.cells) {
    const target = ws.getCell(cell.row, cell.col);
    // A table owns its header text; the plan's header cell only styles it.
    if (!headers.has(`${cell.row}:${cell.col}`)) target.value = planCellValue(cell, sheetNames);
    target.style = styles(cell.style, cell.numberFormat);
  }
  applySheetSetup(ws, sheet);
}

/** The task pane's name for it (src/taskpane/model/download-model.ts imports this module alone). */
export const writePlan = writePlanInMemory;
