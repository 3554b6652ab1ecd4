// The tornado block's rows by year: each pooled function's ramp-up delayed as in the scenario (for the
// NPV per unit of savings rate), and the functions' savings slipped by the low and the high slip.
import { POOLED_FUNCTIONS } from '../../engine/model-assumptions';
import { rampShareAt } from '../../engine/scenarios/scenario-keys';
import type { ScenarioDefinition, ScenarioOutcome } from '../../engine/scenarios/types';
import { FORMAT_COUNT, FORMAT_RATE, FORMAT_YEARS } from '../layout/number-formats';
import { cellRef } from '../layout/sheet-ref';
import { yearCol } from '../layout/timeline';
import { COL, type TornadoWriter } from './tornado-sheet-writer';

export interface HelperRowsInput {
  readonly outcome: ScenarioOutcome;
  readonly definition: ScenarioDefinition;
  /** The scenario's lever cell on the Scénarios sheet, by key. */
  lever(key: string): string;
  /** The scenario sheet's savings of the functions (year t) and each function's baseline of the partners in. */
  savings(t: number): string;
  functionBaseline(f: number): string;
  /** The slip's low and high: values, and the cells of the drivers' table holding them. */
  readonly slip: { readonly low: number; readonly high: number; readonly lowCell: string; readonly highCell: string };
}

export interface HelperRows {
  readonly nextRow: number;
  /** By function index: the cell of the NPV of its savings per unit of savings rate (before the share kept). */
  coefficient(f: number): string;
  /** Present values of the savings slipped by the low and by the high slip. */
  readonly pvSlipLow: string;
  readonly pvSlipHigh: string;
}

/** From `row`: a title, one ramp-up row per pooled function, then the two slipped savings rows. */
export function putHelperRows(w: TornadoWriter, row: number, s: HelperRowsInput): HelperRows {
  const { ctx, grid, years, globals } = w;
  const title = row++;
  grid.text(title, COL.key, ctx.t('sheet.tornado.section.helpers'), 'subtitle');
  grid.text(title, COL.low, ctx.t('sheet.tornado.header.presentValue'), 'header');
  grid.text(title, COL.high, ctx.t('sheet.tornado.header.perUnit'), 'header');
  grid.text(title, COL.npvLow, ctx.t('sheet.tornado.header.wholeYears'), 'header');
  grid.text(title, COL.npvHigh, ctx.t('sheet.tornado.header.fraction'), 'header');

  // Each function's ramp-up delayed by the scenario's delay, within the horizon (the scenario sheet's own factor).
  const delay = s.lever('delayYears');
  const profileFirst = row;
  POOLED_FUNCTIONS.forEach((f, i) => {
    const at = row++;
    const fo = s.outcome.functions[i];
    const profile = years.map((t) => rampShareAt(globals.functions[i].rampUp, t, s.definition.delayYears) * globals.inHorizon[t]);
    grid.text(at, COL.key, f, 'note');
    w.label(at, 'sheet.tornado.profile', { function: ctx.t(`domain.function.${f}`) });
    years.forEach((t) => grid.put(at, yearCol(t), {
      formula: `IF(${w.idx(t)}-${delay}<0,0,INDEX(${w.hypYears(`rampUp.${f}`)},1,${w.idx(t)}-${delay}+1))*${w.inH(t)}`,
      expected: profile[t], style: 'calc', numberFormat: FORMAT_RATE,
    }));
    const pv = w.pvOf(profile);
    grid.put(at, COL.low, { formula: w.pvFormula(w.localRow(at)), expected: pv, style: 'calc', numberFormat: FORMAT_YEARS });
    // pooled × (1 − bottom-up) × baseline in × PV of the ramp-up: what one unit of savings rate is worth.
    grid.put(at, COL.high, w.money(
      `${s.lever(`pooled.${f}`)}*(1-${s.lever(`bottomUp.${f}`)})*${s.functionBaseline(i)}*${cellRef(at, COL.low)}`,
      fo.pooled * (1 - fo.bottomUp) * fo.baselineEur * pv,
    ));
  });

  // ((1 − φ) S_{t−k} + φ S_{t−k−1}) × inH_t with k = INT(slip), φ = slip − k (a slip below 0 counts as 0).
  const slipped = (at: number, value: number, valueCell: string, labelKey: string) => {
    const slip = Math.max(0, value);
    const k = Math.floor(slip);
    const phi = slip - k;
    const S = s.outcome.savingsByYearEur;
    const before = (u: number) => (u < 0 ? 0 : S[u]);
    const shifted = years.map((t) => ((1 - phi) * before(t - k) + phi * before(t - k - 1)) * globals.inHorizon[t]);
    const kCell = cellRef(at, COL.npvLow);
    const phiCell = cellRef(at, COL.npvHigh);
    const savingsRow = w.span(s.savings(0), s.savings(w.n));
    w.label(at, labelKey);
    grid.put(at, COL.npvLow, { formula: `INT(MAX(0,${valueCell}))`, expected: k, style: 'calc', numberFormat: FORMAT_COUNT });
    grid.put(at, COL.npvHigh, { formula: `MAX(0,${valueCell})-${kCell}`, expected: phi, style: 'calc', numberFormat: FORMAT_YEARS });
    years.forEach((t) => grid.put(at, yearCol(t), w.money(
      `((1-${phiCell})*IF(${w.idx(t)}-${kCell}<0,0,INDEX(${savingsRow},1,${w.idx(t)}-${kCell}+1))`
      + `+${phiCell}*IF(${w.idx(t)}-${kCell}-1<0,0,INDEX(${savingsRow},1,${w.idx(t)}-${kCell})))*${w.inH(t)}`,
      shifted[t],
    )));
    grid.put(at, COL.low, w.money(w.pvFormula(w.localRow(at)), w.pvOf(shifted)));
    return cellRef(at, COL.low);
  };
  const pvSlipLow = slipped(row, s.slip.low, s.slip.lowCell, 'sheet.tornado.slippedLow');
  const pvSlipHigh = slipped(row + 1, s.slip.high, s.slip.highCell, 'sheet.tornado.slippedHigh');
  return { nextRow: row + 2, coefficient: (f) => cellRef(profileFirst + f, COL.high), pvSlipLow, pvSlipHigh };
}
