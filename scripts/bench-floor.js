'use strict';
// The floor of `npm run bench`: reading the same input file and writing the same cells with
// no model — no validation, no engine, no styles, tables, names or sheet set-up — with plain
// Node xlsx libraries. Each variant is timed; the floor is the fastest reader + the fastest writer.
const { PassThrough } = require('node:stream');
const ExcelJS = require('exceljs');

const TABLES = ['Partenaires', 'Sites', 'Budgets', 'Effectifs'];

/** A plain value or an ExcelJS formula value with its cached result, as the model carries. */
function cellValueOf(cell) {
  if (cell.formula !== undefined) {
    const formula = cell.formula.startsWith('=') ? cell.formula.slice(1) : cell.formula;
    return cell.expected === undefined || cell.expected === null ? { formula } : { formula, result: cell.expected };
  }
  return cell.value ?? null;
}

/** The plan's cells as rows of values per sheet: what every writer writes. */
function planGrid(plan) {
  return plan.sheets.map((sheet) => {
    const rows = [];
    for (const cell of sheet.cells) {
      const row = (rows[cell.row - 1] ||= []);
      row[cell.col - 1] = cellValueOf(cell);
    }
    return { name: sheet.name, rows };
  });
}

function plainValue(v) {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'object' || v instanceof Date) return v;
  if ('result' in v) return v.result ?? null;
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('text' in v) return v.text;
  return null;
}

/** ExcelJS, whole workbook in memory: the four sheets' rows as arrays. */
async function readExcelJsWorkbook(input) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(input);
  const out = {};
  for (const name of TABLES) {
    const ws = wb.getWorksheet(name);
    const rows = [];
    ws.eachRow((row) => rows.push(row.values.slice(1).map(plainValue)));
    out[name] = rows;
  }
  return out;
}

/** ExcelJS streaming reader: rows arrive as the zip is inflated; shared strings cached. */
async function readExcelJsStream(input) {
  const source = new PassThrough();
  source.end(input);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit', entries: 'ignore' });
  const out = {};
  for await (const ws of reader) {
    const name = ws.name;
    const rows = [];
    for await (const row of ws) rows.push(row.values.slice(1).map(plainValue));
    if (TABLES.includes(name)) out[name] = rows;
  }
  return out;
}

/** ExcelJS, whole workbook in memory, written to a buffer. */
async function writeExcelJsWorkbook(grid) {
  const wb = new ExcelJS.Workbook();
  for (const sheet of grid) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => {
      if (row) ws.getRow(r + 1).values = row.map((v) => (v === undefined ? null : v));
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** ExcelJS streaming writer: each row committed as soon as it is written, shared strings off. */
async function writeExcelJsStream(grid) {
  const chunks = [];
  const sink = new PassThrough();
  sink.on('data', (chunk) => chunks.push(chunk));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: false, useSharedStrings: false });
  for (const sheet of grid) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => {
      const target = ws.getRow(r + 1);
      if (row) target.values = row.map((v) => (v === undefined ? null : v));
      target.commit();
    });
    ws.commit();
  }
  await wb.commit();
  return Buffer.concat(chunks);
}

/** SheetJS (npm `xlsx`) when it is installed; null otherwise. */
function sheetJs() {
  try {
    return require('xlsx');
  } catch {
    return null;
  }
}

function readSheetJs(input) {
  const XLSX = sheetJs();
  const wb = XLSX.read(input, { type: 'buffer', dense: true, cellStyles: false, cellHTML: false, cellText: false });
  const out = {};
  for (const name of TABLES) out[name] = XLSX.utils.sheet_to_json(wb.Sheets[name], { header: 1, raw: true, defval: null });
  return out;
}

function writeSheetJs(grid) {
  const XLSX = sheetJs();
  const wb = XLSX.utils.book_new();
  for (const sheet of grid) {
    const aoa = sheet.rows.map((row) => (row ? row.map((v) => (v && typeof v === 'object' && 'formula' in v ? { t: typeof v.result === 'number' ? 'n' : 's', v: v.result ?? '', f: v.formula } : v ?? null)) : []));
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), sheet.name);
  }
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

/** Every reader and writer, by name; SheetJS only when installed. */
function floorVariants() {
  const readers = { 'ExcelJS workbook': readExcelJsWorkbook, 'ExcelJS stream': readExcelJsStream };
  const writers = { 'ExcelJS workbook': writeExcelJsWorkbook, 'ExcelJS stream': writeExcelJsStream };
  if (sheetJs()) {
    readers.SheetJS = async (input) => readSheetJs(input);
    writers.SheetJS = async (grid) => writeSheetJs(grid);
  }
  return { readers, writers, sheetJsInstalled: Boolean(sheetJs()) };
}

module.exports = { planGrid, floorVariants, TABLES };
