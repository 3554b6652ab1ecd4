// What each partner gains from the scenario, year by year: its share of the savings
// (savings keys), of its own sites, of the one-off and head-office costs (cost key), its
// own harmonisation, its net benefit, NPV and payback; then the check that the partners'
// net benefits add up to the scenario's (SCENARIO-SPEC "Per partner").
import { booleanFormat, FORMAT_EUR, FORMAT_YEARS } from '../layout/number-formats';
import { cellRef, rangeRef } from '../layout/sheet-ref';
import { yearCol } from '../layout/timeline';
import { equals, sumWhere } from './partner-formulas';
import { harmonisationFormula, started, type CostsBlock } from './scenario-costs-block';
import type { FunctionsBlock } from './scenario-functions-block';
import type { IdentityBlock, KeysBlock } from './scenario-keys-block';
import { npvFormula, putPaybackRows, shown, type ResultBlock } from './scenario-result-block';
import { COL, type ScenarioWriter } from './scenario-writer';

export interface PartnerRows {
  readonly netBenefitRow: number;
  readonly npvRow: number;
  readonly paybackRow: number;
}

export interface PartnersBlock {
  readonly nextRow: number;
  readonly partners: readonly PartnerRows[];
  /** Row of Σ_p NB_{p,t}; its column H checks it against the scenario's net benefit. */
  readonly sumRow: number;
}

export function putPartners(
  w: ScenarioWriter, row: number,
  from: { identity: IdentityBlock; keys: KeysBlock; functions: FunctionsBlock; costs: CostsBlock; result: ResultBlock },
): PartnersBlock {
  const { ctx, grid, col, outcome: o, figures: fig, bases } = w;
  const { code: A, label: B, d: D, check: H } = COL;
  const { keys, functions: fn, costs, result } = from;
  const shareKept = cellRef(from.identity.shareKeptRow, D);
  const included = cellRef(keys.includedRow, D);
  const siteFlags = w.scenarios.siteFlags(w.code);
  grid.text(row++, A, ctx.t('sheet.scenario.section.partners'), 'subtitle');
  grid.text(row++, A, ctx.t('sheet.scenario.partnersNote'), 'note');

  const partners = o.partners.map((po, p): PartnerRows => {
    const pcol = w.partnerCol(p);
    const fixed = (r: number) => cellRef(r, pcol);
    row++;
    const titleRow = row++;
    grid.put(titleRow, A, { formula: w.partnerCode(p), expected: po.partner, style: 'subtitle' });
    grid.put(titleRow, B, { formula: ctx.dataLayout.cell('Partenaires', 'name', p), expected: ctx.data.partners[p].name, style: 'subtitle' });
    const line = (labelKey: string, formula: (t: number) => string, values: readonly number[], style: 'calc' | 'total' = 'calc') => {
      const at = row++;
      w.label(at, labelKey, 'sheet.unit.eur', style === 'total' ? 'total' : 'label');
      w.yearRow(at, formula, (t) => values[t], { style });
      w.rowTotal(at, values, style);
      return at;
    };
    // Σ_f sav_{f,t} × savKey_{f,p}: the year's column of the savings grid times the partner's column of the keys.
    const savings = line('sheet.scenario.partner.savings',
      (t) => `SUMPRODUCT(${rangeRef(fn.firstSavingsRow, yearCol(t), fn.lastSavingsRow, yearCol(t), { absCol: false })},${rangeRef(keys.firstKeyRow, pcol, keys.lastKeyRow, pcol)})`,
      po.savingsByYearEur);
    const sites = line('sheet.scenario.partner.siteSavings',
      (t) => (siteFlags === null || bases.sites === null
        ? '0'
        : `${sumWhere([equals(bases.sites.partners, w.partnerCode(p))], siteFlags, bases.sites.rents)}*${started(w, t)}*${w.inH(t)}`),
      po.siteSavingsByYearEur);
    const oneOff = line('sheet.scenario.partner.oneOff', (t) => `${fixed(keys.costKeyRow)}*${col(t)}$${costs.oneOffByYearRow}`, po.oneOffByYearEur);
    const headOffice = line('sheet.scenario.partner.headOffice', (t) => `${fixed(keys.costKeyRow)}*${col(t)}$${costs.headOfficeRow}`, po.headOfficeByYearEur);
    const harmonisation = line('sheet.scenario.partner.harmonisation', (t) => harmonisationFormula(w, fixed(costs.gapInRow), t), po.harmonisationByYearEur);
    const kept = line('sheet.scenario.partner.kept', (t) => `${shareKept}*(${col(t)}${savings}+${col(t)}${sites})`, fig.partnerSavingsKeptByYearEur[p]);
    const netBenefitRow = line('sheet.scenario.partner.netBenefit',
      (t) => `${col(t)}${kept}-${col(t)}${oneOff}-${col(t)}${headOffice}-${col(t)}${harmonisation}`, po.netBenefitByYearEur, 'total');
    const cumulativeRow = row++;
    w.label(cumulativeRow, 'sheet.scenario.result.cumulative', 'sheet.unit.eur');
    w.yearRow(cumulativeRow, (t) => `SUM($${col(0)}${netBenefitRow}:${col(t)}${netBenefitRow})`, (t) => fig.partnerCumulativeByYearEur[p][t]);
    const payback = putPaybackRows(w, row, { nb: netBenefitRow, cumulative: cumulativeRow },
      { nb: po.netBenefitByYearEur, cumulative: fig.partnerCumulativeByYearEur[p] }, included);
    row = payback.nextRow;
    const npvRow = row++;
    w.label(npvRow, 'sheet.scenario.result.npv', undefined, 'total');
    grid.put(npvRow, D, { formula: npvFormula(w, netBenefitRow, included), expected: shown(w, po.npvEur), style: 'output', numberFormat: FORMAT_EUR });
    const paybackRow = row++;
    w.label(paybackRow, 'sheet.scenario.result.payback', 'sheet.unit.years', 'total');
    grid.put(paybackRow, D, { formula: payback.formula, expected: shown(w, po.paybackYears), style: 'output', numberFormat: FORMAT_YEARS });
    return { netBenefitRow, npvRow, paybackRow };
  });

  row++;
  const sumRow = row++;
  w.label(sumRow, 'sheet.scenario.partner.sum', 'sheet.unit.eur', 'total');
  w.yearRow(sumRow, (t) => partners.map((r) => `${col(t)}$${r.netBenefitRow}`).join('+'), (t) => fig.partnersNetBenefitByYearEur[t], { style: 'total' });
  w.rowTotal(sumRow, fig.partnersNetBenefitByYearEur, 'total');
  // Whenever a partner is in (charges in > 0), the partners' shares add up to the scenario's net benefit.
  const chargesIn = cellRef(keys.chargesInRow, D);
  const addsUp = o.yearIndexes.every((t) => Math.abs(fig.partnersNetBenefitByYearEur[t] - o.netBenefitByYearEur[t]) < 0.01);
  grid.put(sumRow, H, {
    formula: `OR(${chargesIn}<=0,SUMPRODUCT(--(ABS(${w.absYearsRange(sumRow)}-${w.absYearsRange(result.netBenefitRow)})>=1/100))=0)`,
    expected: !(fig.chargesInEur > 0) || addsUp, style: 'check', numberFormat: booleanFormat(ctx.t),
  });
  return { nextRow: row, partners, sumRow };
}
