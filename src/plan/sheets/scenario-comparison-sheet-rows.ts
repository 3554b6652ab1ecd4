// The top of the scenario comparison: what each scenario is, what it yields over the
// horizon, how the weighted choice scores it, and what it brings to each association.
// Every scenario cell reads the scenario's own sheet (or the scoring, Scénarios and legal
// forms sheets); S0, the status quo, holds values: 0 for its figures, "—" where none applies.
import { COOPERATION_FORM_CATALOGUE } from '../../domain';
import type { Computed } from '../../engine/computed';
import type { ScenarioOutcome } from '../../engine/scenarios/types';
import { booleanFormat, FORMAT_COUNT, FORMAT_EUR, FORMAT_FTE, FORMAT_RATE, FORMAT_YEARS } from '../layout/number-formats';
import type { ScenarioSheetRefs } from '../scenario-refs';
import type { CellScalar } from '../types';
import { text } from './partner-formulas';
import { CODE_ROW, LABEL_COL, NAME_ROW, S0_COL, type ComparisonWriter, type FigureRow } from './scenario-comparison-sheet-writer';

/** Weighted scores are 0–100 with one decimal. */
const FORMAT_SCORE = '0.0';

const K = (key: string) => `sheet.scenarioComparison.${key}`;

/** The cell a Computed figure shows: its value, or the reason it has none (as the scenario sheets write it). */
export function computedCell(c: Computed<number>, t: (key: string) => string): CellScalar {
  return c.ok ? c.value : t(`sheet.reason.${c.reason}`);
}

/** The form's localised name: what the legal forms sheet lists. */
// Short names: the scenario columns are narrow, and a board reads them across.
const formName = (w: ComparisonWriter, form: string) => w.ctx.t(`domain.form.${form}.short`);

/** Row 7: the codes; row 8: each scenario's name, the form's name when the board gave none. */
export function putHeader(w: ComparisonWriter): void {
  const { ctx, grid, o } = w;
  grid.text(CODE_ROW, LABEL_COL, ctx.t(K('header.criterion')), 'header');
  grid.text(CODE_ROW, LABEL_COL + 1, ctx.t(K('header.unit')), 'header');
  grid.text(CODE_ROW, S0_COL, 'S0', 'header');
  grid.text(NAME_ROW, LABEL_COL, ctx.t(K('header.name')), 'header');
  grid.put(NAME_ROW, LABEL_COL + 1, { style: 'header' });
  grid.text(NAME_ROW, S0_COL, ctx.t(K('statusQuo.name')), 'header');
  const { codes, shortNames: names } = o.legalForms;
  o.refs.forEach((ref, i) => {
    const outcome = w.outcome(i);
    const name = o.scenarios.ref(ref.code, 'name');
    const form = o.scenarios.ref(ref.code, 'form');
    grid.text(CODE_ROW, w.col(i), ref.code, 'header');
    grid.put(NAME_ROW, w.col(i), {
      // The form lever holds the form's code; a name typed there instead is shown as it stands.
      formula: `IF(${name}="",IFERROR(INDEX(${names},MATCH(${form},${codes},0)),${form}),${name})`,
      expected: outcome.name !== '' ? outcome.name : formName(w, outcome.form),
      style: 'header',
    });
  });
  grid.text(CODE_ROW, w.bestCol, ctx.t(K('header.best')), 'header');
  grid.text(NAME_ROW, w.bestCol, ctx.t(K('header.bestNote')), 'header');
}

const integrationMax = (form: string): number =>
  COOPERATION_FORM_CATALOGUE.find((f) => f.code === form)?.integrationLevel?.max ?? 0;

