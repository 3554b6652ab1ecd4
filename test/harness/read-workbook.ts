// Reads an .xlsx (ours, or LibreOffice's recalculated copy) into a Grid.
import ExcelJS from 'exceljs';
import type { CellScalar } from '../../src/plan/types';
import type { Grid, GridCell } from './grid';

/** Every non-empty cell of every sheet with its value or cached formula result, plus the defined names. */
export async function readWorkbookGrid(source: Buffer | string): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  if (typeof source === 'string') await wb.xlsx.readFile(source);
  else await wb.xlsx.load(source as unknown as ArrayBuffer);
  return gridOf(wb);
}

/** The Grid of a loaded ExcelJS workbook. */
export function gridOf(wb: ExcelJS.Workbook): Grid {
  const sheetNames: string[] = [];
  const sheets: Record<string, Record<string, GridCell>> = {};
  wb.eachSheet((ws) => {
    sheetNames.push(ws.name);
    const cells: Record<string, GridCell> = {};
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const read = gridCell(cell);
        if (read) cells[cell.address] = read;
      });
    });
    sheets[ws.name] = cells;
  });
  const names: Record<string, string> = {};
  for (const entry of wb.definedNames.model as { name: string; ranges: string[] }[]) {
    if (entry.ranges.length > 0) names[entry.name] = entry.ranges[0];
  }
  return { sheetNames, sheets, names };
}

function gridCell(cell: ExcelJS.Cell): GridCell | null {
  const numberFormat = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
  const raw = cell.value as ExcelJS.CellValue;
  if (raw !== null && typeof raw === 'object' && ('formula' in raw || 'sharedFormula' in raw)) {
    // `cell.value` drops a cached FALSE; `cell.result` keeps it.
    const result = cell.result as unknown;
    const formula = cell.formula;
    return withFormat({ ...scalarOf(result), formula }, numberFormat);
  }
  const scalar = scalarOf(raw);
  if (scalar.value === null && scalar.error === undefined) return null;
  return withFormat(scalar, numberFormat);
}

function withFormat(cell: GridCell, numberFormat: string | undefined): GridCell {
  return numberFormat === undefined ? cell : { ...cell, numberFormat };
}

function scalarOf(raw: unknown): { value: CellScalar; error?: string } {
  if (raw === null || raw === undefined) return { value: null };
  if (typeof raw === 'number' || typeof raw === 'boolean') return { value: raw };
  if (typeof raw === 'string') {
    return isErrorText(raw) ? { value: null, error: raw } : { value: raw };
  }
  if (raw instanceof Date) return { value: raw.toISOString() };
  if (typeof raw === 'object') {
    const o = raw as Record<string, unknown>;
    if (typeof o.error === 'string') return { value: null, error: o.error };
    if (Array.isArray(o.richText)) {
      return { value: (o.richText as { text: string }[]).map((run) => run.text).join('') };
    }
    if ('hyperlink' in o) return scalarOf(o.text);
  }
  return { value: null };
}

const ERROR_TEXTS = ['#NAME?', '#DIV/0!', '#REF!', '#VALUE!', '#N/A', '#NUM!', '#NULL!'];

/** LibreOffice writes some failures as text: `Err:502`, or an error literal stored as a string. */
export function isErrorText(text: string): boolean {
  return ERROR_TEXTS.includes(text) || /^Err:\d+$/.test(text) || text === '#NAME?';
}
