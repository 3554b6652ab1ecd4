// What the tornado sheet's blocks share: its columns and header rows, and small writers of its cells
// (year references, present values, labels, money), so that each block reads as a layout.
import { columnLetters } from '../../data/cell-address';
import { netPresentValue } from '../../engine/net-present-value';
import type { ScenarioGlobals } from '../../engine/scenarios/scenario-globals';
import type { SensitivityDriver } from '../../engine/sensitivity/sensitivity-drivers';
import { FORMAT_EUR, FORMAT_RATE, FORMAT_YEARS, rateFormatFor } from '../layout/number-formats';
import type { CellSpec, SheetGrid } from '../layout/sheet-grid';
import { cellRef, rangeRef, sheetRef } from '../layout/sheet-ref';
import { lastYearCol, yearCol } from '../layout/timeline';
import type { ModelContext } from '../sheet-context';

export const TORNADO_SHEET_KEY = 'tornado';
export const COL = { key: 1, label: 2, low: 3, high: 4, npvLow: 5, npvHigh: 6, swing: 7, rank: 8 } as const;
/**
 * The sorted table's changes from the base NPV stand in the first two year columns, where its rows have no
 * years: each reads the NPV four columns to its left (npvLow, npvHigh), so the row keeps one R1C1 formula.
 */
export const CHANGE_COL = { low: yearCol(0), high: yearCol(1) } as const;
/**
 * Blank rows each block keeps below its sorted table for its tornado chart (issue 8): at least 20, and
 * 10 more than the drivers, so that every driver's label shows on the category axis (about 20 px a row).
 */
export function chartSpaceRows(drivers: number): number {
  return Math.max(20, drivers + 10);
}
export const HEADER_ROW = 5;
export const INDEX_ROW = 6;
export const HORIZON_ROW = 7;
/** The sorted table mixes rates, factors and years: a plain decimal shows each as typed. */
export const FORMAT_MIXED = '0.0##';

export interface TornadoWriter {
  readonly ctx: ModelContext;
  readonly grid: SheetGrid;
  readonly globals: ScenarioGlobals;
  /** Last model year N, and the years 0 … N. */
  readonly n: number;
  readonly years: readonly number[];
  /** Year t's model year index and horizon flag on this sheet (column relative, row fixed). */
  idx(t: number): string;
  inH(t: number): string;
  /** An assumption's cell, and a row by year of the assumptions sheet over the timeline. */
  hyp(key: string): string;
  hypYears(key: string): string;
  /** x_0 + NPV(rate, x_1 … x_N) over the year cells `cell(t)`; the engine's value of the same. */
  pvFormula(cell: (t: number) => string, rate?: string): string;
  pvOf(values: readonly number[]): number;
  /** Year t's cell of one of this sheet's rows. */
  localRow(row: number): (t: number) => string;
  /** A range from two sheet-qualified cells of one row (the prefix kept once). */
  span(first: string, last: string): string;
  label(row: number, key: string, params?: Record<string, string | number>): void;
  money(formula: string, expected: number, style?: 'calc' | 'total' | 'output'): CellSpec;
}

export function tornadoWriter(ctx: ModelContext, grid: SheetGrid, globals: ScenarioGlobals): TornadoWriter {
  const n = globals.horizonYears;
  const col = (t: number) => columnLetters(yearCol(t));
  const span = (first: string, last: string) => `${first}:${last.slice(last.lastIndexOf('!') + 1)}`;
  return {
    ctx, grid, globals, n,
    years: Array.from({ length: n + 1 }, (_, t) => t),
    idx: (t) => `${col(t)}$${INDEX_ROW}`,
    inH: (t) => `${col(t)}$${HORIZON_ROW}`,
    hyp: (key) => ctx.assumptions.ref(key),
    hypYears: (key) => sheetRef(ctx.assumptions.sheetName, rangeRef(ctx.assumptions.row(key), yearCol(0), ctx.assumptions.row(key), lastYearCol(n))),
    pvFormula: (cell, rate = 'DiscountRate') => `${cell(0)}+NPV(${rate},${span(cell(1), cell(n))})`,
    pvOf(values) {
      const v = netPresentValue(values, globals.discountRate);
      if (!v.ok) throw new RangeError(`No present value at a discount rate of ${globals.discountRate}`);
      return v.value;
    },
    localRow: (row) => (t) => cellRef(row, yearCol(t)),
    span,
    label: (row, key, params = {}) => grid.text(row, COL.label, ctx.t(key, params)),
    money: (formula, expected, style = 'calc') => ({ formula, expected, style, numberFormat: FORMAT_EUR }),
  };
}

/** A driver's label: the function's savings rate, or the driver's own text. */
export function driverLabel(ctx: Pick<ModelContext, 't'>, d: SensitivityDriver): string {
  return d.kind === 'savingsRate'
    ? ctx.t('sheet.tornado.driver.savingsRate', { function: ctx.t(`domain.function.${d.functionCode}`) })
    : ctx.t(`sheet.tornado.driver.${d.kind}`);
}

/** The number format of a driver's values: years for the slip, fine rates for rates, percentages for factors. */
export function driverFormat(d: SensitivityDriver): string {
  if (d.kind === 'rampUpSlip') return FORMAT_YEARS;
  // As the assumptions sheet shows the input it repeats (0.0 %, or 0.00 % under 1 %).
  if (d.kind === 'savingsRate' || d.kind === 'discountRate') return rateFormatFor(d.base);
  return FORMAT_RATE;
}
