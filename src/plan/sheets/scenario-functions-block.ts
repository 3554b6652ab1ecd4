// A scenario's functions: first what each pooled function draws on (flags, FTE and average
// cost of the partners in, its one-off cost), then its savings by year with the delayed
// ramp-up (SCENARIO-SPEC "Savings of the functions").
import { carefulSum } from '../../engine/careful-sum';
import { POOLED_FUNCTIONS } from '../../engine/model-assumptions';
import { booleanFormat, FORMAT_COUNT, FORMAT_FLAG, FORMAT_FTE, rateFormatFor } from '../layout/number-formats';
import { cellRef, rangeRef } from '../layout/sheet-ref';
import { yearCol } from '../layout/timeline';
import type { KeysBlock } from './scenario-keys-block';
import { COL, type ScenarioWriter } from './scenario-writer';

export interface FunctionsBlock {
  readonly nextRow: number;
  /** Levers grid: rows by function; C pooled, D bottom-up, E FTE in, F payroll in, G average cost, H one-off. */
  readonly firstLeverRow: number;
  readonly lastLeverRow: number;
  readonly functionsPooledRow: number;
  readonly ftePooledRow: number;
  /** Savings grid: rows by function, years across; H the check. */
  readonly firstSavingsRow: number;
  readonly lastSavingsRow: number;
  readonly savingsTotalRow: number;
}

const HEADERS_LEVERS = ['code', 'function', 'pooled', 'bottomUp', 'fteIn', 'payrollIn', 'averageCost', 'oneOff'] as const;
const HEADERS_SAVINGS = ['code', 'function', 'unit', 'baselineIn', 'rate', 'runRate', 'total', 'check'] as const;

