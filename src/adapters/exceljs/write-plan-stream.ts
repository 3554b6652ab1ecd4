// Writes a WorkbookPlan with ExcelJS's streaming writer: each row is serialised and dropped as soon as it
// is complete, instead of the whole workbook being held as cell objects until the end (issue 9: the
// in-memory writer took the 100 000-line case past 1 GB and dominated the CLI's time).
// The stream writer writes no tables and no calcPr, and puts <sheetProtection> after the validations
// (CT_Worksheet wants it right after <sheetData>). Unzipping its package to mend that costs more than the
// writing itself, so the parts go in while it streams, through a few of its internals (ExcelJS 4.4; the
// contract tests of test/harness/write-plan-stream.test.ts read every one of them back). Charts are added
// afterwards, as for the in-memory writer.
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { PlanCell, PlanSheet, WorkbookPlan } from '../../plan/types';
import { addChartsToPackage } from './charts';
import { absoluteCellRef } from './plan-address';
import { planCellValue } from './plan-cell-value';
import { addSheetRules, protectSheet, sheetOptions } from './plan-sheet-setup';
import { sharedStyles } from './plan-shared-styles';
import { PlanWriteError } from './plan-write-error';
import { REL_TABLE, tablePartsXml, tablePath, tableXml, withFullCalcOnLoad, withTableContentTypes } from './stream-parts';

/** The internals of ExcelJS 4.4's WorksheetWriter this module hooks (stream/xlsx/worksheet-writer.js). */
interface SheetWriterInternals {
  _write(text: string): void;
  _writeCloseSheetData(): void;
  _writeSheetProtection(): void;
  _writeCloseWorksheet(): void;
  _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string };
  commit(): void;
}

/** The archive ExcelJS 4.4's WorkbookWriter appends its parts to (an archiver instance). */
interface WorkbookWriterInternals {
  zip: { append(source: unknown, data: { name: string }): unknown };
}

/** A writable that keeps what it is given, for the package's bytes. */
function collector(): { stream: Writable; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  return { stream, bytes: () => Buffer.concat(chunks) };
}

/**
 * The .xlsx bytes of a plan, written row by row: the same package as writePlan's in-memory path
 * (sheets in plan order, cached results, styles, tables, names, validations, conditional formats,
 * views, print setup, protection, charts, recalculation on open).
 * @example const bytes = await writePlanStreaming(plan);
 */
export async function writePlanStreaming(plan: WorkbookPlan): Promise<Buffer> {
  const out = collector();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out.stream, useStyles: true, useSharedStrings: true });
  wb.creator = `Cooperation Modeler ${plan.productVersion}`;
  const zip = (wb as unknown as WorkbookWriterInternals).zip;
  let tables = 0;
  const append = zip.append.bind(zip);
  zip.append = (source, data) => {
    // Both parts are given as text; the workbook part is named with a leading slash.
    const name = data.name.replace(/^\//, '');
    if (typeof source === 'string' && name === '[Content_Types].xml') return append(withTableContentTypes(source, tables), data);
    if (typeof source === 'string' && name === 'xl/workbook.xml') return append(withFullCalcOnLoad(source), data);
    return append(source, data);
  };
  const sheetNames = new Map(plan.sheets.map((sheet) => [sheet.key, sheet.name]));
  const styles = sharedStyles(plan);
  for (const sheet of plan.sheets) {
    const ws = wb.addWorksheet(sheet.name, { state: 'visible', ...sheetOptions(sheet) });
    addSheetRules(ws, sheet);
    if (sheet.protect) await protectSheet(ws);
    const internals = ws as unknown as SheetWriterInternals;
    // <sheetProtection> right after </sheetData>, where the schema puts it.
    const closeData = internals._writeCloseSheetData.bind(internals);
    const protection = internals._writeSheetProtection.bind(internals);
    internals._writeCloseSheetData = () => {
      closeData();
      protection();
    };
    internals._writeSheetProtection = () => undefined;
    if (sheet.tables.length > 0) {
      // The table parts, their relationships and <tableParts> last in the sheet (no extLst is written).
      const closeSheet = internals._writeCloseWorksheet.bind(internals);
      internals._writeCloseWorksheet = () => {
        const ids = sheet.tables.map((table) => {
          tables += 1;
          append(tableXml(table, tables), { name: tablePath(tables) });
          return internals._sheetRelsWriter.addRelationship({ Type: REL_TABLE, Target: `../tables/table${tables}.xml` });
        });
        internals._write(tablePartsXml(ids));
        closeSheet();
      };
    }
    await writeRows(ws, sheet, sheetNames, styles);
    internals.commit();
  }
  for (const name of plan.names) {
    const sheetName = sheetNames.get(name.sheetKey);
    if (sheetName === undefined) throw new PlanWriteError(`Defined name ${name.name} points at unknown sheet ${name.sheetKey}`);
    wb.definedNames.add(absoluteCellRef(sheetName, name.row, name.col), name.name);
  }
  await wb.commit();
  // ExcelJS writes no charts: their parts are added to the package (charts/add-charts.ts).
  return addChartsToPackage(out.bytes(), plan);
}

/**
 * The cells row by row in ascending order (the stream writer cannot go back), each row committed when done,
 * with a turn of the event loop every ROWS_PER_TURN rows.
 */
/** Rows written between two turns of the event loop, in which the zip compresses and drops what was written. */
const ROWS_PER_TURN = 2000;

async function writeRows(
  ws: ExcelJS.Worksheet, sheet: PlanSheet, sheetNames: ReadonlyMap<string, string>, styles: ReturnType<typeof sharedStyles>,
): Promise<void> {
  // A table's header text is the table's (the plan's header cell may only style it): written from the table.
  const headerText = new Map<number, Map<number, string>>();
  for (const table of sheet.tables) {
    const cols = headerText.get(table.row) ?? new Map<number, string>();
    table.headers.forEach((h, c) => cols.set(table.col + c, h));
    headerText.set(table.row, cols);
  }
  const byRow = new Map<number, PlanCell[]>();
  for (const cell of sheet.cells) {
    const list = byRow.get(cell.row);
    if (list) list.push(cell);
    else byRow.set(cell.row, [cell]);
  }
  for (const r of headerText.keys()) if (!byRow.has(r)) byRow.set(r, []);
  let written = 0;
  for (const r of [...byRow.keys()].sort((x, y) => x - y)) {
    // Without a pause the whole sheet's XML would wait in memory for the archive to read it.
    if (++written % ROWS_PER_TURN === 0) await new Promise<void>((resolve) => setImmediate(resolve));
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
}
