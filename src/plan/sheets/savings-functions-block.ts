// Savings by pooled function and year: baseline, rate, run rate, ramped-up savings.
import { carefulSum } from '../../engine/careful-sum';
import type { ScenarioResult } from '../../engine/scenario-savings';
import { booleanFormat, rateFormatFor } from '../layout/number-formats';
import { rangeRef } from '../layout/sheet-ref';
import { yearCol } from '../layout/timeline';
import { COL, type SavingsWriter } from './savings-writer';

export interface FunctionsBlock {
  readonly nextRow: number;
  readonly firstFunctionRow: number;
  readonly lastFunctionRow: number;
  readonly totalRow: number;
}

/** From `row`: one row per pooled function, then the total row. */
export function putFunctionSavings(w: SavingsWriter, row: number, r: ScenarioResult): FunctionsBlock {
  const { ctx, grid, hyp } = w;
  const { code: A, label: B, unit: UNIT, baseline: D, rate: E, runRate: F, total: G, check: H } = COL;
  grid.text(row++, A, ctx.t('sheet.savings.section.savings'), 'subtitle');
  const firstFunctionRow = row;
  for (const f of r.functions) {
    const at = row++;
    grid.text(at, A, f.code, 'note');
    grid.text(at, B, ctx.t(`domain.function.${f.code}`));
    grid.text(at, UNIT, ctx.t('sheet.unit.eurPerYear'), 'unit');
    grid.put(at, D, w.money({
      formula: `SUMIFS(${w.data('Budgets', 'amountEur')},${w.data('Budgets', 'side')},"CHARGES",${w.data('Budgets', 'function')},$A${at})`,
      expected: f.baselineEur,
    }));
    // Shown as the assumptions sheet shows the input it repeats.
    const rateEntry = hyp.sections.flatMap((s) => s.rows).find((x) => x.entry.key === `savingsRate.${f.code}`)?.entry;
    grid.put(at, E, {
      formula: hyp.ref(`savingsRate.${f.code}`), expected: f.savingsRate, style: 'calc',
      numberFormat: rateFormatFor(rateEntry?.defaultValue ?? f.savingsRate),
    });
    grid.put(at, F, w.money({ formula: `${w.rel(at, D)}*${w.rel(at, E)}`, expected: f.runRateEur }));
    w.rowTotal(at, f.byYearEur);
    grid.put(at, H, {
      formula: `SUMPRODUCT(--(ABS(${w.yearsRange(at)})>ABS(${w.rel(at, D)})))=0`,
      expected: f.byYearEur.every((v) => !(Math.abs(v) > Math.abs(f.baselineEur))), style: 'check', numberFormat: booleanFormat(ctx.t),
    });
    w.yearRow(at, (t) => `$F${at}*${w.hypYear(`rampUp.${f.code}`, t)}*${w.inH(t)}`, (t) => f.byYearEur[t]);
  }
  const lastFunctionRow = row - 1;
  const totalRow = row++;
  const down = (c: number) => `SUM(${rangeRef(firstFunctionRow, c, lastFunctionRow, c, { absRow: false, absCol: false })})`;
  grid.text(totalRow, B, ctx.t('sheet.savings.savingsTotal'), 'total');
  grid.put(totalRow, D, w.money({ formula: down(D), expected: r.baselineTotalEur, style: 'total' }));
  grid.put(totalRow, F, w.money({ formula: down(F), expected: r.runRateTotalEur, style: 'total' }));
  grid.put(totalRow, G, w.money({ formula: down(G), expected: carefulSum(r.functions.map((f) => f.totalEur)), style: 'total' }));
  w.yearRow(totalRow, (t) => down(yearCol(t)), (t) => r.savingsByYearEur[t], { style: 'total' });
  return { nextRow: row, firstFunctionRow, lastFunctionRow, totalRow };
}
