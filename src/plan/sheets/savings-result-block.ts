// Net benefit by year, cumulative, NPV, totals and the payback (without nested IFs).
import { columnLetters } from '../../data/cell-address';
import type { ScenarioResult } from '../../engine/scenario-savings';
import { FORMAT_EUR, FORMAT_FLAG, FORMAT_YEARS } from '../layout/number-formats';
import type { CellSpec } from '../layout/sheet-grid';
import { cellRef, rangeRef } from '../layout/sheet-ref';
import { yearCol } from '../layout/timeline';
import { COL, type SavingsWriter } from './savings-writer';

export interface ResultSources {
  readonly savingsRow: number;
  readonly oneOffRow: number;
  readonly harmonisationRow: number;
}

export interface ResultBlock {
  readonly nextRow: number;
  readonly savingsRow: number;
  readonly oneOffRow: number;
  readonly harmonisationRow: number;
  readonly netBenefitRow: number;
  /** Rows of the headline cells in the baseline column (D): the defined names point there. */
  readonly npvRow: number;
  readonly paybackRow: number;
  readonly netBenefitTotalRow: number;
  readonly oneOffTotalRow: number;
}

/** From `row`: the result rows, the headlines and the payback helper rows. */
export function putResult(w: SavingsWriter, row: number, r: ScenarioResult, from: ResultSources): ResultBlock {
  const { ctx, grid, col, idx } = w;
  const { code: A, label: B, unit: UNIT, baseline: D } = COL;
  grid.text(row++, A, ctx.t('sheet.savings.section.result'), 'subtitle');
  const resultRow = (labelKey: string, source: number, values: readonly number[]) => {
    const at = row++;
    grid.text(at, B, ctx.t(labelKey));
    grid.text(at, UNIT, ctx.t('sheet.unit.eur'), 'unit');
    w.yearRow(at, (t) => `${col(t)}${source}`, (t) => values[t]);
    w.rowTotal(at, values);
    return at;
  };
  const sRow = resultRow('sheet.savings.result.savings', from.savingsRow, r.savingsByYearEur);
  const oRow = resultRow('sheet.savings.result.oneOff', from.oneOffRow, r.oneOff.byYearEur);
  const hRow = resultRow('sheet.savings.result.harmonisation', from.harmonisationRow, r.harmonisation.byYearEur);
  const nbRow = row++;
  grid.text(nbRow, B, ctx.t('sheet.savings.result.netBenefit'), 'total');
  grid.text(nbRow, UNIT, ctx.t('sheet.unit.eur'), 'unit');
  w.yearRow(nbRow, (t) => `${col(t)}${sRow}-${col(t)}${oRow}-${col(t)}${hRow}`, (t) => r.netBenefitByYearEur[t], { style: 'total' });
  w.rowTotal(nbRow, r.netBenefitByYearEur, 'total');
  const cumRow = row++;
  grid.text(cumRow, B, ctx.t('sheet.savings.result.cumulative'));
  grid.text(cumRow, UNIT, ctx.t('sheet.unit.eur'), 'unit');
  w.yearRow(cumRow, (t) => `SUM($${col(0)}${nbRow}:${col(t)}${nbRow})`, (t) => r.cumulativeByYearEur[t]);

  row++;
  const headline = (labelKey: string, spec: CellSpec) => {
    const at = row++;
    grid.text(at, B, ctx.t(labelKey), 'total');
    grid.put(at, D, { style: 'output', ...spec });
    return at;
  };
  const npvRow = headline('sheet.savings.result.npv', {
    formula: `${cellRef(nbRow, yearCol(0))}+NPV(DiscountRate,${rangeRef(nbRow, yearCol(1), nbRow, w.lastCol)})`,
    expected: r.npvEur.ok ? r.npvEur.value : null, numberFormat: FORMAT_EUR,
  });
  const paybackRow = row++;
  const netBenefitTotalRow = headline('sheet.savings.result.netBenefitTotal', { formula: `SUM(${w.absYearsRange(nbRow)})`, expected: r.netBenefitTotalEur, numberFormat: FORMAT_EUR });
  const oneOffTotalRow = headline('sheet.savings.result.oneOffTotal', { formula: `SUM(${w.absYearsRange(oRow)})`, expected: r.oneOffTotalEur, numberFormat: FORMAT_EUR });

  // Payback: flag the years at or above zero, keep the first, interpolate it, then one IF for "not within horizon".
  row++;
  grid.text(row++, A, ctx.t('sheet.savings.section.payback'), 'subtitle');
  const flags = r.cumulativeByYearEur.map((c) => (c >= 0 ? 1 : 0));
  const firsts = flags.map((f, t) => f * (flags.slice(0, t + 1).reduce((a: number, b: number) => a + b, 0) === 1 ? 1 : 0));
  const contributions = w.years.map((t) => (firsts[t] * t > 0 ? (t - 1) + (-r.cumulativeByYearEur[t - 1]) / r.netBenefitByYearEur[t] : 0));
  const flagRow = row++;
  grid.text(flagRow, B, ctx.t('sheet.savings.payback.flag'));
  w.yearRow(flagRow, (t) => `IF(${col(t)}${cumRow}>=0,1,0)`, (t) => flags[t], { numberFormat: FORMAT_FLAG });
  const firstRow = row++;
  grid.text(firstRow, B, ctx.t('sheet.savings.payback.first'));
  w.yearRow(firstRow, (t) => `${col(t)}${flagRow}*(SUM($${col(0)}${flagRow}:${col(t)}${flagRow})=1)`, (t) => firsts[t], { numberFormat: FORMAT_FLAG });
  const contributionRow = row++;
  grid.text(contributionRow, B, ctx.t('sheet.savings.payback.contribution'));
  // (n − 1) + (−cumulative of the year before) / NB_n; the column before year 0 is never read (its first × index is 0).
  w.yearRow(contributionRow, (t) => `IF(${col(t)}${firstRow}*${idx(t)}>0,(${idx(t)}-1)+(-${columnLetters(yearCol(t) - 1)}${cumRow})/${col(t)}${nbRow},0)`, (t) => contributions[t], { numberFormat: FORMAT_YEARS });
  const notWithin = ctx.t('sheet.reason.NOT_WITHIN_HORIZON');
  grid.text(paybackRow, B, ctx.t('sheet.savings.result.payback'), 'total');
  grid.put(paybackRow, D, {
    formula: `IF(SUM(${w.absYearsRange(firstRow)})=0,"${notWithin.replace(/"/g, '""')}",SUM(${w.absYearsRange(contributionRow)}))`,
    expected: r.paybackYears.ok ? r.paybackYears.value : notWithin,
    style: 'output', numberFormat: FORMAT_YEARS,
  });
  return { nextRow: row, savingsRow: sRow, oneOffRow: oRow, harmonisationRow: hRow, netBenefitRow: nbRow, npvRow, paybackRow, netBenefitTotalRow, oneOffTotalRow };
}
