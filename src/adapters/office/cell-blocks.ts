// Groups a sheet's cells into rectangles, so that each rectangle is written with
// one 2-D array per property instead of one call per cell.
import type { PlanCell } from '../../plan/types';

/** A filled rectangle of cells; `cells[r][c]` stands at (row + r, col + c). */
export interface CellBlock {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  readonly cells: readonly (readonly PlanCell[])[];
}

/**
 * The cells as rectangles without holes: each row's runs of adjacent columns,
 * runs spanning the same columns on consecutive rows merged into one block.
 * Blocks come in order of their first row; every cell is in exactly one block
 * (the last of two cells on one address wins, as a sheet would keep it).
 *
 * @example cellBlocks([{row:1,col:1,value:1},{row:1,col:2,value:2},{row:2,col:1,value:3},{row:2,col:2,value:4}]) // one 2×2 block
 */
export function cellBlocks(cells: readonly PlanCell[]): CellBlock[] {
  const byAddress = new Map<string, PlanCell>();
  for (const cell of cells) byAddress.set(`${cell.row}:${cell.col}`, cell);
  const sorted = [...byAddress.values()].sort((a, b) => a.row - b.row || a.col - b.col);

  const open = new Map<string, { row: number; col: number; cols: number; rows: PlanCell[][] }>();
  const done: { row: number; col: number; cols: number; rows: PlanCell[][] }[] = [];
  let i = 0;
  while (i < sorted.length) {
    const row = sorted[i].row;
    const seen = new Set<string>();
    while (i < sorted.length && sorted[i].row === row) {
      const run: PlanCell[] = [sorted[i]];
      i += 1;
      while (i < sorted.length && sorted[i].row === row && sorted[i].col === run[run.length - 1].col + 1) {
        run.push(sorted[i]);
        i += 1;
      }
      const span = `${run[0].col}:${run.length}`;
      const block = open.get(span);
      if (block && block.row + block.rows.length === row) {
        block.rows.push(run);
      } else {
        if (block) done.push(block);
        open.set(span, { row, col: run[0].col, cols: run.length, rows: [run] });
      }
      seen.add(span);
    }
    // A block whose columns are not continued on this row is finished.
    for (const [span, block] of open) {
      if (!seen.has(span)) {
        done.push(block);
        open.delete(span);
      }
    }
  }
  done.push(...open.values());
  return done
    .map((b) => ({ row: b.row, col: b.col, rows: b.rows.length, cols: b.cols, cells: b.rows }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
}

/** The block cut into blocks of at most `maxRows` rows. */
export function splitRows(block: CellBlock, maxRows: number): CellBlock[] {
  if (block.rows <= maxRows) return [block];
  const parts: CellBlock[] = [];
  for (let r = 0; r < block.rows; r += maxRows) {
    const cells = block.cells.slice(r, r + maxRows);
    parts.push({ row: block.row + r, col: block.col, rows: cells.length, cols: block.cols, cells });
  }
  return parts;
}
