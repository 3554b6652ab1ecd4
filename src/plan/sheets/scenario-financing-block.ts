// How the partners in fund the operation (grants, loans, repayments, reserves, FRNG and
// cash by year) and the merger rules of the scenario's form: assets transferred and
// whether a merger auditor is required (SCENARIO-SPEC "Financing", "Merger rules").
import { booleanFormat, FORMAT_EUR, FORMAT_FLAG } from '../layout/number-formats';
import { cellRef } from '../layout/sheet-ref';
import type { IdentityBlock, KeysBlock } from './scenario-keys-block';
import type { ResultBlock } from './scenario-result-block';
import { COL, type ScenarioWriter } from './scenario-writer';

/** The merger procedure's steps shown on a scenario sheet (keys of the legal forms sheet's texts). */
const MERGER_STEPS = ['notice', 'authorisations', 'cse', 'employment'] as const;

export interface FinancingBlock {
  readonly nextRow: number;
  readonly frngRow: number;
  readonly cashRow: number;
  readonly auditorRow: number;
}

export function putFinancing(w: ScenarioWriter, row: number, from: { identity: IdentityBlock; keys: KeysBlock; result: ResultBlock }): FinancingBlock {
  const { ctx, grid, col, outcome: o, figures: fig, bases } = w;
  const { code: A, d: D } = COL;
  const f = o.financing;
  const incl = w.partnersRange(from.keys.includedRow);
  grid.text(row++, A, ctx.t('sheet.scenario.section.financing'), 'subtitle');
  const byYear = (labelKey: string, formula: (t: number) => string, values: readonly number[], style: 'calc' | 'total' = 'calc') => {
    const at = row++;
    w.label(at, labelKey, 'sheet.unit.eur', style === 'total' ? 'total' : 'label');
    w.yearRow(at, formula, (t) => values[t], { style });
    return at;
  };
  const scalar = (labelKey: string, formula: string, expected: number) => {
    const at = row++;
    w.label(at, labelKey, 'sheet.unit.eur');
    grid.put(at, D, w.money({ formula, expected }));
    return at;
  };
  const grants = w.lever('grantsEur');
  const loans = w.lever('loansEur');
  const loanYears = w.lever('loanYears');
  const grantsRow = byYear('sheet.scenario.financing.grants', (t) => `${grants}*(${w.idx(t)}=0)`, f.grantsByYearEur);
  w.rowTotal(grantsRow, f.grantsByYearEur);
  const loansRow = byYear('sheet.scenario.financing.loans', (t) => `${loans}*(${w.idx(t)}=0)`, f.loansByYearEur);
  w.rowTotal(loansRow, f.loansByYearEur);
  // Equal repayments over years 1 … loan years.
  const repayRow = byYear('sheet.scenario.financing.repayments',
    (t) => `IF(${loanYears}>0,${loans}/${loanYears}*(${w.idx(t)}>=1)*(${w.idx(t)}<=${loanYears}),0)*${w.inH(t)}`, f.repaymentsByYearEur);
  w.rowTotal(repayRow, f.repaymentsByYearEur);
  const nb = from.result.netBenefitRow;
  const flowRow = byYear('sheet.scenario.financing.flow',
    (t) => `${col(t)}${nb}+${col(t)}${grantsRow}+${col(t)}${loansRow}-${col(t)}${repayRow}`, fig.financingFlowByYearEur);
  scalar('sheet.scenario.financing.reservesUsed', `${cellRef(from.result.oneOffTotalRow, D)}-${grants}-${loans}`, f.reservesUsedEur);
  const frngBeforeRow = scalar('sheet.scenario.financing.frngBefore', `SUMPRODUCT(${incl},${bases.partnerRange('frng')})`, f.frngBeforeEur);
  const frngRow = byYear('sheet.scenario.financing.frng', (t) => `${cellRef(frngBeforeRow, D)}+SUM($${col(0)}${flowRow}:${col(t)}${flowRow})`, f.frngByYearEur, 'total');
  const bfrRow = scalar('sheet.scenario.financing.bfr', `SUMPRODUCT(${incl},${bases.partnerRange('workingCapitalNeed')})`, f.workingCapitalNeedEur);
  const cashRow = byYear('sheet.scenario.financing.cash', (t) => `${col(t)}${frngRow}-${cellRef(bfrRow, D)}`, f.cashByYearEur, 'total');

  row++;
  grid.text(row++, A, ctx.t('sheet.scenario.section.merger'), 'subtitle');
  const appliesRow = row++;
  w.label(appliesRow, 'sheet.scenario.merger.applies', 'sheet.unit.flag');
  grid.put(appliesRow, D, { formula: cellRef(from.identity.mergerRulesRow, D), expected: o.merger.applies, style: 'calc', numberFormat: FORMAT_FLAG });
  const header = row++;
  w.partnerHeader(header, 'sheet.scenario.partner');
  grid.text(header, D, ctx.t('sheet.scenario.header.total'), 'header');
  // incl_p × balance-sheet total, one cell per partner, so that the largest is a plain MAX.
  const bstRow = row++;
  w.label(bstRow, 'sheet.scenario.merger.balanceSheetIn', 'sheet.unit.eur');
  w.partnerRow(bstRow, (p) => `${cellRef(from.keys.includedRow, w.partnerCol(p), { absCol: false })}*${bases.partnerCell('balanceSheetTotal', p)}`,
    (p) => fig.balanceSheetInByPartnerEur[p]);
  grid.put(bstRow, D, w.money({ formula: `SUM(${w.partnersRange(bstRow)})`, expected: fig.balanceSheetInEur, style: 'total' }));
  const assetsRow = row++;
  w.label(assetsRow, 'sheet.scenario.merger.assetsTransferred', 'sheet.unit.eur', 'total');
  // In an absorption the largest balance sheet absorbs the others; in a fusion-création every partner transfers.
  grid.put(assetsRow, D, {
    formula: `${cellRef(appliesRow, D)}*(${cellRef(bstRow, D)}-(1-${cellRef(from.identity.allDissolvedRow, D)})*MAX(${w.partnersRange(bstRow)}))`,
    expected: o.merger.assetsTransferredEur, style: 'total', numberFormat: FORMAT_EUR,
  });
  const auditorRow = row++;
  w.label(auditorRow, 'sheet.scenario.merger.auditorRequired', undefined, 'total');
  grid.put(auditorRow, D, {
    formula: `${cellRef(assetsRow, D)}>=${w.hyp('mergerAuditorThresholdEur')}`,
    expected: o.merger.auditorRequired, style: 'output', numberFormat: booleanFormat(ctx.t),
  });
  // The steps of DOMAIN §1.2 that the merger rules bring with them: TRUE where they apply to this
  // scenario's form, with the rule beside it (the legal forms sheet gives them in full, with sources).
  for (const step of MERGER_STEPS) {
    const at = row++;
    w.label(at, `sheet.legalForms.procedure.${step}.topic`);
    grid.put(at, D, { formula: `${cellRef(appliesRow, D)}=1`, expected: o.merger.applies === 1, style: 'calc', numberFormat: booleanFormat(ctx.t) });
    grid.text(at, COL.e, ctx.t(`sheet.legalForms.procedure.${step}`), 'note');
  }
  return { nextRow: row, frngRow, cashRow, auditorRow };
}
