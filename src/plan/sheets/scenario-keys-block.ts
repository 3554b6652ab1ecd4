// A scenario sheet's top: who the scenario is (name, legal form and what the form implies)
// and its keys: which partners take part, the cost key of each, and the savings key of
// each partner in each function (SCENARIO-SPEC "Keys and shares").
import { allPartnersDissolved, cooperationForm, cooperationFormTextKey, mergerRules } from '../../domain';
import { POOLED_FUNCTIONS } from '../../engine/model-assumptions';
import { FORMAT_FLAG, FORMAT_RATE } from '../layout/number-formats';
import { cellRef, rangeRef } from '../layout/sheet-ref';
import { COL, type ScenarioWriter } from './scenario-writer';

export interface IdentityBlock {
  readonly nextRow: number;
  /** Rows whose column D holds the figure. */
  readonly formRow: number;
  readonly integrationRow: number;
  readonly mergerRulesRow: number;
  readonly allDissolvedRow: number;
  readonly shareKeptRow: number;
}

/** From `row`: form, form name, the scenario's name, integration level, merger flags, share kept. */
export function putIdentity(w: ScenarioWriter, row: number): IdentityBlock {
  const { ctx, grid, outcome: o, legalForms: lf } = w;
  const D = COL.d;
  grid.text(row++, COL.code, ctx.t('sheet.scenario.section.identity', { code: w.code }), 'subtitle');
  const formName = ctx.t(cooperationFormTextKey(o.form, 'name'));
  const formRow = row++;
  const formNameRow = row++;
  const nameRow = row++;
  const integrationRow = row++;
  const mergerRulesRow = row++;
  const allDissolvedRow = row++;
  const shareKeptRow = row++;
  const form = cellRef(formRow, D);
  // A lookup of the form's line on the legal forms sheet; N(): an empty cell there counts 0.
  const lookup = (range: string) => `N(INDEX(${range},MATCH(${form},${lf.codes},0)))`;
  w.label(nameRow, 'sheet.scenario.name');
  const name = w.lever('name');
  // The board's name, or the form's name when none is typed.
  grid.put(nameRow, D, { formula: `IF(${name}="",${cellRef(formNameRow, D)},${name})`, expected: o.name === '' ? formName : o.name, style: 'output' });
  w.label(formRow, 'sheet.scenario.form', 'sheet.scenario.unit.code');
  grid.put(formRow, D, { formula: w.lever('form'), expected: o.form, style: 'calc' });
  w.label(formNameRow, 'sheet.scenario.formName');
  grid.put(formNameRow, D, { formula: `INDEX(${lf.names},MATCH(${form},${lf.codes},0))`, expected: formName, style: 'calc' });
  w.label(integrationRow, 'sheet.scenario.integrationLevel', 'sheet.scenario.unit.level');
  grid.put(integrationRow, D, { formula: lookup(lf.integrationMax), expected: cooperationForm(o.form).integrationLevel?.max ?? 0, style: 'calc', numberFormat: FORMAT_FLAG });
  w.label(mergerRulesRow, 'sheet.scenario.mergerRules', 'sheet.unit.flag');
  grid.put(mergerRulesRow, D, { formula: lookup(lf.mergerRules), expected: mergerRules(o.form), style: 'calc', numberFormat: FORMAT_FLAG });
  w.label(allDissolvedRow, 'sheet.scenario.allDissolved', 'sheet.unit.flag');
  grid.put(allDissolvedRow, D, { formula: lookup(lf.allDissolved), expected: allPartnersDissolved(o.form), style: 'calc', numberFormat: FORMAT_FLAG });
  w.label(shareKeptRow, 'sheet.scenario.shareKept', 'sheet.unit.rate');
  grid.put(shareKeptRow, D, { formula: w.lever('shareKept'), expected: o.shareKept, style: 'calc', numberFormat: FORMAT_RATE });
  return { nextRow: row, formRow, integrationRow, mergerRulesRow, allDissolvedRow, shareKeptRow };
}

export interface KeysBlock {
  readonly nextRow: number;
  readonly codeRow: number;
  readonly includedRow: number;
  readonly chargesInRow: number;
  readonly payrollInRow: number;
  readonly costKeyRow: number;
  /** Rows of the savings keys, by function (POOLED_FUNCTIONS order); column D holds the baseline in. */
  readonly firstKeyRow: number;
  readonly lastKeyRow: number;
}

