// Writes a WorkbookPlan to a new .xlsx with ExcelJS. The adapter translates;
// every figure, formula, style and name comes from the plan.
import ExcelJS from 'exceljs';
import type { PlanSheet, StyleName, WorkbookPlan } from '../../plan/types';
import { absoluteCellRef } from './plan-address';
import { planCellValue } from './plan-cell-value';
import { excelStyle } from './plan-style';
import { PlanWriteError } from './plan-write-error';

export { PlanWriteError };
import { applySheetSetup, protectSheet } from './plan-sheet-setup';
import { addPlanTable, tableHeaderKeys } from './plan-tables';
import { addChartsToPackage } from './charts';

/**
 * The .xlsx bytes of a plan: sheets in plan order, cells with their cached
 * results, styles, tables, names, validations, conditional formats, views,
 * print setup, protection and native charts. Excel is asked to recalculate on open.
 *
 * @example const bytes = await writePlan(plan); fs.writeFileSync('model.xlsx', bytes);
 */
export async function writePlan(plan: WorkbookPlan): Promise<Buffer> {
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

/**
 * One ExcelJS style object per (plan style, number format), shared by every cell that has it:
 * ExcelJS recognises a style object it has already registered (a WeakMap), so a shared object
 * costs one style lookup per cell instead of serialising each cell's own copy (issue 9).
 * The objects are never mutated after they are assigned.
 */
function sharedStyles(plan: WorkbookPlan): (style: StyleName | undefined, numberFormat: string | undefined) => Partial<ExcelJS.Style> {
  const cache = new Map<string, Partial<ExcelJS.Style>>();
  return (style, numberFormat) => {
    const key = `${style ?? ''}\u0000${numberFormat ?? ''}`;
    let shared = cache.get(key);
    if (shared === undefined) {
      shared = excelStyle(style ? plan.styles[style] : undefined, numberFormat);
      cache.set(key, shared);
    }
    return shared;
  };
}
