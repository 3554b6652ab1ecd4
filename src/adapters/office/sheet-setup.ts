/// <reference types="office-js" />
// The sheet-level parts of a plan sheet, queued on the real worksheet once its
// cells are in place: tables, validations, conditional formats, frozen panes,
// column widths, tab colour, print setup and protection. Queued only: the
// caller syncs once for all sheets.
import type { PlanConditionalFormat, PlanSheet, PlanValidation } from '../../plan/types';
import { rangeAddress } from './a1-address';
import { rgb, textForExcel } from './block-payload';

// The same colours as the ExcelJS writer: pale green / pale red for checks,
// green–amber–red for scores.
const GREEN_FILL = '#C6EFCE';
const GREEN_TEXT = '#006100';
const RED_FILL = '#FFC7CE';
const RED_TEXT = '#9C0006';
const SCALE = ['#63BE7B', '#FFEB84', '#F8696B'];
const DEFAULT_FOOTER = '&P / &N';
const TABLE_STYLE = 'TableStyleLight9';

/** What the setup may use beyond ExcelApi 1.7 (the manifest's minimum). */
export interface SetupFeatures {
  /** Data validation (ExcelApi 1.8). */
  readonly validation: boolean;
  /** Page layout (ExcelApi 1.9). */
  readonly pageLayout: boolean;
}

/** Points of a column `chars` characters wide in the default font: (7 px × chars + 5 px padding) × 0.75 pt/px. */
export function columnWidthPoints(chars: number): number {
  return (7 * chars + 5) * 0.75;
}

/** Queues everything but the cells for one sheet. */
export function queueSheetSetup(ws: Excel.Worksheet, sheet: PlanSheet, features: SetupFeatures): void {
  for (const table of sheet.tables) {
    const rows = Math.max(1, table.rowCount) + 1;
    const added = ws.tables.add(rangeAddress(table.row, table.col, rows, table.headers.length), true);
    added.name = table.name;
    added.style = TABLE_STYLE;
    added.getHeaderRowRange().values = [table.headers.map(textForExcel)];
  }
  if (features.validation) for (const v of sheet.validations) queueValidation(ws, v);
  for (const f of sheet.conditionalFormats) queueConditionalFormat(ws, f);
  if (sheet.freeze && sheet.freeze.rows > 0 && sheet.freeze.cols > 0) {
    ws.freezePanes.freezeAt(ws.getRange(rangeAddress(1, 1, sheet.freeze.rows, sheet.freeze.cols)));
  } else if (sheet.freeze && sheet.freeze.rows > 0) {
    ws.freezePanes.freezeRows(sheet.freeze.rows);
  } else if (sheet.freeze && sheet.freeze.cols > 0) {
    ws.freezePanes.freezeColumns(sheet.freeze.cols);
  }
  sheet.columnWidths.forEach((chars, i) => {
    ws.getRange(rangeAddress(1, i + 1)).format.columnWidth = columnWidthPoints(chars);
  });
  if (sheet.tabColor) ws.tabColor = rgb(sheet.tabColor);
  if (sheet.print && features.pageLayout) {
    const { print } = sheet;
    ws.pageLayout.orientation = print.landscape ? 'Landscape' : 'Portrait';
    // One page wide; the height follows (no verticalFitToPages).
    if (print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1 };
    if (print.area) ws.pageLayout.setPrintArea(rangeAddress(print.area.row, print.area.col, print.area.rows, print.area.cols));
    const pages = ws.pageLayout.headersFooters.defaultForAllPages;
    if (print.header !== null) pages.centerHeader = print.header;
    pages.centerFooter = print.footer ?? DEFAULT_FOOTER;
  }
  if (sheet.protect) {
    // Without a password: refused overwrites, but the user may unprotect, select and format.
    ws.protection.protect({ allowFormatCells: true, allowFormatColumns: true, allowFormatRows: true });
  }
}

function queueValidation(ws: Excel.Worksheet, v: PlanValidation): void {
  const range = ws.getRange(rangeAddress(v.range.row, v.range.col, v.range.rows, v.range.cols));
  range.dataValidation.ignoreBlanks = true;
  if (v.kind === 'list') {
    range.dataValidation.rule = { list: { inCellDropDown: true, source: v.values.join(',') } };
  } else {
    const basic = { formula1: v.min, formula2: v.max, operator: 'Between' as const };
    range.dataValidation.rule = v.kind === 'whole' ? { wholeNumber: basic } : { decimal: basic };
  }
}

function queueConditionalFormat(ws: Excel.Worksheet, f: PlanConditionalFormat): void {
  const range = ws.getRange(rangeAddress(f.range.row, f.range.col, f.range.rows, f.range.cols));
  if (f.kind === 'trueFalse') {
    for (const [formula, fill, font] of [['=TRUE', GREEN_FILL, GREEN_TEXT], ['=FALSE', RED_FILL, RED_TEXT]] as const) {
      const cf = range.conditionalFormats.add('CellValue');
      cf.cellValue.format.fill.color = fill;
      cf.cellValue.format.font.color = font;
      cf.cellValue.rule = { formula1: formula, operator: 'EqualTo' };
    }
    return;
  }
  const cf = range.conditionalFormats.add('ColorScale');
  cf.colorScale.criteria = {
    minimum: { type: 'Number', formula: String(f.min), color: SCALE[0] },
    midpoint: { type: 'Number', formula: String((f.min + f.max) / 2), color: SCALE[1] },
    maximum: { type: 'Number', formula: String(f.max), color: SCALE[2] },
  };
}
