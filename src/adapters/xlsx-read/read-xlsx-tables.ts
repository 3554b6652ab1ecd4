// The fast reader's entry point: the partner tables of an .xlsx in one synchronous pass over
// the few package parts they live in.
import type { RawWorkbook } from '../../data/types';
import { rawTables, type LocatedSheet } from '../locate-partner-tables';
import type { CellContext } from './cell-value';
import { dateStyles } from './date-styles';
import { relationships } from './relationships';
import { sharedStrings } from './shared-strings';
import { sheetGrid, type SheetGrid } from './sheet-grid';
import { sheetLayout } from './sheet-layout';
import { sheetTables } from './sheet-tables';
import { workbookSheets } from './workbook-sheets';
import { openZip } from './zip-entries';

/**
 * The partner tables of the .xlsx in `bytes`, equal to what the ExcelJS reader gives
 * (readTables in src/adapters/exceljs), with only the parts that hold them parsed: the
 * workbook, the sheets' table parts, and the cells of the sheets holding a table. Throws
 * XlsxUnsupported for any package it does not read exactly as ExcelJS would.
 *
 * @example readXlsxTables(readFileSync('partenaires.xlsx')).Budgets?.rows.length
 */
export function readXlsxTables(bytes: Buffer): RawWorkbook {
  const zip = openZip(bytes);
  const { sheets, date1904 } = workbookSheets(zip);
  let context: CellContext | undefined;
  const cellContext = (): CellContext => (context ??= { strings: sharedStrings(zip), dateStyles: dateStyles(zip), date1904 });
  const located = sheets.map((sheet): LocatedSheet => {
    const xml = zip.text(sheet.path) as string;
    const rels = relationships(zip, sheet.relsPath);
    const layout = sheetLayout(xml, rels, sheet.path);
    let grid: SheetGrid | undefined;
    return {
      name: sheet.name,
      tables: sheetTables(zip, layout.tableIds, rels),
      grid: () => (grid ??= sheetGrid(xml, layout.data, layout.merges, { ...cellContext(), hyperlinks: layout.hyperlinks })),
    };
  });
  return rawTables(located);
}