/** Rows from `row`: the scenario's reach, its results and its weighted score; returns the next free row. */
export function putScenarioRows(w: ComparisonWriter, start: number): number {
  const { ctx, grid, o } = w;
  const t = ctx.t;
  const none = w.texts.none;
  let row = start;
  const section = (key: string, linkTo?: string) => {
    grid.put(row++, LABEL_COL, { value: t(K(`section.${key}`)), style: 'subtitle', ...(linkTo === undefined ? {} : { linkTo }) });
  };
  const put = (r: FigureRow) => w.putFigures(row++, r);
  /** A row that repeats one figure of each scenario's sheet. */
  const copy = (label: string, unit: string, format: string, s0: CellScalar, direction: FigureRow['direction'],
    pick: (ref: ScenarioSheetRefs) => string, value: (outcome: ScenarioOutcome) => CellScalar, style?: FigureRow['style']): void =>
    put({ label: t(K(`row.${label}`)), unit, format, s0, direction, style, scenario: (ref, outcome) => ({ formula: pick(ref), expected: value(outcome) }) });
  const eur = t('sheet.unit.eur');
  const count = t(K('unit.count'));

  section('scenario');
  // Links to each scenario's own sheet, where its detail stands.
  grid.text(row, LABEL_COL, t(K('row.sheet')));
  grid.text(row, S0_COL, none, 'unit');
  o.refs.forEach((ref, i) => grid.put(row, w.col(i), { value: ref.sheetName, style: 'link', linkTo: ref.sheetKey }));
  row++;
  const { codes, shortNames: names } = o.legalForms;
  put({
    label: t(K('row.form')), unit: '', s0: t(K('statusQuo.form')), direction: null,
    scenario: (ref, outcome) => {
      const form = o.scenarios.ref(ref.code, 'form');
      return { formula: `IFERROR(INDEX(${names},MATCH(${form},${codes},0)),${form})`, expected: formName(w, outcome.form) };
    },
  });
  copy('integrationLevel', t(K('unit.level')), FORMAT_COUNT, 0, null, (r) => r.integrationLevel, (x) => integrationMax(x.form));
  copy('partnersIncluded', count, FORMAT_COUNT, 0, null, (r) => r.partnersIncluded, (x) => x.partnersIncluded);
  copy('functionsPooled', count, FORMAT_COUNT, 0, null, (r) => r.functionsPooled, (x) => x.functionsPooled);
  copy('ftePooled', t('sheet.unit.fte'), FORMAT_FTE, 0, null, (r) => r.ftePooled, (x) => x.ftePooled);
  copy('sitesClosed', count, FORMAT_COUNT, 0, null, (r) => r.sitesClosed, (x) => x.sitesClosed);
  copy('shareKept', t('sheet.unit.rate'), FORMAT_RATE, none, null, (r) => r.shareKept, (x) => x.shareKept);
  // AND() keeps a boolean whether the scenario sheet holds TRUE/FALSE or 1/0.
  copy('auditorRequired', t(K('unit.flag')), booleanFormat(t), false, null, (r) => `AND(${r.auditorRequired})`, (x) => x.merger.auditorRequired);

  row++;
  section('results');
  copy('oneOffTotal', eur, FORMAT_EUR, 0, 'min', (r) => r.oneOffTotal, (x) => x.oneOffTotalEur);
  copy('npv', eur, FORMAT_EUR, 0, 'max', (r) => r.npv, (x) => computedCell(x.npvEur, t), 'total');
  copy('payback', t('sheet.unit.years'), FORMAT_YEARS, none, 'min', (r) => r.payback, (x) => computedCell(x.paybackYears, t), 'total');
  copy('netBenefitTotal', eur, FORMAT_EUR, 0, 'max', (r) => r.netBenefitTotal, (x) => x.netBenefitTotalEur, 'total');

  row++;
  section('scoring', 'scoring');
  const s = o.scoringResult;
  const scored = (code: string) => {
    const i = s.codes.indexOf(code);
    if (i < 0) throw new Error(`Scenario ${code} has no weighted score`);
    return i;
  };
  // The status quo is scored only when the scoring sheet lists it.
  const s0Score = (read: (code: string) => string, values: readonly number[]): FigureRow['s0'] =>
    (s.codes.includes('S0') ? { formula: read('S0'), expected: values[scored('S0')] } : none);
  put({
    label: t(K('row.score')), unit: t(K('unit.score')), format: FORMAT_SCORE, s0: s0Score(o.scoring.total, s.total), direction: 'max', style: 'total',
    scenario: (ref) => ({ formula: o.scoring.total(ref.code), expected: s.total[scored(ref.code)] }),
  });
  put({
    label: t(K('row.rank')), unit: t(K('unit.rank')), format: FORMAT_COUNT, s0: s0Score(o.scoring.rank, s.rank), direction: 'min',
    scenario: (ref) => ({ formula: o.scoring.rank(ref.code), expected: s.rank[scored(ref.code)] }),
  });
  putFirstChoice(w, row++);
  return row;
}

