// The sheet-level parts of a plan sheet: views, widths, validations,
// conditional formats, print setup, tab colour and protection.
import type { AddWorksheetOptions, DataValidation, HeaderFooter, PageSetup, Worksheet, WorksheetProperties } from 'exceljs';
import type { PlanConditionalFormat, PlanRange, PlanSheet, PlanValidation } from '../../plan/types';
import { columnLetters, rangeAddress } from './plan-address';
import { PlanWriteError } from './plan-write-error';

// Check colours: the pale green / pale red pair spreadsheets use for good / bad.
const GREEN_FILL = 'FFC6EFCE';
const GREEN_TEXT = 'FF006100';
const RED_FILL = 'FFFFC7CE';
const RED_TEXT = 'FF9C0006';
// Three-colour scale, low = green, middle = amber, high = red (risk scores).
const SCALE_COLOURS = ['FF63BE7B', 'FFFFEB84', 'FFF8696B'];

/** Excel refuses a file whose inline validation list is longer (a range source is the way beyond it). */
const MAX_INLINE_LIST = 255;
/** A4 in the OOXML paper-size list. */
const PAPER_A4 = 9;
/** When the plan gives no footer, the page number alone (MODELLING.md: page numbers in the footer). */
const DEFAULT_FOOTER = '&P / &N';

/** Applies everything but the cells and tables to a worksheet. */
export function applySheetSetup(ws: Worksheet, sheet: PlanSheet): void {
  const options = sheetOptions(sheet);
  if (options.views) ws.views = options.views;
  addSheetRules(ws, sheet);
  if (options.pageSetup) ws.pageSetup = options.pageSetup;
  if (options.headerFooter) ws.headerFooter = options.headerFooter;
  if (sheet.tabColor) ws.properties.tabColor = { argb: sheet.tabColor };
}

/**
 * The parts a streaming worksheet writes when it is created (views, page setup, header and footer, tab colour):
 * ExcelJS's stream writer takes them as options of addWorksheet, before the first row.
 */
export function sheetOptions(sheet: PlanSheet): Pick<Partial<AddWorksheetOptions>, 'views' | 'pageSetup' | 'headerFooter' | 'properties'> {
  const out: Pick<Partial<AddWorksheetOptions>, 'views' | 'pageSetup' | 'headerFooter' | 'properties'> = {};
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.cols > 0)) {
    out.views = [{ state: 'frozen', xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows }];
  }
  if (sheet.print) {
    const { print } = sheet;
    out.pageSetup = {
      paperSize: PAPER_A4,
      orientation: print.landscape ? 'landscape' : 'portrait',
      fitToPage: print.fitToWidth,
      fitToWidth: print.fitToWidth ? 1 : undefined,
      fitToHeight: print.fitToWidth ? 0 : undefined,
      // ExcelJS 4.4 writes the print area as '<name>'!… without doubling a quote
      // inside the name, which corrupts the file: such a sheet prints its used range.
      ...(print.area && !sheet.name.includes("'") ? { printArea: printAreaOf(print.area) } : {}),
      ...(print.printTitleRows && !sheet.name.includes("'") ? { printTitlesRow: `${print.printTitleRows.first}:${print.printTitleRows.last}` } : {}),
    } as Partial<PageSetup>;
    out.headerFooter = {
      ...(print.header !== null ? { oddHeader: print.header } : {}),
      oddFooter: print.footer ?? DEFAULT_FOOTER,
    } as Partial<HeaderFooter>;
  }
  if (sheet.tabColor) out.properties = { tabColor: { argb: sheet.tabColor } } as Partial<WorksheetProperties>;
  return out;
}

/** Column widths, validations and conditional formats: a streaming sheet takes them until its first row is written. */
export function addSheetRules(ws: Worksheet, sheet: PlanSheet): void {
  sheet.columnWidths.forEach((width, index) => {
    ws.getColumn(index + 1).width = width;
  });
  for (const validation of sheet.validations) addValidation(ws, validation);
  for (const format of sheet.conditionalFormats) addConditionalFormat(ws, format);
}

/** Protects a sheet without a password: refused overwrites, but anyone may unprotect, select and format. */
export async function protectSheet(ws: Worksheet): Promise<void> {
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatCells: true,
    formatColumns: true,
    formatRows: true,
  });
}

/** `A$1:H$40`: ExcelJS puts a `$` before each part itself, which makes the area fully absolute. */
function printAreaOf(area: PlanRange): string {
  return `${columnLetters(area.col)}$${area.row}:${columnLetters(area.col + area.cols - 1)}$${area.row + area.rows - 1}`;
}

function addValidation(ws: Worksheet, validation: PlanValidation): void {
  const address = rangeAddress(validation.range);
  let rule: DataValidation;
  if (validation.kind === 'list') {
    // An inline list: a quoted, comma-separated text; a quote inside is doubled.
    const list = validation.values.map((v) => v.replace(/"/g, '""')).join(',');
    if (list.length > MAX_INLINE_LIST) {
      throw new PlanWriteError(`Validation list on ${address} is ${list.length} characters; Excel accepts ${MAX_INLINE_LIST}`);
    }
    rule = { type: 'list', allowBlank: true, formulae: [`"${list}"`], showErrorMessage: true };
  } else {
    rule = {
      type: validation.kind,
      operator: 'between',
      allowBlank: true,
      formulae: [validation.min, validation.max],
      showErrorMessage: true,
    };
  }
  // ExcelJS keeps range-keyed validations on the sheet; its typings omit the collection.
  (ws as unknown as { dataValidations: { add(a: string, v: DataValidation): void } }).dataValidations.add(
    address,
    rule,
  );
}

function addConditionalFormat(ws: Worksheet, format: PlanConditionalFormat): void {
  const ref = rangeAddress(format.range);
  if (format.kind === 'trueFalse') {
    ws.addConditionalFormatting({
      ref,
      rules: [
        {
          type: 'cellIs',
          operator: 'equal',
          formulae: ['TRUE'],
          priority: 1,
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: GREEN_FILL } },
            font: { color: { argb: GREEN_TEXT } },
          },
        },
        {
          type: 'cellIs',
          operator: 'equal',
          formulae: ['FALSE'],
          priority: 2,
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: RED_FILL } },
            font: { color: { argb: RED_TEXT } },
          },
        },
      ],
    });
    return;
  }
  ws.addConditionalFormatting({
    ref,
    rules: [
      {
        type: 'colorScale',
        priority: 1,
        cfvo: [
          { type: 'num', value: format.min },
          { type: 'num', value: (format.min + format.max) / 2 },
          { type: 'num', value: format.max },
        ],
        color: SCALE_COLOURS.map((argb) => ({ argb })),
      },
    ],
  });
}
