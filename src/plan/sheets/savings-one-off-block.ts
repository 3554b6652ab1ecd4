// One-off costs to achieve: the four lines, their total, phased over the years.
import type { ScenarioResult } from '../../engine/scenario-savings';
import type { AssumptionsSheetLayout } from '../assumptions-layout';
import { rateFormatFor } from '../layout/number-formats';
import { rangeRef } from '../layout/sheet-ref';
import { COL, type SavingsWriter } from './savings-writer';

/** The value of a scalar assumption as the assumptions sheet holds it (the expected value of a reference to it). */
function hypValue(hyp: AssumptionsSheetLayout, key: string): { value: number; defaultValue: number } {
  const entry = hyp.sections.flatMap((s) => s.rows).find((x) => x.entry.key === key)?.entry;
  if (entry?.value === null || entry?.value === undefined) throw new Error(`No single value for assumption ${key}`);
  return { value: entry.value, defaultValue: entry.defaultValue ?? entry.value };
}

/** From `row`: combined charges and payroll, the four one-off lines, their total and the row by year. */
export function putOneOffCosts(w: SavingsWriter, row: number, r: ScenarioResult): { nextRow: number; byYearRow: number } {
  const { ctx, grid, hyp } = w;
  const { code: A, label: B, unit: UNIT, baseline: D, rate: E } = COL;
  const oc = r.oneOff;
  grid.text(row++, A, ctx.t('sheet.savings.section.oneOff'), 'subtitle');
  const line = (labelKey: string, style: 'label' | 'total' = 'label') => {
    const at = row++;
    grid.text(at, B, ctx.t(labelKey), style);
    grid.text(at, UNIT, ctx.t('sheet.unit.eur'), 'unit');
    return at;
  };
  // The rate shows as the assumptions sheet shows its input (0.75 % stays 0.75 %, not 0.8 %).
  const rate = (at: number, key: string) => {
    const { value, defaultValue } = hypValue(hyp, key);
    grid.put(at, E, { formula: hyp.ref(key), expected: value, style: 'calc', numberFormat: rateFormatFor(defaultValue) });
  };
  const chargesRow = line('sheet.savings.combinedCharges');
  grid.put(chargesRow, D, w.money({ formula: `SUMIFS(${w.data('Budgets', 'amountEur')},${w.data('Budgets', 'side')},"CHARGES")`, expected: oc.combinedChargesEur }));
  const payrollRow = line('sheet.savings.combinedPayroll');
  grid.put(payrollRow, D, w.money({ formula: `SUM(${w.data('Effectifs', 'loadedPayrollEur')})`, expected: oc.combinedPayrollEur }));
  const itRow = line('sheet.savings.oneOff.it');
  rate(itRow, 'oneOff.itMigrationRate');
  grid.put(itRow, D, w.money({ formula: `${w.rel(chargesRow, D)}*${w.rel(itRow, E)}`, expected: oc.itMigrationEur }));
  const legalRow = line('sheet.savings.oneOff.legal');
  grid.put(legalRow, D, w.money({ formula: hyp.ref('oneOff.legalFeesEur'), expected: oc.legalFeesEur }));
  const dutyRow = line('sheet.savings.oneOff.registration');
  grid.put(dutyRow, D, w.money({ formula: hyp.ref('oneOff.registrationDutyEur'), expected: oc.registrationDutyEur }));
  const changeRow = line('sheet.savings.oneOff.change');
  rate(changeRow, 'oneOff.changeManagementRate');
  grid.put(changeRow, D, w.money({ formula: `${w.rel(payrollRow, D)}*${w.rel(changeRow, E)}`, expected: oc.changeManagementEur }));
  const totalRow = line('sheet.savings.oneOff.total', 'total');
  grid.put(totalRow, D, w.money({ formula: `SUM(${rangeRef(itRow, D, changeRow, D, { absRow: false, absCol: false })})`, expected: oc.totalEur, style: 'total' }));
  const byYearRow = line('sheet.savings.oneOff.byYear', 'total');
  w.yearRow(byYearRow, (t) => `$D$${totalRow}*${w.hypYear('oneOff.phasing', t)}*${w.inH(t)}`, (t) => oc.byYearEur[t], { style: 'total' });
  w.rowTotal(byYearRow, oc.byYearEur, 'total');
  return { nextRow: row, byYearRow };
}