export function putFunctions(w: ScenarioWriter, row: number, keys: KeysBlock): FunctionsBlock {
  const { ctx, grid, outcome: o, figures: fig, bases } = w;
  const { code: A, label: B, unit: C, d: D, e: E, f: F, total: G, check: H } = COL;
  const incl = w.partnersRange(keys.includedRow);

  grid.text(row++, A, ctx.t('sheet.scenario.section.functions'), 'subtitle');
  const leversHeader = row++;
  HEADERS_LEVERS.forEach((h, i) => grid.text(leversHeader, A + i, ctx.t(`sheet.scenario.header.${h}`), 'header'));
  const firstLeverRow = row;
  POOLED_FUNCTIONS.forEach((f, i) => {
    const at = row++;
    const fo = o.functions[i];
    const r = (c: number) => cellRef(at, c, { absRow: false });
    grid.text(at, A, f, 'note');
    grid.text(at, B, ctx.t(`domain.function.${f}`));
    grid.put(at, C, { formula: w.lever(`pooled.${f}`), expected: fo.pooled, style: 'calc', numberFormat: FORMAT_FLAG });
    grid.put(at, D, { formula: w.lever(`bottomUp.${f}`), expected: fo.bottomUp, style: 'calc', numberFormat: FORMAT_FLAG });
    grid.put(at, E, { formula: `SUMPRODUCT(${incl},${bases.partnerRange(`fte.${f}`)})`, expected: fig.fteIn[i], style: 'calc', numberFormat: FORMAT_FTE });
    grid.put(at, F, w.money({ formula: `SUMPRODUCT(${incl},${bases.partnerRange(`payroll.${f}`)})`, expected: fig.payrollInByFunctionEur[i] }));
    grid.put(at, G, w.money({ formula: `IF(${r(E)}>0,${r(F)}/${r(E)},0)`, expected: fo.averageCostPerFteEur }));
    // pooled × (one-off of the function + bottom-up × FTE removed × average cost × severance share)
    grid.put(at, H, w.money({
      formula: `${r(C)}*(${w.lever(`oneOffEur.${f}`)}+${r(D)}*${w.lever(`fteRemoved.${f}`)}*${r(G)}*${w.hyp('oneOff.severanceShare')})`,
      expected: fo.oneOffEur,
    }));
  });
  const lastLeverRow = row - 1;
  const column = (c: number) => rangeRef(firstLeverRow, c, lastLeverRow, c);
  const functionsPooledRow = row++;
  w.label(functionsPooledRow, 'sheet.scenario.functionsPooled', 'sheet.scenario.unit.count', 'total');
  grid.put(functionsPooledRow, D, { formula: `SUM(${column(C)})`, expected: o.functionsPooled, style: 'total', numberFormat: FORMAT_COUNT });
  const ftePooledRow = row++;
  w.label(ftePooledRow, 'sheet.scenario.ftePooled', 'sheet.unit.fte', 'total');
  grid.put(ftePooledRow, D, { formula: `SUMPRODUCT(${column(C)},${column(E)})`, expected: o.ftePooled, style: 'total', numberFormat: FORMAT_FTE });

  row++;
  grid.text(row++, A, ctx.t('sheet.scenario.section.savings'), 'subtitle');
  const savingsHeader = row++;
  HEADERS_SAVINGS.forEach((h, i) => grid.text(savingsHeader, A + i, ctx.t(`sheet.scenario.header.${h}`), 'header'));
  const firstSavingsRow = row;
  const delay = w.lever('delayYears');
  POOLED_FUNCTIONS.forEach((f, i) => {
    const at = row++;
    const lv = firstLeverRow + i;
    const fo = o.functions[i];
    const r = (c: number) => cellRef(at, c, { absRow: false });
    grid.text(at, A, f, 'note');
    grid.text(at, B, ctx.t(`domain.function.${f}`));
    grid.text(at, C, ctx.t('sheet.unit.eurPerYear'), 'unit');
    grid.put(at, D, w.money({ formula: cellRef(keys.firstKeyRow + i, D), expected: fo.baselineEur }));
    grid.put(at, E, { formula: w.hyp(`savingsRate.${f}`), expected: fo.savingsRate, style: 'calc', numberFormat: rateFormatFor(fo.savingsRate) });
    // pooled × IF(bottom-up, FTE removed × average cost, rate × baseline in)
    grid.put(at, F, w.money({
      formula: `${cellRef(lv, C)}*IF(${cellRef(lv, D)}=1,${w.lever(`fteRemoved.${f}`)}*${cellRef(lv, G)},${r(E)}*${r(D)})`,
      expected: fo.runRateEur,
    }));
    w.rowTotal(at, fo.byYearEur);
    grid.put(at, H, {
      formula: `SUMPRODUCT(--(ABS(${w.yearsRange(at)})>ABS(${r(D)})))=0`,
      expected: fo.byYearEur.every((v) => !(Math.abs(v) > Math.abs(fo.baselineEur))), style: 'check', numberFormat: booleanFormat(ctx.t),
    });
    // The ramp-up starts `delay` years later: year t takes the ramp of year t − delay (0 before the start).
    const ramp = w.hypYears(`rampUp.${f}`);
    w.yearRow(at, (t) => `$F${at}*IF(${w.idx(t)}-${delay}<0,0,INDEX(${ramp},1,${w.idx(t)}-${delay}+1))*${w.inH(t)}`, (t) => fo.byYearEur[t]);
  });
  const lastSavingsRow = row - 1;
  const savingsTotalRow = row++;
  const down = (c: number) => `SUM(${rangeRef(firstSavingsRow, c, lastSavingsRow, c, { absRow: false, absCol: false })})`;
  w.label(savingsTotalRow, 'sheet.scenario.savingsTotal', 'sheet.unit.eurPerYear', 'total');
  grid.put(savingsTotalRow, D, w.money({ formula: down(D), expected: carefulSum(o.functions.map((f) => f.baselineEur)), style: 'total' }));
  grid.put(savingsTotalRow, F, w.money({ formula: down(F), expected: carefulSum(o.functions.map((f) => f.runRateEur)), style: 'total' }));
  grid.put(savingsTotalRow, G, w.money({ formula: down(G), expected: carefulSum(o.functions.map((f) => carefulSum(f.byYearEur))), style: 'total' }));
  w.yearRow(savingsTotalRow, (t) => down(yearCol(t)), (t) => o.savingsByYearEur[t], { style: 'total' });
  return { nextRow: row, firstLeverRow, lastLeverRow, functionsPooledRow, ftePooledRow, firstSavingsRow, lastSavingsRow, savingsTotalRow };
}