/** From `row`: the partners across, their flags and keys; then one row per function with its baseline in and keys. */
export function putKeys(w: ScenarioWriter, row: number): KeysBlock {
  const { ctx, grid, outcome: o, figures: fig, bases } = w;
  const D = COL.d;
  grid.text(row++, COL.code, ctx.t('sheet.scenario.section.keys'), 'subtitle');
  const codeRow = row++;
  w.partnerHeader(codeRow, 'sheet.scenario.partner');
  grid.text(codeRow, D, ctx.t('sheet.scenario.header.total'), 'header');
  const pc = (p: number) => w.partnerCol(p);

  const includedRow = row++;
  w.label(includedRow, 'sheet.scenario.included', 'sheet.unit.flag');
  w.partnerRow(includedRow, () => `INDEX(${w.scenarios.partnerFlags(w.code)},COLUMN()-COLUMN(${cellRef(codeRow, pc(0))})+1)`,
    (p) => fig.included[p], { numberFormat: FORMAT_FLAG });
  grid.put(includedRow, D, { formula: `SUM(${w.partnersRange(includedRow)})`, expected: o.partnersIncluded, style: 'total', numberFormat: FORMAT_FLAG });
  const incl = w.partnersRange(includedRow);
  const inclCell = (p: number) => cellRef(includedRow, pc(p), { absCol: false });

  const chargesInRow = row++;
  w.label(chargesInRow, 'sheet.scenario.chargesIn', 'sheet.unit.eurPerYear');
  grid.put(chargesInRow, D, w.money({ formula: `SUMPRODUCT(${incl},${bases.partnerRange('charges')})`, expected: fig.chargesInEur }));
  const payrollInRow = row++;
  w.label(payrollInRow, 'sheet.scenario.payrollIn', 'sheet.unit.eurPerYear');
  grid.put(payrollInRow, D, w.money({ formula: `SUMPRODUCT(${incl},${bases.partnerRange('staffPayroll')})`, expected: fig.payrollInEur }));

  const costKeyRow = row++;
  const chargesIn = cellRef(chargesInRow, D);
  w.label(costKeyRow, 'sheet.scenario.costKey', 'sheet.unit.rate');
  w.partnerRow(costKeyRow, (p) => `IF(${chargesIn}>0,${inclCell(p)}*${bases.partnerCell('charges', p)}/${chargesIn},0)`,
    (p) => o.partners[p].costKey, { numberFormat: FORMAT_RATE });
  grid.put(costKeyRow, D, { formula: `SUM(${w.partnersRange(costKeyRow)})`, expected: o.partners.reduce((a, p) => a + p.costKey, 0), style: 'total', numberFormat: FORMAT_RATE });

  row++;
  const keysHeader = row++;
  w.partnerHeader(keysHeader, 'sheet.scenario.savingsKeys');
  grid.text(keysHeader, D, ctx.t('sheet.scenario.header.baselineIn'), 'header');
  const firstKeyRow = row;
  POOLED_FUNCTIONS.forEach((f, i) => {
    const at = row++;
    grid.text(at, COL.code, f, 'note');
    grid.text(at, COL.label, ctx.t(`domain.function.${f}`));
    grid.put(at, D, w.money({ formula: `SUMPRODUCT(${incl},${bases.partnerRange(`baseline.${f}`)})`, expected: o.functions[i].baselineEur }));
    const baseIn = cellRef(at, D, { absCol: true, absRow: false });
    // The partner's share of the function's baseline in; the cost key when the partners in have none.
    w.partnerRow(at, (p) => `IF(${baseIn}>0,${inclCell(p)}*${bases.partnerCell(`baseline.${f}`, p)}/${baseIn},${cellRef(costKeyRow, pc(p), { absCol: false })})`,
      (p) => fig.savingsKeys[i][p], { numberFormat: FORMAT_RATE });
  });
  return { nextRow: row, codeRow, includedRow, chargesInRow, payrollInRow, costKeyRow, firstKeyRow, lastKeyRow: row - 1 };
}

/** The range of a column over the rows first…last, absolute. */
export function columnRange(first: number, last: number, col: number): string {
  return rangeRef(first, col, last, col);
}
