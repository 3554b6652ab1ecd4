// Writes the partner-data template: the four tables as real Excel tables with
// the schema's headers, dropdowns on coded columns, the input style, and an
// instructions sheet. The sample is the same workbook filled with rows.
import ExcelJS from 'exceljs';
import { SCHEMA, type ColumnSpec, type TableSpec } from '../../data/schema';
import type { CellValue } from '../../data/types';
import type { TableName } from '../../domain/codes';
import { DEFAULT_LANG, t, type Lang } from '../../i18n';
import { addInstructionsSheet } from './template-instructions';
import { addListsSheet, listKey } from './template-lists';
import { INPUT_FILL, INPUT_FONT, fittingWidth, numberFormatOf } from './template-style';

/** Rows for one table, under headers matched to the schema by their French (or English) text. */
export interface TemplateRows {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
}
export type TemplateData = Partial<Record<TableName, TemplateRows>>;

export interface TemplateOptions {
  /** Rows to put in the tables (the sample); none gives the empty template. */
  readonly data?: TemplateData;
  /** How many rows below the headers get the input style and dropdowns, at least. */
  readonly inputRows?: number;
}

const DEFAULT_INPUT_ROWS = 200;
/** Styled rows left free below the sample's rows for the user's additions. */
const SPARE_ROWS = 50;

/**
 * The template workbook as .xlsx bytes, headers in `lang` (French by default);
 * table names stay the contract's French names in both languages.
 *
 * @example await writeFile('modele.xlsx', await writeTemplate('fr'))
 */
export async function writeTemplate(lang: Lang = DEFAULT_LANG, opts: TemplateOptions = {}): Promise<Buffer> {
  const wb = buildTemplateWorkbook(lang, opts);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * The sample workbook: the template filled with `data` (the bundled sample's
 * rows, from src/sample, which this layer may not import itself).
 */
export async function writeSample(lang: Lang, data: TemplateData): Promise<Buffer> {
  return writeTemplate(lang, { data });
}

/** The template as an ExcelJS workbook, before serialisation. */
export function buildTemplateWorkbook(lang: Lang = DEFAULT_LANG, opts: TemplateOptions = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Cooperation Modeler';
  addInstructionsSheet(wb, lang);
  const tableSheets = SCHEMA.map((spec) => wb.addWorksheet(spec.table));
  const lists = addListsSheet(wb, lang);
  SCHEMA.forEach((spec, i) => fillTableSheet(tableSheets[i], spec, lang, lists, opts));
  return wb;
}

function fillTableSheet(
  ws: ExcelJS.Worksheet, spec: TableSpec, lang: Lang, lists: Map<string, string>, opts: TemplateOptions,
): void {
  const headers = spec.columns.map((c) => (lang === 'fr' ? c.fr : c.en));
  const data = opts.data?.[spec.table];
  const rows = data ? alignRows(spec, data) : [];
  ws.addTable({
    name: spec.table,
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleLight1', showRowStripes: false },
    columns: headers.map((name) => ({ name, filterButton: true })),
    // An Excel table needs one body row; the template's is empty.
    rows: rows.length > 0 ? rows.map((r) => [...r]) : [spec.columns.map(() => null)],
  });
  const lastRow = 1 + Math.max(opts.inputRows ?? DEFAULT_INPUT_ROWS, rows.length + SPARE_ROWS);
  const listsSheet = t(lang, 'template.sheet.lists');
  spec.columns.forEach((column, i) => {
    styleColumn(ws, i + 1, column, lastRow);
    const texts = [headers[i], ...rows.map((r) => (r[i] === null ? '' : String(r[i])))];
    ws.getColumn(i + 1).width = fittingWidth(texts);
    if (column.kind.type === 'code') {
      const letter = ws.getColumn(i + 1).letter;
      rangeValidations(ws).add(`${letter}2:${letter}${lastRow}`, {
        type: 'list',
        allowBlank: true,
        formulae: [lists.get(listKey(column.kind)) ?? ''],
        showErrorMessage: true,
        // A warning, not a stop: the French label is accepted as well as the code.
        errorStyle: 'warning',
        errorTitle: t(lang, 'template.validation.title'),
        error: t(lang, 'template.validation.message', { lists: listsSheet }),
      });
    }
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

/** ExcelJS keeps range validations in `dataValidations`, which its typings omit. */
function rangeValidations(ws: ExcelJS.Worksheet): { add(range: string, validation: ExcelJS.DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
}

function styleColumn(ws: ExcelJS.Worksheet, col: number, column: ColumnSpec, lastRow: number): void {
  const numFmt = numberFormatOf(column.kind);
  for (let row = 2; row <= lastRow; row += 1) {
    const cell = ws.getCell(row, col);
    cell.font = INPUT_FONT;
    cell.fill = INPUT_FILL;
    if (numFmt) cell.numFmt = numFmt;
  }
}

/** The rows reordered to the schema's columns; columns the schema lacks are left out. */
function alignRows(spec: TableSpec, data: TemplateRows): CellValue[][] {
  const norm = (s: string): string => s.trim().toLowerCase();
  const sourceIndex = spec.columns.map((c) =>
    data.headers.findIndex((h) => norm(h) === norm(c.fr) || norm(h) === norm(c.en)),
  );
  return data.rows.map((row) => sourceIndex.map((j) => (j < 0 ? null : row[j] ?? null)));
}
