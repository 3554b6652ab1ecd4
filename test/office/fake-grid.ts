// The fake workbook as the harness's Grid (what the contract suite compares)
// and as an .xlsx (what LibreOffice recalculates).
import ExcelJS from 'exceljs';
import { columnLetters } from '../../src/data/cell-address';
import type { Grid, GridCell } from '../harness/grid';
import { nameFormula, type FakeExcel } from './fake-excel';

export function fakeGrid(excel: FakeExcel): Grid {
  const sheets: Record<string, Record<string, GridCell>> = {};
  for (const sheet of excel.state.sheets) {
    const cells: Record<string, GridCell> = {};
    for (const [k, cell] of sheet.cells) {
      if (cell.value === null && cell.formula === undefined && cell.numberFormat === undefined) continue;
      const [row, col] = k.split(':').map(Number);
      cells[`${columnLetters(col)}${row}`] = {
        value: cell.value,
        ...(cell.formula !== undefined ? { formula: cell.formula } : {}),
        ...(cell.numberFormat !== undefined ? { numberFormat: cell.numberFormat } : {}),
      };
    }
    sheets[sheet.name] = cells;
  }
  const names = Object.fromEntries(excel.state.names.map((n) => [n.name, nameFormula(n.sheet, n.box).slice(1)]));
  return { sheetNames: excel.state.sheets.map((s) => s.name), sheets, names };
}

/** The fake's cells as an .xlsx: values, formulas (no cached result), number formats, defined names. */
export async function fakeToXlsx(excel: FakeExcel): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of excel.state.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const [k, cell] of sheet.cells) {
      const [row, col] = k.split(':').map(Number);
      const target = ws.getCell(row, col);
      if (cell.formula !== undefined) target.value = { formula: cell.formula, date1904: false };
      else if (cell.value !== null) target.value = cell.value;
      if (cell.numberFormat !== undefined) target.numFmt = cell.numberFormat;
    }
  }
  for (const n of excel.state.names) {
    const formula = nameFormula(n.sheet, n.box).slice(1);
    if (n.sheet) wb.definedNames.add(formula, n.name);
  }
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
