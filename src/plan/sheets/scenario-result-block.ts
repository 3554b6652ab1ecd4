// A scenario's result: savings kept, net benefit by year, cumulative, the headlines (NPV,
// payback, totals) and the payback's helper rows; the NPV and payback rows are shared with
// the per-partner blocks (SCENARIO-SPEC "Result"; MODELLING.md "Conventions").
import { columnLetters } from '../../data/cell-address';
import type { Computed } from '../../engine/computed';
import { FORMAT_EUR, FORMAT_FLAG, FORMAT_YEARS } from '../layout/number-formats';
import { cellRef, rangeRef } from '../layout/sheet-ref';
import { yearCol } from '../layout/timeline';
import { text } from './partner-formulas';
import type { CostsBlock } from './scenario-costs-block';
import type { FunctionsBlock } from './scenario-functions-block';
import type { IdentityBlock, KeysBlock } from './scenario-keys-block';
import { COL, type ScenarioWriter } from './scenario-writer';

/** The value a cell shows for a computed figure: the number, or the reason's text. */
export function shown(w: ScenarioWriter, c: Computed<number>): number | string {
  return c.ok ? c.value : w.ctx.t(`sheet.reason.${c.reason}`);
}

/** `IF(no partner in, reason, expression)`: NPV and payback need a partner in (NO_PARTNERS). */
function unlessNoPartner(w: ScenarioWriter, partnersIncluded: string, expression: string): string {
  return `IF(${partnersIncluded}=0,${text(w.ctx.t('sheet.reason.NO_PARTNERS'))},${expression})`;
}

/** `NB_0 + NPV(DiscountRate, NB_1 … NB_N)` over a net benefit row. */
export function npvFormula(w: ScenarioWriter, nbRow: number, partnersIncluded: string): string {
  return unlessNoPartner(w, partnersIncluded, `${cellRef(nbRow, yearCol(0))}+NPV(DiscountRate,${rangeRef(nbRow, yearCol(1), nbRow, w.lastYearCol)})`);
}

/**
 * From `row`: the payback's helper rows over a cumulative row (flag the years at or above zero, keep the
 * first, interpolate it); returns the payback formula (one IF for "not within horizon").
 */
export function putPaybackRows(
  w: ScenarioWriter, row: number, rows: { nb: number; cumulative: number }, values: { nb: readonly number[]; cumulative: readonly number[] },
  partnersIncluded: string,
): { nextRow: number; formula: string } {
  const { col, idx } = w;
  const flags = values.cumulative.map((c) => (c >= 0 ? 1 : 0));
  const firsts = flags.map((f, t) => f * (flags.slice(0, t + 1).reduce((a: number, b: number) => a + b, 0) === 1 ? 1 : 0));
  const contributions = w.years.map((t) => (firsts[t] * t > 0 ? (t - 1) + (-values.cumulative[t - 1]) / values.nb[t] : 0));
  const flagRow = row++;
  w.label(flagRow, 'sheet.scenario.payback.flag');
  w.yearRow(flagRow, (t) => `IF(${col(t)}${rows.cumulative}>=0,1,0)`, (t) => flags[t], { numberFormat: FORMAT_FLAG });
  const firstRow = row++;
  w.label(firstRow, 'sheet.scenario.payback.first');
  w.yearRow(firstRow, (t) => `${col(t)}${flagRow}*(SUM($${col(0)}${flagRow}:${col(t)}${flagRow})=1)`, (t) => firsts[t], { numberFormat: FORMAT_FLAG });
  const contributionRow = row++;
  w.label(contributionRow, 'sheet.scenario.payback.contribution', 'sheet.unit.years');
  // (n − 1) + (−cumulative of the year before) / NB_n; the column before year 0 is never read (its first × index is 0).
  w.yearRow(contributionRow, (t) => `IF(${col(t)}${firstRow}*${idx(t)}>0,(${idx(t)}-1)+(-${columnLetters(yearCol(t) - 1)}${rows.cumulative})/${col(t)}${rows.nb},0)`,
    (t) => contributions[t], { numberFormat: FORMAT_YEARS });
  const notWithin = text(w.ctx.t('sheet.reason.NOT_WITHIN_HORIZON'));
  const noPartner = text(w.ctx.t('sheet.reason.NO_PARTNERS'));
  // One IF: no first year (or no partner in) shows why, picked by CHOOSE; otherwise the interpolated year.
  return {
    nextRow: row,
    formula: `IF(${partnersIncluded}*SUM(${w.absYearsRange(firstRow)})=0,CHOOSE(1+(${partnersIncluded}>0),${noPartner},${notWithin}),SUM(${w.absYearsRange(contributionRow)}))`,
  };
}

