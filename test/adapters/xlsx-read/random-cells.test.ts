import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { readXlsxTables } from '../../../src/adapters/xlsx-read';
import { bytesOf, referenceTables } from './differential';

// Pieces of text chosen for what an XML reader can get wrong: markup characters, entities in
// waiting, Excel's _xHHHH_ escapes, line ends, surrounding spaces, non-Latin text.
const TEXT_PIECES = ['a', 'Z', ' ', '<', '>', '&', '"', "'", '&amp;', '\n', '\r\n', '\t', '_x0041_', '_x000d_', 'é', '😀', '=', '#N/A', '0', '-1.5', ']]'];
const text = fc.array(fc.constantFrom(...TEXT_PIECES), { maxLength: 5 }).map((pieces) => pieces.join(''));
const number = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), fc.constant(0));
const date = fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true });
const error = fc.constantFrom('#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!');
const result = fc.oneof(number, text, fc.boolean(), error.map((e) => ({ error: e })), date, fc.constant(undefined));

const cellValue: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  fc.constant(null),
  text,
  number,
  fc.boolean(),
  date,
  error.map((e) => ({ error: e }) as ExcelJS.CellErrorValue),
  fc.array(text, { minLength: 1, maxLength: 3 }).map((runs) => ({ richText: runs.map((t, i) => ({ text: t, font: { bold: i % 2 === 0 } })) })),
  result.map((r) => ({ formula: 'A1', result: r }) as ExcelJS.CellValue),
  text.filter((t) => t !== '').map((t) => ({ text: t, hyperlink: 'https://example.org/?q=1&r=2' })),
);
// Formats of every kind ExcelJS tells apart: general, numbers, built-in and custom dates,
// date letters hidden in quotes or brackets, or escaped by a backslash (which ExcelJS drops).
const numberFormat = fc.constantFrom(
  undefined, '0.00', '#,##0 "€"', 'mm-dd-yy', 'dd/mm/yyyy hh:mm', '"day" 0', '[Red]0', 'h:mm:ss', '@', '0%',
  '0\\d', '#,##0;[Red]-#,##0', 'General', '[$-40C]yyyy',
);

const layout = fc.record({
  asTable: fc.boolean(),
  tableName: fc.constantFrom('Budgets', 'budgets', 'BUDGETS'),
  sheetName: fc.constantFrom('Budgets', 'Saisie'),
  top: fc.integer({ min: 1, max: 4 }),
  left: fc.integer({ min: 1, max: 4 }),
  totalsRow: fc.boolean(),
  date1904: fc.boolean(),
  merge: fc.option(fc.record({ row: fc.nat(5), column: fc.nat(2), height: fc.integer({ min: 1, max: 2 }), width: fc.integer({ min: 1, max: 2 }) })),
});
const grid = fc.array(fc.array(fc.record({ value: cellValue, format: numberFormat }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 });

type Layout = typeof layout extends fc.Arbitrary<infer T> ? T : never;
type Grid = typeof grid extends fc.Arbitrary<infer T> ? T : never;

function workbookOf(l: Layout, cells: Grid): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = l.date1904;
  const ws = wb.addWorksheet(l.asTable ? l.sheetName : 'Budgets');
  const top = l.asTable ? l.top : 1;
  const left = l.left;
  if (l.asTable) {
    ws.addTable({
      name: l.tableName, ref: ws.getCell(top, left).address, totalsRow: l.totalsRow,
      columns: [{ name: 'A' }, { name: 'B' }, { name: 'C' }],
      rows: cells.map((row) => row.map((c) => c.value)),
    });
  } else {
    ['A', 'B', 'C'].forEach((h, i) => { ws.getCell(1, left + i).value = h; });
    cells.forEach((row, r) => row.forEach((c, i) => { ws.getCell(top + 1 + r, left + i).value = c.value; }));
  }
  cells.forEach((row, r) => row.forEach((c, i) => { if (c.format) ws.getCell(top + 1 + r, left + i).numFmt = c.format; }));
  if (l.merge) {
    const row = top + 1 + l.merge.row;
    const column = left + l.merge.column;
    ws.mergeCells(row, column, row + l.merge.height - 1, column + l.merge.width - 1);
  }
  return wb;
}

describe('readXlsxTables on random cells', () => {
  it('gives the ExcelJS reader\'s tables for any cells ExcelJS writes', async () => {
    await fc.assert(
      fc.asyncProperty(layout, grid, async (l, cells) => {
        const bytes = await bytesOf(workbookOf(l, cells));
        expect(readXlsxTables(bytes)).toEqual(await referenceTables(bytes));
      }),
      { seed: 20261126, numRuns: 150 },
    );
  });
});

const sheetName = fc.constantFrom('Budgets', 'budgets ', 'PARTENAIRES', 'Sites', 'Effectifs', 'Data', 'Saisie');
const tableName = fc.constantFrom('Budgets', 'SITES', 'partenaires', 'Effectifs', 'Autre', 'T2');
const simple = fc.oneof(fc.constant(null), fc.constantFrom('P1', ' ', 'x'), fc.integer({ min: -5, max: 5 }));
const sheetSpec = fc.record({
  name: sheetName,
  tables: fc.array(fc.record({ name: tableName, top: fc.integer({ min: 1, max: 3 }), totalsRow: fc.boolean(), rows: fc.array(fc.array(simple, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 4 }) }), { maxLength: 2 }),
  header: fc.array(simple, { maxLength: 4 }),
  below: fc.array(fc.array(simple, { minLength: 4, maxLength: 4 }), { maxLength: 3 }),
});

describe('readXlsxTables on random workbook layouts', () => {
  it('finds the same tables as the ExcelJS reader, by table name or sheet name in any case, on any sheet', async () => {
    const books = fc.uniqueArray(sheetSpec, { minLength: 1, maxLength: 4, selector: (s) => s.name.trim().toLowerCase() });
    await fc.assert(
      fc.asyncProperty(books, async (sheets) => {
        const wb = new ExcelJS.Workbook();
        const used = new Set<string>();
        for (const spec of sheets) {
          const ws = wb.addWorksheet(spec.name);
          spec.header.forEach((v, i) => { ws.getCell(1, 12 + i).value = v; });
          spec.below.forEach((row, r) => row.forEach((v, i) => { ws.getCell(2 + r, 12 + i).value = v; }));
          spec.tables.forEach((t, k) => {
            // Excel table names are unique in a workbook.
            if (used.has(t.name.toLowerCase())) return;
            used.add(t.name.toLowerCase());
            ws.addTable({
              name: t.name, ref: ws.getCell(t.top, 1 + 4 * k).address, totalsRow: t.totalsRow,
              columns: [{ name: 'C1', totalsRowLabel: 'Total' }, { name: 'C2', totalsRowFunction: 'sum' }], rows: t.rows,
            });
          });
        }
        const bytes = await bytesOf(wb);
        expect(readXlsxTables(bytes)).toEqual(await referenceTables(bytes));
      }),
      { seed: 20261128, numRuns: 120 },
    );
  });
});
