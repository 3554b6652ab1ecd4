// The <sheetData> rows of one plan sheet, written as text through the internals of ExcelJS 4.4's
// WorksheetWriter (stream/xlsx/worksheet-writer.js) instead of its Row and Cell objects (issue 9).
// Of what that writer keeps per row, nothing is lost: it tracks no dimensions, and a plan has no merged
// cells, hyperlinks (its links are HYPERLINK formulas), comments or shared formulas.
import type { PlanCell, PlanSheet } from '../../plan/types';
import { rowXml, type CellRegisters } from './stream-row-xml';

/** What this module uses of a WorksheetWriter: the same steps its _writeRow takes before the first row. */
export interface SheetDataInternals {
  startedData: boolean;
  _writeColumns(): void;
  _writeOpenSheetData(): void;
  readonly stream: { write(data: string): unknown };
}

/** Rows written between two turns of the event loop, in which the zip compresses and drops what was written. */
const ROWS_PER_TURN = 2000;
/** Characters of row XML gathered before they are handed to the sheet's stream. */
const CHUNK_CHARS = 1 << 16;

interface PlanRow {
  readonly row: number;
  readonly cells: PlanCell[];
}

/** The rows of the sheet in ascending order, table header texts in place (a table owns its header text; the plan's cell only styles it). */
function rowsOf(sheet: PlanSheet): PlanRow[] {
  const byRow = new Map<number, PlanCell[]>();
  for (const cell of sheet.cells) {
    const list = byRow.get(cell.row);
    if (list) list.push(cell);
    else byRow.set(cell.row, [cell]);
  }
  for (const table of sheet.tables) {
    const headers = new Map(table.headers.map((text, i) => [table.col + i, text]));
    const list = byRow.get(table.row) ?? [];
    const replaced = list.map((cell) => {
      const text = headers.get(cell.col);
      return text === undefined ? cell : { row: cell.row, col: cell.col, value: text, style: cell.style, numberFormat: cell.numberFormat };
    });
    const planned = new Set(list.map((cell) => cell.col));
    for (const [col, text] of headers) if (!planned.has(col)) replaced.push({ row: table.row, col, value: text });
    byRow.set(table.row, replaced);
  }
  return [...byRow].map(([row, cells]) => ({ row, cells })).sort((a, b) => a.row - b.row);
}

/** One cell per column in ascending order; of two cells at one address the later one wins, as when it overwrote the first. */
function inColumnOrder(cells: PlanCell[]): PlanCell[] {
  let ordered = true;
  for (let i = 1; i < cells.length && ordered; i++) ordered = cells[i - 1].col < cells[i].col;
  if (ordered) return cells;
  const last = new Map<number, PlanCell>();
  for (const cell of cells) last.set(cell.col, cell);
  return [...last.values()].sort((a, b) => a.col - b.col);
}

/**
 * Writes the rows of `sheet` in ascending order into the worksheet's stream, with the columns and
 * <sheetData> opening first as ExcelJS writes them before its first row; the worksheet's commit closes them.
 * @example await writeSheetRows(ws as unknown as SheetDataInternals, sheet, sheetNames, registers);
 */
export async function writeSheetRows(
  ws: SheetDataInternals, sheet: PlanSheet, sheetNames: ReadonlyMap<string, string>, registers: CellRegisters,
): Promise<void> {
  const rows = rowsOf(sheet);
  let chunk = '';
  const flush = () => {
    if (chunk === '') return;
    if (!ws.startedData) {
      ws._writeColumns();
      ws._writeOpenSheetData();
      ws.startedData = true;
    }
    ws.stream.write(chunk);
    chunk = '';
  };
  let count = 0;
  for (const { row, cells } of rows) {
    chunk += rowXml(row, inColumnOrder(cells), sheetNames, registers);
    if (chunk.length >= CHUNK_CHARS) flush();
    // Without a pause the whole sheet's XML would wait in memory for the archive to read it.
    if (++count % ROWS_PER_TURN === 0) {
      flush();
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
  flush();
}