export interface ResultBlock {
  readonly nextRow: number;
  readonly keptRow: number;
  readonly oneOffRow: number;
  readonly headOfficeRow: number;
  readonly harmonisationRow: number;
  readonly netBenefitRow: number;
  readonly cumulativeRow: number;
  /** Rows of the headline cells in column D: the defined names point there. */
  readonly npvRow: number;
  readonly paybackRow: number;
  readonly netBenefitTotalRow: number;
  readonly oneOffTotalRow: number;
}

export function putResult(
  w: ScenarioWriter, row: number, from: { identity: IdentityBlock; keys: KeysBlock; functions: FunctionsBlock; costs: CostsBlock },
): ResultBlock {
  const { ctx, grid, col, outcome: o, figures: fig } = w;
  const D = COL.d;
  grid.text(row++, COL.code, ctx.t('sheet.scenario.section.result'), 'subtitle');
  const copy = (labelKey: string, source: number, values: readonly number[]) => {
    const at = row++;
    w.label(at, labelKey, 'sheet.unit.eur');
    w.yearRow(at, (t) => `${col(t)}${source}`, (t) => values[t]);
    w.rowTotal(at, values);
    return at;
  };
  const savingsRow = copy('sheet.scenario.result.savings', from.functions.savingsTotalRow, o.savingsByYearEur);
  const sitesRow = copy('sheet.scenario.result.siteSavings', from.costs.siteSavingsRow, o.siteSavingsByYearEur);
  const keptRow = row++;
  const shareKept = cellRef(from.identity.shareKeptRow, D);
  w.label(keptRow, 'sheet.scenario.result.kept', 'sheet.unit.eur');
  w.yearRow(keptRow, (t) => `${shareKept}*(${col(t)}${savingsRow}+${col(t)}${sitesRow})`, (t) => fig.savingsKeptByYearEur[t]);
  w.rowTotal(keptRow, fig.savingsKeptByYearEur);
  const oneOffRow = copy('sheet.scenario.result.oneOff', from.costs.oneOffByYearRow, o.oneOff.byYearEur);
  const headOfficeRow = copy('sheet.scenario.result.headOffice', from.costs.headOfficeRow, o.headOfficeByYearEur);
  const harmonisationRow = copy('sheet.scenario.result.harmonisation', from.costs.harmonisationRow, o.harmonisationByYearEur);
  const netBenefitRow = row++;
  w.label(netBenefitRow, 'sheet.scenario.result.netBenefit', 'sheet.unit.eur', 'total');
  w.yearRow(netBenefitRow, (t) => `${col(t)}${keptRow}-${col(t)}${oneOffRow}-${col(t)}${headOfficeRow}-${col(t)}${harmonisationRow}`,
    (t) => o.netBenefitByYearEur[t], { style: 'total' });
  w.rowTotal(netBenefitRow, o.netBenefitByYearEur, 'total');
  const cumulativeRow = row++;
  w.label(cumulativeRow, 'sheet.scenario.result.cumulative', 'sheet.unit.eur');
  w.yearRow(cumulativeRow, (t) => `SUM($${col(0)}${netBenefitRow}:${col(t)}${netBenefitRow})`, (t) => o.cumulativeByYearEur[t]);

  row++;
  const included = cellRef(from.keys.includedRow, D);
  const headline = (labelKey: string, formula: string, expected: number | string, numberFormat: string) => {
    const at = row++;
    w.label(at, labelKey, undefined, 'total');
    grid.put(at, D, { formula, expected, style: 'output', numberFormat });
    return at;
  };
  const npvRow = headline('sheet.scenario.result.npv', npvFormula(w, netBenefitRow, included), shown(w, o.npvEur), FORMAT_EUR);
  const paybackRow = row++;
  const netBenefitTotalRow = headline('sheet.scenario.result.netBenefitTotal', `SUM(${w.absYearsRange(netBenefitRow)})`, o.netBenefitTotalEur, FORMAT_EUR);
  const oneOffTotalRow = headline('sheet.scenario.result.oneOffTotal', `SUM(${w.absYearsRange(oneOffRow)})`, o.oneOffTotalEur, FORMAT_EUR);

  row++;
  grid.text(row++, COL.code, ctx.t('sheet.scenario.section.payback'), 'subtitle');
  const payback = putPaybackRows(w, row, { nb: netBenefitRow, cumulative: cumulativeRow },
    { nb: o.netBenefitByYearEur, cumulative: o.cumulativeByYearEur }, included);
  row = payback.nextRow;
  w.label(paybackRow, 'sheet.scenario.result.payback', 'sheet.unit.years', 'total');
  grid.put(paybackRow, D, { formula: payback.formula, expected: shown(w, o.paybackYears), style: 'output', numberFormat: FORMAT_YEARS });
  return { nextRow: row, keptRow, oneOffRow, headOfficeRow, harmonisationRow, netBenefitRow, cumulativeRow, npvRow, paybackRow, netBenefitTotalRow, oneOffTotalRow };
}
