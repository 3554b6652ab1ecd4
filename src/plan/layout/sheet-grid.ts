// A small accumulator of plan cells for one sheet, so that builders read as layouts.
import type { PlanCell, StyleName } from '../types';

/** A cell without its position: the grid places it. */
export type CellSpec = Omit<PlanCell, 'row' | 'col'>;

export class SheetGrid {
  // A plain list, checked once at the end: the data sheet of a large cooperation puts hundreds of
  // thousands of cells, and a map keyed by address text was a fifth of the model build (issue 9).
  private readonly list: PlanCell[] = [];
  private inOrder = true;

  /** Put one cell; a second put on the same cell is a fault of the builder (reported by cells()). */
  put(row: number, col: number, spec: CellSpec): void {
    this.add({ row, col, ...spec });
  }

  /** Put a cell that already carries its position; the grid keeps the object itself, which the caller must not reuse. */
  place(cell: PlanCell): void {
    this.add(cell);
  }

  private add(cell: PlanCell): void {
    if (cell.formula !== undefined && cell.expected === undefined) throw new Error(`Formula at R${cell.row}C${cell.col} has no expected value`);
    const last = this.list[this.list.length - 1];
    if (last !== undefined && (last.row > cell.row || (last.row === cell.row && last.col > cell.col))) this.inOrder = false;
    this.list.push(cell);
  }

  text(row: number, col: number, value: string, style: StyleName = 'label'): void {
    this.put(row, col, { value, style });
  }

  /** The cells by row, then column; throws when a cell was put twice. */
  cells(): PlanCell[] {
    const cells = this.list.slice();
    if (!this.inOrder) cells.sort((a, b) => a.row - b.row || a.col - b.col);
    // Sorted, a cell put twice sits next to itself: one pass finds it.
    for (let i = 1; i < cells.length; i += 1) {
      if (cells[i].row === cells[i - 1].row && cells[i].col === cells[i - 1].col) throw new Error(`Cell R${cells[i].row}C${cells[i].col} written twice`);
    }
    return cells;
  }
}

