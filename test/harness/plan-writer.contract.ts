// One contract for every plan writer (ExcelJS file, Office.js workbook): the
// same plan in, the same cells out. Each adapter's test calls
// `planWriterContract(name, writeAndReadBack)` with its own write-then-read.
import fc from 'fast-check';
import type { PlanCell, PlanSheet, WorkbookPlan } from '../../src/plan/types';
import { cellAddress } from '../../src/adapters/exceljs/plan-address';
import { smallPlan } from '../plan-fixtures/small-plan';
import { fixtureStyles } from '../plan-fixtures/styles';
import { parseCellRef, type Grid } from './grid';

export type WriteAndReadBack = (plan: WorkbookPlan) => Promise<Grid>;

/** Registers the contract's tests under `describe(name)`. */
export function planWriterContract(name: string, writeAndReadBack: WriteAndReadBack): void {
  describe(`plan writer contract: ${name}`, () => {
    let plan: WorkbookPlan;
    let grid: Grid;
    beforeAll(async () => {
      plan = smallPlan();
      grid = await writeAndReadBack(plan);
    });

    it('writes the sheets in plan order with their names', () => {
      expect(grid.sheetNames).toEqual(plan.sheets.map((s) => s.name));
    });

    it('writes every plain value as the plan gives it', () => {
      expect(valueDifferences(plan, grid)).toEqual([]);
    });

    it('writes every formula as the plan gives it', () => {
      expect(formulaDifferences(plan, grid)).toEqual([]);
    });

    it('writes the number format of each cell that has one', () => {
      expect(formatDifferences(plan, grid)).toEqual([]);
    });

    it('defines each name on its one cell', () => {
      const found = Object.fromEntries(
        Object.entries(grid.names).map(([n, ref]) => [n, parseCellRef(ref)]),
      );
      const wanted = Object.fromEntries(
        plan.names.map((n) => [
          n.name,
          { sheet: plan.sheets.find((s) => s.key === n.sheetKey)?.name, address: cellAddress(n.row, n.col) },
        ]),
      );
      expect(found).toEqual(wanted);
    });

    it('round-trips arbitrary values and formulas (seeded)', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(cellArbitrary, { minLength: 1, maxLength: 12 }), async (cells) => {
          const generated = onePlan(uniqueCells(cells));
          const back = await writeAndReadBack(generated);
          expect(valueDifferences(generated, back)).toEqual([]);
          expect(formulaDifferences(generated, back)).toEqual([]);
          expect(formatDifferences(generated, back)).toEqual([]);
        }),
        { seed: 20261126, numRuns: 15 },
      );
    });
  });
}

/** Cells whose read-back differs from the plan, as `Sheet!A1: wanted ≠ found`. */
export function valueDifferences(plan: WorkbookPlan, grid: Grid): string[] {
  const out: string[] = [];
  each(plan, (sheet, cell, address) => {
    if (cell.formula !== undefined) return;
    const found = grid.sheets[sheet.name]?.[address]?.value ?? null;
    const wanted = cell.value === '' ? null : (cell.value ?? null);
    if (found !== wanted) out.push(`${sheet.name}!${address}: ${JSON.stringify(wanted)} ≠ ${JSON.stringify(found)}`);
  });
  return out;
}

/** Cells whose read-back differs from the plan, as `Sheet!A1: wanted ≠ found`. */
export function formulaDifferences(plan: WorkbookPlan, grid: Grid): string[] {
  const out: string[] = [];
  each(plan, (sheet, cell, address) => {
    if (cell.formula === undefined) return;
    const found = grid.sheets[sheet.name]?.[address]?.formula?.replace(/^=/, '');
    if (found !== cell.formula) out.push(`${sheet.name}!${address}: ${cell.formula} ≠ ${String(found)}`);
  });
  return out;
}

/** Cells whose read-back differs from the plan, as `Sheet!A1: wanted ≠ found`. */
export function formatDifferences(plan: WorkbookPlan, grid: Grid): string[] {
  const out: string[] = [];
  each(plan, (sheet, cell, address) => {
    if (cell.numberFormat === undefined) return;
    const found = grid.sheets[sheet.name]?.[address]?.numberFormat;
    if (found !== cell.numberFormat) out.push(`${sheet.name}!${address}: ${cell.numberFormat} ≠ ${String(found)}`);
  });
  return out;
}

function each(plan: WorkbookPlan, visit: (sheet: PlanSheet, cell: PlanCell, address: string) => void): void {
  for (const sheet of plan.sheets) for (const cell of sheet.cells) visit(sheet, cell, cellAddress(cell.row, cell.col));
}

const formats = ['0.0 %', '#,##0 €', '0.00', '# ##0 €'];
const plainText = fc
  .string({ minLength: 1, maxLength: 20 })
  .filter((s) => s.trim() === s && !s.startsWith('=') && !s.startsWith('#'));
const cellArbitrary = fc.record({
  row: fc.integer({ min: 1, max: 40 }),
  col: fc.integer({ min: 1, max: 30 }),
  content: fc.oneof(
    fc.record({
      value: fc.oneof(
        fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
        plainText,
        fc.boolean(),
      ),
    }),
    fc.record({ formula: fc.constantFrom('SUM(A1:A3)', 'IF(B2>0,1,0)', "'Feuille 1'!A1*2", 'ROUND(A1,0)') }),
  ),
  numberFormat: fc.option(fc.constantFrom(...formats), { nil: undefined }),
});

type GeneratedCell = {
  row: number;
  col: number;
  content: { value: string | number | boolean } | { formula: string };
  numberFormat?: string;
};

/** One cell per address, the last generated one winning. */
function uniqueCells(cells: GeneratedCell[]): PlanCell[] {
  const seen = new Map<string, PlanCell>();
  for (const c of cells) {
    const numberFormat = c.numberFormat === undefined ? {} : { numberFormat: c.numberFormat };
    seen.set(`${c.row}:${c.col}`, { row: c.row, col: c.col, ...c.content, ...numberFormat });
  }
  return [...seen.values()];
}

function onePlan(cells: PlanCell[]): WorkbookPlan {
  return {
    productVersion: 'contract',
    lang: 'en',
    sheets: [
      {
        key: 'one',
        name: 'Feuille 1',
        class: 'calculation',
        cells,
        tables: [],
        validations: [],
        conditionalFormats: [],
        freeze: null,
        columnWidths: [],
        protect: false,
        print: null,
        tabColor: null,
      },
    ],
    names: [],
    styles: fixtureStyles,
  };
}
