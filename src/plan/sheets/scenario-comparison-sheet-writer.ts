// The scenario comparison sheet's columns and its row writer: a label and a unit column,
// S0 (the status quo) in C, S1…Sn from D, then the "best" column; the years stand from I
// as on every sheet (the top section keeps left of them while there are at most five scenarios).
import type { ScenarioOutcome } from '../../engine/scenarios/types';
import type { ScoringResult } from '../../engine/scoring/types';
import type { SheetContext } from '../context';
import type { CellSpec, SheetGrid } from '../layout/sheet-grid';
import { rangeRef } from '../layout/sheet-ref';
import type { LegalFormsLayout, ScenarioSheetRefs, ScenariosSheetLayout, ScoringSheetRefs } from '../scenario-refs';
import type { CellScalar, StyleName } from '../types';
import { bestFormula, bestOf, type BestTexts, type Direction } from './scenario-comparison-sheet-best';

export interface ScenarioComparisonOptions {
  readonly refs: readonly ScenarioSheetRefs[];
  readonly scoring: ScoringSheetRefs;
  readonly scoringResult: ScoringResult;
  readonly outcomes: readonly ScenarioOutcome[];
  readonly scenarios: ScenariosSheetLayout;
  readonly legalForms: LegalFormsLayout;
  readonly dataYear: number;
  readonly masterCheck: boolean;
}

export const LABEL_COL = 1;
export const UNIT_COL = 2;
export const S0_COL = 3;
/** Header rows: the scenario codes (values the "best" formulas return), then their names. */
export const CODE_ROW = 7;
export const NAME_ROW = 8;
export const FIRST_BODY_ROW = 10;

/** One row of figures across S0…Sn, with its winner in the "best" column. */
export interface FigureRow {
  readonly label: string;
  readonly unit: string;
  readonly format?: string;
  readonly style?: Extract<StyleName, 'calc' | 'total'>;
  /** The status quo's cell: a value (0, "—"), or a formula where another sheet has its figure (a score). */
  readonly s0: CellScalar | { readonly formula: string; readonly expected: CellScalar };
  /** Scenario i's cell (refs order): a formula with the engine's value. */
  scenario(ref: ScenarioSheetRefs, outcome: ScenarioOutcome, i: number): { readonly formula: string; readonly expected: CellScalar };
  /** Null: a descriptive row, "—" in the best column. */
  readonly direction: Direction | null;
}

export interface ComparisonWriter {
  readonly ctx: SheetContext;
  readonly grid: SheetGrid;
  readonly o: ScenarioComparisonOptions;
  /** Number of scenarios besides S0. */
  readonly n: number;
  readonly bestCol: number;
  readonly texts: BestTexts;
  /** Column of scenario i (refs order). */
  col(i: number): number;
  outcome(i: number): ScenarioOutcome;
  /** Absolute ranges over S1…Sn of the code and name header rows (null without scenarios); over S0…Sn with `withS0`. */
  headerRange(row: number, withS0?: boolean): string | null;
  putFigures(row: number, r: FigureRow): void;
}

export function comparisonWriter(ctx: SheetContext, grid: SheetGrid, o: ScenarioComparisonOptions): ComparisonWriter {
  const n = o.refs.length;
  const col = (i: number) => S0_COL + 1 + i;
  const bestCol = col(n);
  const outcomes = o.refs.map((ref) => {
    const found = o.outcomes.find((x) => x.code === ref.code);
    if (found === undefined) throw new Error(`No outcome for scenario ${ref.code}`);
    return found;
  });
  const texts: BestTexts = { tie: ctx.t('sheet.scenarioComparison.tie'), none: ctx.t('sheet.scenarioComparison.none') };
  const headerRange = (row: number, withS0 = false) =>
    (n === 0 && !withS0 ? null : rangeRef(row, withS0 ? S0_COL : col(0), row, col(n - 1)));
  return {
    ctx, grid, o, n, bestCol, texts, col, headerRange,
    outcome: (i) => outcomes[i],
    putFigures(row, r) {
      const style = r.style ?? 'calc';
      const format = r.format === undefined ? {} : { numberFormat: r.format };
      grid.text(row, LABEL_COL, r.label, style === 'total' ? 'total' : 'label');
      if (r.unit !== '') grid.text(row, UNIT_COL, r.unit, 'unit');
      const s0 = r.s0 !== null && typeof r.s0 === 'object' ? r.s0 : { value: r.s0 };
      grid.put(row, S0_COL, { ...s0, style, ...format });
      const expected = o.refs.map((ref, i) => {
        const cell = r.scenario(ref, outcomes[i], i);
        const spec: CellSpec = { formula: cell.formula, expected: cell.expected, style, ...format };
        grid.put(row, col(i), spec);
        return cell.expected;
      });
      const codes = headerRange(CODE_ROW);
      if (r.direction === null || codes === null) {
        grid.put(row, bestCol, { value: texts.none, style: 'unit' });
        return;
      }
      const cells = rangeRef(row, col(0), row, col(n - 1), { absRow: false, absCol: false });
      grid.put(row, bestCol, {
        formula: bestFormula(cells, codes, r.direction, texts),
        expected: bestOf(expected, o.refs.map((ref) => ref.code), r.direction, texts),
        style: 'check',
      });
    },
  };
}
