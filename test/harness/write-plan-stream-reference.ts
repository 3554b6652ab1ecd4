// The reference for the stream writer's rows: the same plan cells put into ExcelJS 4.4's own stream
// writer through its Row and Cell objects, the way write-plan-stream.ts wrote them before it wrote
// the row XML itself (issue 9). Only the cells (with table header texts), their styles and texts:
// what writePlan's <sheetData>, styles and shared strings must equal.
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { planCellValue } from '../../src/adapters/exceljs/plan-cell-value';
import { sharedStyles } from '../../src/adapters/exceljs/plan-shared-styles';
import type { PlanCell, WorkbookPlan } from '../../src/plan/types';

/** The .xlsx bytes of the plan's cells through ExcelJS's Row and Cell objects. */
export async function exceljsRowsReference(plan: WorkbookPlan): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  const sheetNames = new Map(plan.sheets.map((sheet) => [sheet.key, sheet.name]));
  const styles = sharedStyles(plan);
  for (const sheet of plan.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    const headerText = new Map<number, Map<number, string>>();
    for (const table of sheet.tables) {
      const cols = headerText.get(table.row) ?? new Map<number, string>();
      table.headers.forEach((h, c) => cols.set(table.col + c, h));
      headerText.set(table.row, cols);
    }
    const byRow = new Map<number, PlanCell[]>();
    for (const cell of sheet.cells) byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), cell]);
    for (const r of headerText.keys()) if (!byRow.has(r)) byRow.set(r, []);
    for (const r of [...byRow.keys()].sort((x, y) => x - y)) {
      const row = ws.getRow(r);
      const headers = headerText.get(r);
      for (const cell of byRow.get(r) as PlanCell[]) {
        const target = row.getCell(cell.col);
        const header = headers?.get(cell.col);
        target.value = header !== undefined ? header : planCellValue(cell, sheetNames);
        target.style = styles(cell.style, cell.numberFormat);
      }
      if (headers) {
        const styled = new Set((byRow.get(r) as PlanCell[]).map((cell) => cell.col));
        for (const [c, text] of headers) if (!styled.has(c)) row.getCell(c).value = text;
      }
      row.commit();
    }
    ws.commit();
  }
  await wb.commit();
  return Buffer.concat(chunks);
}
