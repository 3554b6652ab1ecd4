/// <reference types="office-js" />
// Adds the missing partner tables to the open workbook, each on a new sheet named
// after it, as a real Excel table of that name. A table that exists is never touched,
// nor is any existing sheet (a name already taken gets a numbered suffix).
import { officeRunner, type ExcelRunner } from '../../adapters/office';
import { quoteSheet } from '../../adapters/office/a1-address';
import { TABLE_NAMES, type TableName } from '../../domain/codes';
import type { RawTable, RawWorkbook } from '../../data/types';
import { columnLetters } from '../../data/cell-address';

/** A free sheet name: `name`, else `name (2)`, `name (3)`… */
export function freeSheetName(name: string, taken: ReadonlySet<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  if (!lower.has(name.toLowerCase())) return name;
  for (let i = 2; ; i += 1) {
    const candidate = `${name} (${i})`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * What to write for a cell so that Excel keeps it as it is: text Excel would turn into a
 * number, a date, a boolean or a formula (`756`, `1/2`, `TRUE`, `=A1`) gets the leading
 * apostrophe that marks text.
 */
export function literalEntry(value: string | number | boolean | null | undefined): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return value;
  return /^[=+\-@']/.test(value) || /^[\d\s.,%/:]+$/.test(value) || /^(true|false|vrai|faux)$/i.test(value.trim()) ? `'${value}` : value;
}

/** Column width in points for the longest text of a column (Excel has no autofit before the sync). */
const widthPoints = (texts: readonly string[]): number => Math.min(240, Math.max(48, 6 * Math.max(...texts.map((t) => t.length)) + 12));

/**
 * Writes each table of `tables` whose name the workbook has neither as a table nor as a
 * sheet; returns the tables added. One job, two syncs, whatever the number of rows.
 */
export async function insertOfficeTables(tables: RawWorkbook, run: ExcelRunner = officeRunner()): Promise<TableName[]> {
  return await run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    const existing = context.workbook.tables.load('items/name');
    await context.sync();
    const tableNames = new Set(existing.items.map((t) => t.name.toLowerCase()));
    const sheetNames = new Set(sheets.items.map((s) => s.name));
    const lowerSheets = new Set([...sheetNames].map((n) => n.toLowerCase()));
    const added: TableName[] = [];
    for (const name of TABLE_NAMES) {
      const table: RawTable | undefined = tables[name];
      // A sheet of that name is read as the table (adapters/office/read-partner-tables): leave it.
      if (!table || tableNames.has(name.toLowerCase()) || lowerSheets.has(name.toLowerCase())) continue;
      const sheetName = freeSheetName(name, sheetNames);
      sheetNames.add(sheetName);
      const sheet = context.workbook.worksheets.add(sheetName);
      const width = table.headers.length;
      // Excel refuses a table without a body row: an empty template gets one blank row.
      const body = table.rows.length > 0 ? table.rows : [[]];
      const values = [table.headers, ...body.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null))].map((row) => row.map(literalEntry));
      const address = `A1:${columnLetters(width)}${values.length}`;
      // Columns of text get the Text format, so that what a user types there later stays text too.
      const textColumn = Array.from({ length: width }, (_, c) => body.every((r) => r[c] === undefined || r[c] === null || typeof r[c] === 'string'));
      const range = sheet.getRange(address);
      range.numberFormat = values.map(() => textColumn.map((text) => (text ? '@' : 'General')));
      range.values = values;
      const excelTable = sheet.tables.add(`${quoteSheet(sheetName)}!${address}`, true);
      excelTable.name = name;
      for (let c = 0; c < width; c += 1) {
        const texts = values.map((row) => String(row[c]));
        // A width set on one cell applies to its whole column.
        sheet.getRange(`${columnLetters(c + 1)}1`).format.columnWidth = widthPoints(texts);
      }
      added.push(name);
    }
    await context.sync();
    return added;
  });
}
