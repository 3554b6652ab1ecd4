// A scenario sheet's columns, timeline rows and formula helpers, shared by its blocks.
// The years stand from column I (one timeline for every sheet); the grids by partner
// use the same columns from I, one partner each, with their own header row.
import { columnLetters } from '../../data/cell-address';
import { carefulSum } from '../../engine/careful-sum';
import type { ScenarioBases, ScenarioOutcome } from '../../engine/scenarios/types';
import type { SheetContext } from '../context';
import { FORMAT_EUR } from '../layout/number-formats';
import type { CellSpec, SheetGrid } from '../layout/sheet-grid';
import { cellRef, rangeRef, sheetRef } from '../layout/sheet-ref';
import { YEAR_FIRST_COL, yearCol } from '../layout/timeline';
import type { LegalFormsLayout, ScenariosSheetLayout } from '../scenario-refs';
import type { CellScalar, StyleName } from '../types';
import type { BasesLayout } from './bases-sheet-layout';
import type { ScenarioSheetFigures } from './scenario-sheet-figures';

/** Columns A–H: code, label, unit, then four value columns D–G and a check column H; years from I. */
export const COL = { code: 1, label: 2, unit: 3, d: 4, e: 5, f: 6, total: 7, check: 8 } as const;
export const HEADER_ROW = 5;
export const INDEX_ROW = 6;
export const HORIZON_ROW = 7;

export interface ScenarioWriter extends WriterSources {
  readonly code: string;
  /** Model years 0 … N. */
  readonly years: readonly number[];
  readonly partnerCount: number;
  /** Last year column. */
  readonly lastYearCol: number;
  /** Column of partner p in the grids by partner. */
  partnerCol(p: number): number;
  /** Column letters of year t. */
  col(t: number): string;
  /** A relative A1 reference (no `$`). */
  rel(row: number, c: number): string;
  /** The year index cell of year t (`I$6`) and its horizon flag (`I$7`). */
  idx(t: number): string;
  inH(t: number): string;
  /** A lever of this scenario on the Scénarios sheet (`'Scénarios'!$D$12`). */
  lever(key: string): string;
  /** A global assumption (`'Hypothèses'!$D$8`). */
  hyp(key: string): string;
  /** An assumption row by year at year t, column relative (`'Hypothèses'!I$27`), and the whole row, absolute. */
  hypYear(key: string, t: number): string;
  hypYears(key: string): string;
  /** The year cells of a row, relative (`I10:N10`) or absolute. */
  yearsRange(row: number): string;
  absYearsRange(row: number): string;
  /** A row's cells across the partners, absolute (`$I$10:$K$10`). */
  partnersRange(row: number): string;
  /** This sheet's address, sheet-qualified (for references from other sheets and checks). */
  here(address: string): string;
  money(spec: CellSpec): CellSpec;
  /** Label and unit of a row. */
  label(row: number, labelKey: string, unitKey?: string, style?: StyleName, params?: Record<string, string | number>): void;
  /** One formula per year column. */
  yearRow(row: number, formula: (t: number) => string, expected: (t: number) => CellScalar, spec?: Partial<CellSpec>): void;
  /** One formula per partner column (one R1C1 formula across them). */
  partnerRow(row: number, formula: (p: number) => string, expected: (p: number) => CellScalar, spec?: Partial<CellSpec>): void;
  /** The row's total over the years, in column G. */
  rowTotal(row: number, values: readonly number[], style?: 'calc' | 'total'): void;
  /** A header row with the partner codes across (the first one reads them from the data sheet). */
  partnerHeader(row: number, labelKey: string): void;
  /** The partner code cell of partner p in the first partner header, absolute. */
  partnerCode(p: number): string;
}

export interface WriterSources {
  readonly ctx: SheetContext;
  readonly grid: SheetGrid;
  readonly sheetName: string;
  readonly scenarios: ScenariosSheetLayout;
  readonly legalForms: LegalFormsLayout;
  readonly bases: BasesLayout;
  readonly basesFigures: ScenarioBases;
  readonly outcome: ScenarioOutcome;
  readonly figures: ScenarioSheetFigures;
}

