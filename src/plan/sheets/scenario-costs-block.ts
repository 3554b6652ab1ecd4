// A scenario's sites closed, one-off costs, new head office and harmonisation
// (SCENARIO-SPEC "Sites", "One-off costs", "Recurring costs").
import { FORMAT_COUNT } from '../layout/number-formats';
import { cellRef, rangeRef } from '../layout/sheet-ref';
import type { FunctionsBlock } from './scenario-functions-block';
import type { IdentityBlock, KeysBlock } from './scenario-keys-block';
import { COL, type ScenarioWriter } from './scenario-writer';

export interface CostsBlock {
  readonly nextRow: number;
  readonly sitesClosedRow: number;
  readonly siteSavingsRow: number;
  readonly oneOffByYearRow: number;
  readonly headOfficeRow: number;
  readonly gapInRow: number;
  readonly harmonisationRow: number;
}

/** `(t − delay ≥ 1)`: site savings and the new head office run from the first full year after the operation. */
export function started(w: ScenarioWriter, t: number): string {
  return `(${w.idx(t)}-${w.lever('delayYears')}>=1)`;
}

/** harmonisation flag × `gap` × share of the gap closed × phasing_t × (1 + GVT)^t × inH_t. */
export function harmonisationFormula(w: ScenarioWriter, gap: string, t: number): string {
  return `${w.lever('harmonisation')}*${gap}*${w.hyp('harmonisation.shareOfGapClosed')}*${w.hypYear('harmonisation.phasing', t)}`
    + `*(1+${w.hyp('gvtRatePerYear')})^${w.idx(t)}*${w.inH(t)}`;
}

export function putCosts(w: ScenarioWriter, row: number, from: { identity: IdentityBlock; keys: KeysBlock; functions: FunctionsBlock }): CostsBlock {
  const { ctx, grid, outcome: o, figures: fig, bases } = w;
  const { code: A, d: D } = COL;
  const sites = bases.sites;
  const siteFlags = w.scenarios.siteFlags(w.code);

  // Sites: the flags stay on the Scénarios sheet, the rents on Bases, both in data.sites order.
  grid.text(row++, A, ctx.t('sheet.scenario.section.sites'), 'subtitle');
  const sitesClosedRow = row++;
  w.label(sitesClosedRow, 'sheet.scenario.sitesClosed', 'sheet.scenario.unit.count');
  grid.put(sitesClosedRow, D, { formula: siteFlags === null ? '0' : `SUM(${siteFlags})`, expected: o.sitesClosed, style: 'calc', numberFormat: FORMAT_COUNT });
  const siteSavingsRow = row++;
  w.label(siteSavingsRow, 'sheet.scenario.siteSavings', 'sheet.unit.eur', 'total');
  w.yearRow(siteSavingsRow, (t) => (siteFlags === null || sites === null ? '0' : `SUMPRODUCT(${siteFlags},${sites.rents})*${started(w, t)}*${w.inH(t)}`),
    (t) => o.siteSavingsByYearEur[t], { style: 'total' });
  w.rowTotal(siteSavingsRow, o.siteSavingsByYearEur, 'total');

  row++;
  grid.text(row++, A, ctx.t('sheet.scenario.section.oneOff'), 'subtitle');
  const oc = o.oneOff;
  const line = (labelKey: string, formula: string, expected: number, style: 'calc' | 'total' = 'calc') => {
    const at = row++;
    w.label(at, labelKey, 'sheet.unit.eur', style === 'total' ? 'total' : 'label');
    grid.put(at, D, w.money({ formula, expected, style }));
    return at;
  };
  const lv = from.functions;
  const functionsRow = line('sheet.scenario.oneOff.functions', `SUM(${rangeRef(lv.firstLeverRow, COL.check, lv.lastLeverRow, COL.check)})`, oc.functionsEur);
  line('sheet.scenario.oneOff.it', `${w.lever('itMigration')}*${w.hyp('oneOff.itMigrationRate')}*${cellRef(from.keys.chargesInRow, D)}`, oc.itMigrationEur);
  line('sheet.scenario.oneOff.change', `${w.lever('changeManagement')}*${w.hyp('oneOff.changeManagementRate')}*${cellRef(from.keys.payrollInRow, D)}`, oc.changeManagementEur);
  line('sheet.scenario.oneOff.legal', w.lever('legalFeesEur'), oc.legalFeesEur);
  line('sheet.scenario.oneOff.registration', `${w.hyp('oneOff.registrationDutyEur')}*${cellRef(from.identity.mergerRulesRow, D)}`, oc.registrationDutyEur);
  const movingRow = line('sheet.scenario.oneOff.moving', `${w.lever('movingCostPerSiteEur')}*${cellRef(sitesClosedRow, D)}`, oc.movingEur);
  const totalRow = line('sheet.scenario.oneOff.total', `SUM(${rangeRef(functionsRow, D, movingRow, D, { absRow: false, absCol: false })})`, oc.totalEur, 'total');
  const oneOffByYearRow = row++;
  w.label(oneOffByYearRow, 'sheet.scenario.oneOff.byYear', 'sheet.unit.eur', 'total');
  w.yearRow(oneOffByYearRow, (t) => `${cellRef(totalRow, D)}*${w.hypYear('oneOff.phasing', t)}*${w.inH(t)}`, (t) => oc.byYearEur[t], { style: 'total' });
  w.rowTotal(oneOffByYearRow, oc.byYearEur, 'total');

  row++;
  grid.text(row++, A, ctx.t('sheet.scenario.section.recurring'), 'subtitle');
  const headOfficeRow = row++;
  w.label(headOfficeRow, 'sheet.scenario.headOffice', 'sheet.unit.eur', 'total');
  w.yearRow(headOfficeRow, (t) => `${w.lever('newHeadOfficeEurPerYear')}*${started(w, t)}*${w.inH(t)}`, (t) => o.headOfficeByYearEur[t], { style: 'total' });
  w.rowTotal(headOfficeRow, o.headOfficeByYearEur, 'total');
  const harmHeader = row++;
  w.partnerHeader(harmHeader, 'sheet.scenario.partner');
  grid.text(harmHeader, D, ctx.t('sheet.scenario.header.total'), 'header');
  const gapInRow = row++;
  w.label(gapInRow, 'sheet.scenario.gapIn', 'sheet.unit.eurPerYear');
  w.partnerRow(gapInRow, (p) => `${cellRef(from.keys.includedRow, w.partnerCol(p), { absCol: false })}*${bases.partnerCell('harmonisationGap', p)}`,
    (p) => fig.gapInByPartnerEur[p]);
  grid.put(gapInRow, D, w.money({ formula: `SUM(${w.partnersRange(gapInRow)})`, expected: fig.gapInEur, style: 'total' }));
  const harmonisationRow = row++;
  w.label(harmonisationRow, 'sheet.scenario.harmonisation', 'sheet.unit.eur', 'total');
  w.yearRow(harmonisationRow, (t) => harmonisationFormula(w, cellRef(gapInRow, D), t), (t) => o.harmonisationByYearEur[t], { style: 'total' });
  w.rowTotal(harmonisationRow, o.harmonisationByYearEur, 'total');
  return { nextRow: row, sitesClosedRow, siteSavingsRow, oneOffByYearRow, headOfficeRow, gapInRow, harmonisationRow };
}
