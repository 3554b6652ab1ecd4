import fc from 'fast-check';
import type { PlanCell } from '../../plan/types';
import { cellBlocks, splitRows } from './cell-blocks';

const at = (row: number, col: number): PlanCell => ({ row, col, value: row * 100 + col });

describe('cellBlocks', () => {
  it('makes one block of a filled rectangle', () => {
    const cells = [at(2, 2), at(2, 3), at(3, 2), at(3, 3)];
    expect(cellBlocks(cells).map(({ row, col, rows, cols }) => [row, col, rows, cols])).toEqual([[2, 2, 2, 2]]);
  });

  it('splits at a hole and at a change of column span', () => {
    // Row 1: A–C; row 2: A–C; row 3: A and C (hole at B); row 4: A–B.
    const cells = [at(1, 1), at(1, 2), at(1, 3), at(2, 1), at(2, 2), at(2, 3), at(3, 1), at(3, 3), at(4, 1), at(4, 2)];
    const boxes = cellBlocks(cells).map(({ row, col, rows, cols }) => [row, col, rows, cols]);
    expect(boxes).toEqual([[1, 1, 2, 3], [3, 1, 1, 1], [3, 3, 1, 1], [4, 1, 1, 2]]);
  });

  it('puts every cell in exactly one hole-free block (seeded)', () => {
    const cell = fc.record({ row: fc.integer({ min: 1, max: 12 }), col: fc.integer({ min: 1, max: 8 }) });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 60 }), (coords) => {
        const cells = coords.map((c) => at(c.row, c.col));
        const unique = new Set(cells.map((c) => `${c.row}:${c.col}`));
        const seen: string[] = [];
        for (const block of cellBlocks(cells)) {
          expect(block.cells).toHaveLength(block.rows);
          block.cells.forEach((row, r) =>
            row.forEach((c, k) => {
              expect([c.row, c.col]).toEqual([block.row + r, block.col + k]);
              seen.push(`${c.row}:${c.col}`);
            }),
          );
        }
        expect(seen.sort()).toEqual([...unique].sort());
      }),
      { seed: 4711, numRuns: 200 },
    );
  });

  it('cuts a tall block into parts of at most n rows', () => {
    const block = cellBlocks(Array.from({ length: 5 }, (_, r) => at(r + 1, 1)))[0];
    expect(splitRows(block, 2).map((b) => [b.row, b.rows])).toEqual([[1, 2], [3, 2], [5, 1]]);
  });
});
