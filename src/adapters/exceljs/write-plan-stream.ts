// Writes a WorkbookPlan with ExcelJS's streaming writer: each row is serialised and dropped as soon as it
// is complete, instead of the whole workbook being held as cell objects until the end (issue 9: the
// in-memory writer took the 100 000-line case past 1 GB and dominated the CLI's time).
// The rows are written as XML text straight from the plan (stream-sheet-rows.ts), with the workbook's
// own style and shared-string registers. The stream writer writes no tables, no charts and no calcPr,
// and puts <sheetProtection> after the validations (CT_Worksheet wants it right after <sheetData>).
// Unzipping its package to mend that costs more than the writing itself, so the parts go in while it
// streams, through a few of its internals (ExcelJS 4.4; the contract tests of
// test/harness/write-plan-stream*.test.ts and test/charts read every one of them back).
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { WorkbookPlan } from '../../plan/types';
import { rangeValuesOf, REL_DRAWING, sheetChartParts } from './charts';
import { absoluteCellRef } from './plan-address';
import { addSheetRules, protectSheet, sheetOptions } from './plan-sheet-setup';
import { sharedStyles } from './plan-shared-styles';
import { PlanWriteError } from './plan-write-error';
import {
  drawingElementXml, REL_TABLE, tableContentType, tablePartsXml, tablePath, tableXml, withContentTypes, withFullCalcOnLoad, type ContentOverride,
} from './stream-parts';
import type { CellRegisters, CellValueType } from './stream-row-xml';
import { writeSheetRows, type SheetDataInternals } from './stream-sheet-rows';

/** The internals of ExcelJS 4.4's WorksheetWriter this module hooks (stream/xlsx/worksheet-writer.js). */
interface SheetWriterInternals extends SheetDataInternals {
  _write(text: string): void;
  _writeCloseSheetData(): void;
  _writeSheetProtection(): void;
  _writeCloseWorksheet(): void;
  _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string };
  commit(): void;
}

/** The internals of ExcelJS 4.4's WorkbookWriter this module uses: the archive it appends its parts to
 * (an archiver instance), and its style and shared-string registers (stream/xlsx/workbook-writer.js). */
interface WorkbookWriterInternals {
  zip: { append(source: unknown, data: { name: string }): unknown };
  styles: { addStyleModel(style: Partial<ExcelJS.Style>, type: CellValueType): number };
  sharedStrings: { add(text: string): number };
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
 * The workbook's style ids and shared strings for the rows: one style lookup per (plan style, number
 * format), with the style object the in-memory writer gives the same cells (plan-shared-styles.ts).
 */
function registersOf(plan: WorkbookPlan, wb: WorkbookWriterInternals): CellRegisters {
  const styles = sharedStyles(plan);
  const ids = new Map<string, Map<string, number>>();
  return {
    styleId(style, numberFormat, type) {
      let byFormat = ids.get(style ?? '');
      if (byFormat === undefined) ids.set(style ?? '', (byFormat = new Map()));
      let id = byFormat.get(numberFormat ?? '');
      if (id === undefined) {
        // ExcelJS keeps the id of a style object it has seen (a WeakMap): the first cell's type decides, as here.
        id = wb.styles.addStyleModel(styles(style, numberFormat), type);
        byFormat.set(numberFormat ?? '', id);
      }
      return id;
    },
    sharedString: (text) => wb.sharedStrings.add(text),
  };
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
  const internals = wb as unknown as WorkbookWriterInternals;
  const zip = internals.zip;
  // The content types of the parts added here: the tables', then the charts' and drawings'.
  const tableTypes: ContentOverride[] = [];
  const chartTypes: ContentOverride[] = [];
  const append = zip.append.bind(zip);
  zip.append = (source, data) => {
    // Both parts are given as text; the workbook part is named with a leading slash.
    const name = data.name.replace(/^\//, '');
    if (typeof source === 'string' && name === '[Content_Types].xml') return append(withContentTypes(source, [...tableTypes, ...chartTypes]), data);
    if (typeof source === 'string' && name === 'xl/workbook.xml') return append(withFullCalcOnLoad(source), data);
    return append(source, data);
  };
  const sheetNames = new Map(plan.sheets.map((sheet) => [sheet.key, sheet.name]));
  const registers = registersOf(plan, internals);
  const parts = { tables: 0, charts: 0, drawings: 0, values: null as ReturnType<typeof rangeValuesOf> | null };
  for (const sheet of plan.sheets) {
    const ws = wb.addWorksheet(sheet.name, { state: 'visible', ...sheetOptions(sheet) });
    addSheetRules(ws, sheet);
    if (sheet.protect) await protectSheet(ws);
    const sheetWriter = ws as unknown as SheetWriterInternals;
    // <sheetProtection> right after </sheetData>, where the schema puts it.
    const closeData = sheetWriter._writeCloseSheetData.bind(sheetWriter);
    const protection = sheetWriter._writeSheetProtection.bind(sheetWriter);
    sheetWriter._writeCloseSheetData = () => {
      closeData();
      protection();
    };
    sheetWriter._writeSheetProtection = () => undefined;
    if (sheet.tables.length > 0 || (sheet.charts ?? []).length > 0) {
      // The last elements of the sheet, in CT_Worksheet's order: <drawing> (the charts), then <tableParts>.
      // No legacyDrawing, picture or extLst is written, which would stand between them.
      const closeSheet = sheetWriter._writeCloseWorksheet.bind(sheetWriter);
      sheetWriter._writeCloseWorksheet = () => {
        const tableIds = sheet.tables.map((table) => {
          parts.tables += 1;
          append(tableXml(table, parts.tables), { name: tablePath(parts.tables) });
          tableTypes.push(tableContentType(parts.tables));
          return sheetWriter._sheetRelsWriter.addRelationship({ Type: REL_TABLE, Target: `../tables/table${parts.tables}.xml` });
        });
        const charts = sheet.charts ?? [];
        if (charts.length > 0) {
          parts.values ??= rangeValuesOf(plan);
          parts.drawings += 1;
          const made = sheetChartParts(charts, parts.values, parts.charts + 1, parts.drawings);
          parts.charts += charts.length;
          for (const part of made.parts) append(part.xml, { name: part.path });
          chartTypes.push(...made.overrides);
          sheetWriter._write(drawingElementXml(sheetWriter._sheetRelsWriter.addRelationship({ Type: REL_DRAWING, Target: made.drawingTarget })));
        }
        if (tableIds.length > 0) sheetWriter._write(tablePartsXml(tableIds));
        closeSheet();
      };
    }
    await writeSheetRows(sheetWriter, sheet, sheetNames, registers);
    sheetWriter.commit();
  }
  for (const name of plan.names) {
    const sheetName = sheetNames.get(name.sheetKey);
    if (sheetName === undefined) throw new PlanWriteError(`Defined name ${name.name} points at unknown sheet ${name.sheetKey}`);
    wb.definedNames.add(absoluteCellRef(sheetName, name.row, name.col), name.name);
  }
  await wb.commit();
  return out.bytes();
}
