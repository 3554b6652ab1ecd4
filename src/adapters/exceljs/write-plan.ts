// Writes a WorkbookPlan to a new .xlsx with ExcelJS. The adapter translates;
// every figure, formula, style and name comes from the plan.
import ExcelJS from 'exceljs';
import type { PlanSheet, WorkbookPlan } from '../../plan/types';
import { absoluteCellRef } from './plan-address';
import { planCellValue } from './plan-cell-value';
import { excelStyle } from './plan-style';
import { PlanWriteError } from './plan-write-error';

export { PlanWriteError };
import { applySheetSetup, protectSheet } from './plan-sheet-setup';
import { addPlanTable, cellIndex, tableHeaderKeys } from './plan-tables';

/**
 * The .xlsx bytes of a plan: sheets in plan order, cells with their cached
 * results, styles, tables, names, validations, conditional formats, views,
 * print setup and protection. Excel is asked to recalculate on open.
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
  return Buffer.from(bytes as ArrayBuffer);
}

function writeSheet(
  ws: ExcelJS.Worksheet,
  sheet: PlanSheet,
  plan: WorkbookPlan,
  sheetNames: ReadonlyMap<string, string>,
): void {
  const cells = cellIndex(sheet.cells);
  // Tables first: ExcelJS stores their rows into the cells, which the plan's cells then restyle.
  for (const table of sheet.tables) {
    addPlanTable(ws, table, (row, col) => {
      const cell = cells.get(`${row}:${col}`);
      return cell ? planCellValue(cell, sheetNames) : null;
    });
  }
  const headers = tableHeaderKeys(sheet.tables);
  for (const cell of sheet.cells) {
    const target = ws.getCell(cell.row, cell.col);
    // A table owns its header text; the plan's header cell only styles it.
    if (!headers.has(`${cell.row}:${cell.col}`)) target.value = planCellValue(cell, sheetNames);
    const style = excelStyle(cell.style ? plan.styles[cell.style] : undefined, cell.numberFormat);
    if (style.font) target.font = style.font as ExcelJS.Font;
    if (style.fill) target.fill = style.fill;
    if (style.border) target.border = style.border as ExcelJS.Borders;
    if (style.alignment) target.alignment = style.alignment as ExcelJS.Alignment;
    if (style.protection) target.protection = style.protection as ExcelJS.Protection;
    if (style.numFmt !== undefined) target.numFmt = style.numFmt;
  }
  applySheetSetup(ws, sheet);
}
