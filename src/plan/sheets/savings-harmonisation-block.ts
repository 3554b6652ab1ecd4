// Harmonisation of collective agreements: FTE, payroll and average loaded cost by staff
// category and partner, the target (highest average) and the gap, then the cost by year.
import { STAFF_CATEGORIES } from '../../domain/codes';
import { columnLetters } from '../../data/cell-address';
import { carefulSum } from '../../engine/careful-sum';
import type { ScenarioResult } from '../../engine/scenario-savings';
import { FORMAT_FTE } from '../layout/number-formats';
import { cellRef, rangeRef } from '../layout/sheet-ref';
import { YEAR_FIRST_COL } from '../layout/timeline';
import { equals, sumWhere } from './partner-formulas';
import { COL, type SavingsWriter } from './savings-writer';

/** From `row`: the three grids (partners across from column I), the gap and the cost by year. */
export function putHarmonisation(w: SavingsWriter, row: number, r: ScenarioResult): { nextRow: number; byYearRow: number; lastPartnerCol: number } {
  const { ctx, grid, hyp } = w;
  const { code: A, label: B, unit: UNIT, baseline: D, rate: E, runRate: F } = COL;
  const hm = r.harmonisation;
  const pCol = (i: number) => YEAR_FIRST_COL + i;
  const lastP = pCol(Math.max(0, hm.partners.length - 1));
  grid.text(row++, A, ctx.t('sheet.savings.section.harmonisation'), 'subtitle');
  // The partner codes are read from the data sheet (n-th code in the n-th column), so that a code
  // edited there still lines the grid up.
  const partnerHeader = (atRow: number, labelKey: string) => {
    grid.text(atRow, B, ctx.t(labelKey), 'header');
    hm.partners.forEach((p, i) => grid.put(atRow, pCol(i), {
      formula: `INDEX(${w.data('Partenaires', 'code')},COLUMN()-COLUMN(${cellRef(atRow, pCol(0))})+1)`, expected: p, style: 'header',
    }));
  };
  const categoryCount = STAFF_CATEGORIES.length;
  const fteTitle = row;
  const fteRow = (c: number) => fteTitle + 1 + c;
  const payTitle = fteTitle + categoryCount + 1;
  const payRow = (c: number) => payTitle + 1 + c;
  const avgTitle = payTitle + categoryCount + 1;
  const avgRow = (c: number) => avgTitle + 1 + c;
  partnerHeader(fteTitle, 'sheet.savings.harm.fte');
  partnerHeader(payTitle, 'sheet.savings.harm.payroll');
  partnerHeader(avgTitle, 'sheet.savings.harm.average');
  grid.text(avgTitle, D, ctx.t('sheet.savings.harm.fteTotal'), 'header');
  grid.text(avgTitle, E, ctx.t('sheet.savings.harm.target'), 'header');
  grid.text(avgTitle, F, ctx.t('sheet.savings.harm.gap'), 'header');
  const staffSum = (title: number, at: number, pc: number, field: string) => sumWhere([
    equals(w.data('Effectifs', 'partner'), `${columnLetters(pc)}$${title}`),
    equals(w.data('Effectifs', 'category'), `$A${at}`),
  ], w.data('Effectifs', field));
  hm.categories.forEach((cat, c) => {
    for (const [rowOf, unitKey] of [[fteRow, 'fte'], [payRow, 'eur'], [avgRow, 'eurPerFte']] as const) {
      grid.text(rowOf(c), A, cat.category, 'note');
      grid.text(rowOf(c), B, ctx.t(`domain.category.${cat.category}`));
      grid.text(rowOf(c), UNIT, ctx.t(`sheet.unit.${unitKey}`), 'unit');
    }
    hm.partners.forEach((_, i) => {
      const pc = pCol(i);
      grid.put(fteRow(c), pc, { formula: staffSum(fteTitle, fteRow(c), pc, 'fte'), expected: cat.fteByPartner[i], style: 'calc', numberFormat: FORMAT_FTE });
      grid.put(payRow(c), pc, w.money({ formula: staffSum(payTitle, payRow(c), pc, 'loadedPayrollEur'), expected: cat.payrollByPartnerEur[i] }));
      grid.put(avgRow(c), pc, w.money({
        formula: `IF(${w.rel(fteRow(c), pc)}>0,${w.rel(payRow(c), pc)}/${w.rel(fteRow(c), pc)},0)`, expected: cat.averageByPartnerEur[i],
      }));
    });
    const fteRange = rangeRef(fteRow(c), pCol(0), fteRow(c), lastP, { absRow: false, absCol: false });
    const avgRange = rangeRef(avgRow(c), pCol(0), avgRow(c), lastP, { absRow: false, absCol: false });
    grid.put(avgRow(c), D, { formula: `SUM(${fteRange})`, expected: carefulSum(cat.fteByPartner), style: 'calc', numberFormat: FORMAT_FTE });
    grid.put(avgRow(c), E, w.money({ formula: `MAX(${avgRange})`, expected: cat.targetEur }));
    grid.put(avgRow(c), F, w.money({ formula: `SUMPRODUCT(${fteRange},$E${avgRow(c)}-${avgRange})`, expected: cat.gapEur }));
  });
  row = avgRow(categoryCount - 1) + 1;
  const gapRow = row++;
  grid.text(gapRow, B, ctx.t('sheet.savings.harm.totalGap'), 'total');
  grid.text(gapRow, UNIT, ctx.t('sheet.unit.eurPerYear'), 'unit');
  grid.put(gapRow, D, w.money({ formula: `SUM(${rangeRef(avgRow(0), F, avgRow(categoryCount - 1), F, { absRow: false, absCol: false })})`, expected: hm.totalGapEur, style: 'total' }));
  const annualRow = row++;
  grid.text(annualRow, B, ctx.t('sheet.savings.harm.annual'));
  grid.text(annualRow, UNIT, ctx.t('sheet.unit.eurPerYear'), 'unit');
  grid.put(annualRow, D, w.money({ formula: `${w.rel(gapRow, D)}*${hyp.ref('harmonisation.shareOfGapClosed')}*${hyp.ref('harmonisation.enabled')}`, expected: hm.annualCostEur }));
  const byYearRow = row++;
  grid.text(byYearRow, B, ctx.t('sheet.savings.harm.byYear'), 'total');
  grid.text(byYearRow, UNIT, ctx.t('sheet.unit.eur'), 'unit');
  w.yearRow(byYearRow, (t) => `$D$${annualRow}*${w.hypYear('harmonisation.phasing', t)}*(1+${hyp.ref('gvtRatePerYear')})^${w.idx(t)}*${w.inH(t)}`, (t) => hm.byYearEur[t], { style: 'total' });
  w.rowTotal(byYearRow, hm.byYearEur, 'total');
  return { nextRow: row, byYearRow, lastPartnerCol: lastP };
}
