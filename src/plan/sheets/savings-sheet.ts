// Mutualisation (calculation): scenario S1, every figure a formula over the data and
// assumptions sheets, one formula per row across the year columns (MODELLING.md).
// The blocks (functions, one-off costs, harmonisation, result) live in their own files.
import { carefulSum } from '../../engine/careful-sum';
import type { ScenarioResult } from '../../engine/scenario-savings';
import type { AssumptionsSheetLayout } from '../assumptions-layout';
import type { PlanCheck, SheetBuild, SheetContext } from '../context';
import { FORMAT_FLAG, FORMAT_YEAR } from '../layout/number-formats';
import { SheetGrid } from '../layout/sheet-grid';
import { cellRef, rangeRef, sheetRef } from '../layout/sheet-ref';
import { YEAR_FIRST_COL, yearCol } from '../layout/timeline';
import type { PlanName } from '../types';
import { putFunctionSavings } from './savings-functions-block';
import { putHarmonisation } from './savings-harmonisation-block';
import { putOneOffCosts } from './savings-one-off-block';
import { putResult } from './savings-result-block';
import { COL, HEADER_ROW, HORIZON_ROW, INDEX_ROW, savingsWriter } from './savings-writer';
import { putFrame } from './sheet-frame';

export interface SavingsSheetOptions {
  readonly assumptionsLayout: AssumptionsSheetLayout;
  readonly result: ScenarioResult;
  readonly dataYear: number;
  readonly masterCheck: boolean;
}

/** The savings sheet of scenario S1 and its checks and defined names. */
export function buildSavingsSheet(ctx: SheetContext, o: SavingsSheetOptions): SheetBuild {
  const { result: r } = o;
  const n = r.yearIndexes.length - 1;
  const grid = new SheetGrid();
  const w = savingsWriter(ctx, grid, o.assumptionsLayout, r.yearIndexes);
  const sheetName = ctx.names.savings;

  putFrame(grid, ctx, { title: ctx.t('sheet.savings.title'), sheetClass: 'calculation', dataYear: o.dataYear, masterCheck: o.masterCheck, masterCheckCol: COL.runRate });
  grid.text(3, 1, ctx.t('sheet.savings.note'), 'note');
  (['code', 'label', 'unit', 'baseline', 'rate', 'runRate', 'total', 'check'] as const).forEach((h) =>
    grid.text(HEADER_ROW, COL[h], ctx.t(`sheet.savings.header.${h}`), 'header'));
  grid.text(INDEX_ROW, COL.label, ctx.t('sheet.common.yearIndex'), 'note');
  grid.text(HORIZON_ROW, COL.label, ctx.t('sheet.common.inHorizon'), 'note');
  for (const t of r.yearIndexes) {
    grid.put(HEADER_ROW, yearCol(t), { formula: `FirstYear+${w.idx(t)}`, expected: r.calendarYears[t], style: 'header', numberFormat: FORMAT_YEAR });
    grid.put(INDEX_ROW, yearCol(t), { formula: `COLUMN()-COLUMN(${cellRef(INDEX_ROW, YEAR_FIRST_COL)})`, expected: t, style: 'note', numberFormat: FORMAT_YEAR });
    grid.put(HORIZON_ROW, yearCol(t), { formula: `IF(${w.idx(t)}<=HorizonYears,1,0)`, expected: 1, style: 'note', numberFormat: FORMAT_FLAG });
  }

  const functions = putFunctionSavings(w, 9, r);
  const oneOff = putOneOffCosts(w, functions.nextRow + 1, r);
  const harmonisation = putHarmonisation(w, oneOff.nextRow + 1, r);
  const result = putResult(w, harmonisation.nextRow + 1, r, {
    savingsRow: functions.totalRow, oneOffRow: oneOff.byYearRow, harmonisationRow: harmonisation.byYearRow,
  });

  const D = COL.baseline;
  const names: PlanName[] = [
    { name: 'S1_NPV', sheetKey: 'savings', row: result.npvRow, col: D },
    { name: 'S1_Payback', sheetKey: 'savings', row: result.paybackRow, col: D },
    { name: 'S1_NetBenefitTotal', sheetKey: 'savings', row: result.netBenefitTotalRow, col: D },
    { name: 'S1_OneOffCosts', sheetKey: 'savings', row: result.oneOffTotalRow, col: D },
  ];
  const here = (a: string) => sheetRef(sheetName, a);
  const total = (row: number) => here(cellRef(row, COL.total));
  const checks: PlanCheck[] = [
    {
      key: 'savingsBaseline', label: ctx.t('sheet.check.savingsBaseline'),
      formula: `AND(${here(rangeRef(functions.firstFunctionRow, COL.check, functions.lastFunctionRow, COL.check))})`,
      expected: r.functions.every((f) => f.byYearEur.every((v) => !(Math.abs(v) > Math.abs(f.baselineEur)))),
    },
    {
      key: 'netBenefit', label: ctx.t('sheet.check.netBenefit'),
      formula: `ABS(${total(result.netBenefitRow)}-(${total(result.savingsRow)}-${total(result.oneOffRow)}-${total(result.harmonisationRow)}))<1/100`,
      expected: Math.abs(r.netBenefitTotalEur - (r.savingsTotalEur - r.oneOffTotalEur - carefulSum(r.harmonisation.byYearEur))) < 0.01,
    },
  ];
  const lastCol = Math.max(w.lastCol, harmonisation.lastPartnerCol);
  return {
    sheet: {
      key: 'savings', name: sheetName, class: 'calculation', cells: grid.cells(), tables: [], validations: [],
      conditionalFormats: [
        { range: { row: 2, col: COL.runRate + 1, rows: 1, cols: 1 }, kind: 'trueFalse' },
        { range: { row: functions.firstFunctionRow, col: COL.check, rows: functions.lastFunctionRow - functions.firstFunctionRow + 1, cols: 1 }, kind: 'trueFalse' },
      ],
      freeze: { rows: HORIZON_ROW, cols: 2 },
      columnWidths: [26, 50, 9, 16, 14, 16, 16, 12, ...Array.from({ length: lastCol - COL.check }, () => 14)],
      protect: true,
      print: {
        landscape: true, fitToWidth: true,
        area: { row: 1, col: 1, rows: result.nextRow, cols: lastCol },
        // The column headers, model years and horizon flags head every printed page.
        printTitleRows: { first: HEADER_ROW, last: HORIZON_ROW },
        header: ctx.t('sheet.common.printHeader', { title: ctx.t('sheet.savings.title'), year: o.dataYear }),
        footer: ctx.t('sheet.common.printFooter'),
      },
      tabColor: 'FF70AD47',
      timeline: { row: HEADER_ROW, firstCol: YEAR_FIRST_COL, count: n + 1 },
    },
    checks,
    names,
  };
}