/** The highlighted line: which scenario the weighted choice puts first, code and name. */
function putFirstChoice(w: ComparisonWriter, row: number): void {
  const { ctx, grid, o } = w;
  grid.text(row, LABEL_COL, ctx.t(K('row.firstChoice')), 'output');
  grid.put(row, LABEL_COL + 1, { value: null, style: 'output' });
  const codes = w.headerRange(CODE_ROW, true) as string;
  const names = w.headerRange(NAME_ROW, true) as string;
  const prefix = ctx.t(K('firstChoice'));
  const first = o.scoringResult.first;
  const i = o.refs.findIndex((r) => r.code === first);
  const outcome = i < 0 ? null : w.outcome(i);
  const firstName = first === 'S0' ? ctx.t(K('statusQuo.name'))
    : outcome === null ? null : outcome.name !== '' ? outcome.name : formName(w, outcome.form);
  if (firstName === null) {
    grid.put(row, S0_COL, { value: w.texts.none, style: 'output' });
  } else {
    grid.put(row, S0_COL, {
      formula: `CONCATENATE(${text(prefix)},${text(' ')},${o.scoring.first},${text(' — ')},INDEX(${names},MATCH(${o.scoring.first},${codes},0)))`,
      expected: `${prefix} ${first} — ${firstName}`,
      style: 'output',
    });
  }
  for (let col = S0_COL + 1; col <= w.bestCol; col++) grid.put(row, col, { value: null, style: 'output' });
}

/** Net benefit, NPV and payback of each association (data.partners order) in every scenario. */
export function putPartnerRows(w: ComparisonWriter, start: number): number {
  const { ctx, grid } = w;
  const t = ctx.t;
  let row = start;
  const partners = ctx.data.partners;
  const block = (key: string, unit: string, format: string, s0: CellScalar, direction: FigureRow['direction'],
    pick: (ref: ScenarioSheetRefs, p: number) => string, value: (outcome: ScenarioOutcome, p: number) => CellScalar) => {
    grid.text(row++, LABEL_COL, t(K(`section.${key}`)), 'subtitle');
    partners.forEach((partner, p) => w.putFigures(row++, {
      label: `${partner.code} — ${partner.name}`, unit, format, s0, direction,
      scenario: (ref, outcome) => ({ formula: pick(ref, p), expected: value(outcome, p) }),
    }));
    row++;
  };
  block('partnerNetBenefit', t('sheet.unit.eur'), FORMAT_EUR, 0, 'max', (r, p) => r.partnerNetBenefitTotal(p), (x, p) => x.partners[p].netBenefitTotalEur);
  block('partnerNpv', t('sheet.unit.eur'), FORMAT_EUR, 0, 'max', (r, p) => r.partnerNpv(p), (x, p) => computedCell(x.partners[p].npvEur, t));
  block('partnerPayback', t('sheet.unit.years'), FORMAT_YEARS, w.texts.none, 'min', (r, p) => r.partnerPayback(p), (x, p) => computedCell(x.partners[p].paybackYears, t));
  return row;
}