/** An assumption's address split into its sheet prefix, column letters and row. */
function assumptionCell(ref: string): { prefix: string; col: string; row: number } {
  const bang = ref.lastIndexOf('!');
  const m = /^\$([A-Z]+)\$(\d+)$/.exec(ref.slice(bang + 1));
  if (!m) throw new Error(`Unexpected assumption address ${ref}`);
  return { prefix: ref.slice(0, bang + 1), col: m[1], row: Number(m[2]) };
}

export function scenarioWriter(s: WriterSources): ScenarioWriter {
  const { ctx, grid, outcome } = s;
  const years = outcome.yearIndexes;
  const lastYearCol = yearCol(years.length - 1);
  const partnerCount = outcome.partners.length;
  const partnerCol = (p: number) => YEAR_FIRST_COL + p;
  const lastPartnerCol = partnerCol(Math.max(0, partnerCount - 1));
  const col = (t: number) => columnLetters(yearCol(t));
  const money = (spec: CellSpec): CellSpec => ({ style: 'calc', numberFormat: FORMAT_EUR, ...spec });
  const yearsRange = (row: number) => rangeRef(row, yearCol(0), row, lastYearCol, { absRow: false, absCol: false });
  let codeRow = 0;
  const w: ScenarioWriter = {
    ...s,
    code: outcome.code,
    years,
    partnerCount,
    lastYearCol,
    partnerCol,
    col,
    money,
    yearsRange,
    rel: (row, c) => cellRef(row, c, { absRow: false, absCol: false }),
    idx: (t) => `${col(t)}$${INDEX_ROW}`,
    inH: (t) => `${col(t)}$${HORIZON_ROW}`,
    lever: (key) => s.scenarios.ref(outcome.code, key),
    hyp: (key) => ctx.assumptions.ref(key),
    hypYear(key, t) {
      const { prefix, row } = assumptionCell(ctx.assumptions.ref(`${key}.y${t}`));
      return `${prefix}${col(t)}$${row}`;
    },
    hypYears(key) {
      const first = assumptionCell(ctx.assumptions.ref(`${key}.y0`));
      const last = assumptionCell(ctx.assumptions.ref(`${key}.y${years.length - 1}`));
      return `${first.prefix}$${first.col}$${first.row}:$${last.col}$${last.row}`;
    },
    absYearsRange: (row) => rangeRef(row, yearCol(0), row, lastYearCol),
    partnersRange: (row) => rangeRef(row, partnerCol(0), row, lastPartnerCol),
    here: (address) => sheetRef(s.sheetName, address),
    label(row, labelKey, unitKey, style = 'label', params) {
      grid.text(row, COL.label, ctx.t(labelKey, params), style);
      if (unitKey) grid.text(row, COL.unit, ctx.t(unitKey), 'unit');
    },
    yearRow(row, formula, expected, spec = {}) {
      for (const t of years) grid.put(row, yearCol(t), money({ formula: formula(t), expected: expected(t), ...spec }));
    },
    partnerRow(row, formula, expected, spec = {}) {
      for (let p = 0; p < partnerCount; p++) grid.put(row, partnerCol(p), money({ formula: formula(p), expected: expected(p), ...spec }));
    },
    rowTotal(row, values, style = 'calc') {
      grid.put(row, COL.total, money({ formula: `SUM(${yearsRange(row)})`, expected: carefulSum(values), style }));
    },
    partnerHeader(row, labelKey) {
      grid.text(row, COL.label, ctx.t(labelKey), 'header');
      if (codeRow === 0) codeRow = row;
      const first = codeRow === row;
      for (let p = 0; p < partnerCount; p++) {
        // The first header reads the codes from the data sheet (n-th code in the n-th column), so that a code
        // edited there still lines up; the others repeat it.
        const formula = first
          ? `INDEX(${ctx.dataLayout.column('Partenaires', 'code')},COLUMN()-COLUMN(${cellRef(row, partnerCol(0))})+1)`
          : cellRef(codeRow, partnerCol(p), { absCol: false });
        grid.put(row, partnerCol(p), { formula, expected: outcome.partners[p].partner, style: 'header' });
      }
    },
    partnerCode(p) {
      if (codeRow === 0) throw new Error('No partner header yet');
      return cellRef(codeRow, partnerCol(p));
    },
  };
  return w;
}
