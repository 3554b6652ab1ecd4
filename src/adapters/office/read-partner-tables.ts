/// <reference types="office-js" />
// Reads the four partner tables from the open workbook into plain rows, in two
// round trips: one for the names of tables and sheets, one for every range's
// values. No business rule here: src/data interprets headers, numbers and codes.
import { TABLE_NAMES, type TableName } from '../../domain/codes';
import type { CellValue, RawTable, RawWorkbook } from '../../data/types';
import { parseAddress } from './a1-address';
import { officeRunner, type ExcelRunner } from './excel-runner';
import { officeCellValue } from './office-cell-value';

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.toLowerCase();

interface Pending {
  readonly table: TableName;
  readonly sheet: Excel.Worksheet;
  /** Header row and body for an Excel table; the used range for a sheet read as a table. */
  readonly header: Excel.Range | null;
  readonly body: Excel.Range;
}

/**
 * The partner tables of the open workbook: each of Partenaires, Sites, Budgets
 * and Effectifs as an Excel table of that name (any case), else as a worksheet
 * of that name with its headers on row 1; a table found nowhere is absent.
 * Exactly two `context.sync()` calls, whatever the number of rows.
 *
 * @example const raw = await readPartnerTables(); raw.Budgets?.rows.length
 */
export async function readPartnerTables(run: ExcelRunner = officeRunner()): Promise<RawWorkbook> {
  return run(async (context) => {
    const tables = context.workbook.tables.load('items/name');
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();

    const pending: Pending[] = [];
    for (const name of TABLE_NAMES) {
      const table = tables.items.find((t) => same(t.name, name));
      if (table) {
        const header = table.getHeaderRowRange().load('address,values,numberFormat');
        const body = table.getDataBodyRange().load('address,values,numberFormat');
        pending.push({ table: name, sheet: table.worksheet.load('name'), header, body });
        continue;
      }
      const sheet = sheets.items.find((s) => same(s.name, name));
      if (!sheet) continue;
      const used = sheet.getUsedRangeOrNullObject(true).load('address,values,numberFormat');
      pending.push({ table: name, sheet, header: null, body: used });
    }
    await context.sync();

    const found: Partial<Record<TableName, RawTable>> = {};
    for (const p of pending) found[p.table] = p.header ? tableRows(p) : sheetRows(p);
    return found;
  });
}

function cellsOf(range: Excel.Range): CellValue[][] {
  return range.values.map((row, r) => row.map((v, c) => officeCellValue(v, range.numberFormat[r]?.[c])));
}

function tableRows(p: Pending): RawTable {
  const header = p.header as Excel.Range;
  const box = parseAddress(header.address);
  const rows = cellsOf(p.body);
  return {
    table: p.table,
    sheet: p.sheet.name,
    headerRow: box?.top ?? 1,
    firstColumn: box?.left ?? 1,
    headers: cellsOf(header)[0] ?? [],
    rows: trimBlankRows(rows),
  };
}

/** A sheet read as a table: headers from the first to the last filled cell of row 1. */
function sheetRows(p: Pending): RawTable {
  const empty: RawTable = { table: p.table, sheet: p.sheet.name, headerRow: 1, firstColumn: 1, headers: [], rows: [] };
  if (p.body.isNullObject) return empty;
  const box = parseAddress(p.body.address);
  if (!box || box.top !== 1) return empty;
  const cells = cellsOf(p.body);
  const filled = (cells[0] ?? []).map((v, i) => (v === null ? -1 : i)).filter((i) => i >= 0);
  if (filled.length === 0) return empty;
  const from = filled[0];
  const to = filled[filled.length - 1] + 1;
  return {
    table: p.table,
    sheet: p.sheet.name,
    headerRow: 1,
    firstColumn: box.left + from,
    headers: cells[0].slice(from, to),
    rows: trimBlankRows(cells.slice(1).map((row) => row.slice(from, to))),
  };
}

function trimBlankRows(rows: CellValue[][]): CellValue[][] {
  const out = rows.slice();
  while (out.length > 0 && out[out.length - 1].every((v) => v === null || (typeof v === 'string' && v.trim() === ''))) {
    out.pop();
  }
  return out;
}
