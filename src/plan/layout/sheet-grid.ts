// A small accumulator of plan cells for one sheet, so that builders read as layouts.
import type { PlanCell, StyleName } from '../types';

/** A cell without its position: the grid places it. */
export type CellSpec = Omit<PlanCell, 'row' | 'col'>;

export class SheetGrid {
  private readonly byAddress = new Map<string, PlanCell>();

  /** Put one cell; a second put on the same cell is a fault of the builder. */
  put(row: number, col: number, spec: CellSpec): void {
    const key = `${row}:${col}`;
    if (this.byAddress.has(key)) throw new Error(`Cell R${row}C${col} written twice`);
    if (spec.formula !== undefined && spec.expected === undefined) throw new Error(`Formula at R${row}C${col} has no expected value`);
    this.byAddress.set(key, { row, col, ...spec });
  }

  text(row: number, col: number, value: string, style: StyleName = 'label'): void {
    this.put(row, col, { value, style });
  }

  cells(): PlanCell[] {
    return [...this.byAddress.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  }
}
