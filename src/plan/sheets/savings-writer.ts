// The savings sheet's columns, timeline rows and formula helpers, shared by its blocks.
import type { TableName } from '../../domain/codes';
import { columnLetters } from '../../data/cell-address';
import { carefulSum } from '../../engine/careful-sum';
import type { AssumptionsSheetLayout } from '../assumptions-layout';
import type { SheetContext } from '../context';
import { FORMAT_EUR } from '../layout/number-formats';
import type { CellSpec, SheetGrid } from '../layout/sheet-grid';
import { cellRef, rangeRef, sheetRef } from '../layout/sheet-ref';
import { yearCol } from '../layout/timeline';
import type { CellScalar } from '../types';

/** Columns: code, label, unit, baseline, rate, run rate, total, check; the years from I. */
export const COL = { code: 1, label: 2, unit: 3, baseline: 4, rate: 5, runRate: 6, total: 7, check: 8 } as const;
/** Rows of the calendar years (the timeline header), the model year index and the horizon flag. */
export const HEADER_ROW = 5;
export const INDEX_ROW = 6;
export const HORIZON_ROW = 7;

export interface SavingsWriter {
  readonly ctx: SheetContext;
  readonly grid: SheetGrid;
  readonly hyp: AssumptionsSheetLayout;
  /** Model years 0 … N. */
  readonly years: readonly number[];
  readonly lastCol: number;
  /** Column letters of year t. */
  col(t: number): string;
  /** A relative A1 reference (no `$`). */
  rel(row: number, c: number): string;
  /** The year index cell of year t (`I$6`). */
  idx(t: number): string;
  /** The horizon flag of year t (`I$7`). */
  inH(t: number): string;
  /** An assumption row by year, at year t (`'Hypothèses'!I$27`). */
  hypYear(key: string, t: number): string;
  /** The year cells of a row, relative (`I10:N10`) or absolute. */
  yearsRange(row: number): string;
  absYearsRange(row: number): string;
  data(table: TableName, field: string): string;
  money(spec: CellSpec): CellSpec;
  /** One formula per year column, built from the year index. */
  yearRow(row: number, formula: (t: number) => string, expected: (t: number) => CellScalar, spec?: Partial<CellSpec>): void;
  /** The row's total over the years, in the total column. */
  rowTotal(row: number, values: readonly number[], style?: 'calc' | 'total'): void;
}

export function savingsWriter(ctx: SheetContext, grid: SheetGrid, hyp: AssumptionsSheetLayout, years: readonly number[]): SavingsWriter {
  const lastCol = yearCol(years.length - 1);
  const col = (t: number) => columnLetters(yearCol(t));
  const money = (spec: CellSpec): CellSpec => ({ style: 'calc', numberFormat: FORMAT_EUR, ...spec });
  const yearsRange = (row: number) => rangeRef(row, yearCol(0), row, lastCol, { absRow: false, absCol: false });
  return {
    ctx, grid, hyp, years, lastCol, col, money, yearsRange,
    rel: (row, c) => cellRef(row, c, { absRow: false, absCol: false }),
    idx: (t) => `${col(t)}$${INDEX_ROW}`,
    inH: (t) => `${col(t)}$${HORIZON_ROW}`,
    hypYear: (key, t) => sheetRef(hyp.sheetName, `${col(t)}$${hyp.row(key)}`),
    absYearsRange: (row) => rangeRef(row, yearCol(0), row, lastCol),
    data: (table, field) => ctx.dataLayout.column(table, field),
    yearRow(row, formula, expected, spec = {}) {
      for (const t of years) grid.put(row, yearCol(t), money({ formula: formula(t), expected: expected(t), ...spec }));
    },
    rowTotal(row, values, style = 'calc') {
      grid.put(row, COL.total, money({ formula: `SUM(${yearsRange(row)})`, expected: carefulSum(values), style }));
    },
  };
}
