// Choix pondéré (input): the board's weights and judgement scores as input cells; the
// scenarios' figures read from their sheets, scaled min–max to 0–100; the weighted score,
// rank and first choice; and for each weight the share at which the first choice changes.
// Every formula carries the engine's value (scoreScenarios) for the tests.
import { carefulSum } from '../../engine/careful-sum';
import { CRITERION_DIRECTION } from '../../engine/scoring/score-scenarios';
import {
  CRITERIA, DATA_CRITERIA, JUDGEMENT_CRITERIA, type Criterion, type DataCriterion, type ScenarioFigures, type ScoringInputs, type ScoringResult,
} from '../../engine/scoring/types';
import type { PlanCheck, SheetBuild, SheetContext } from '../context';
import { FORMAT_EUR, FORMAT_RATE, FORMAT_YEARS } from '../layout/number-formats';
import { SheetGrid } from '../layout/sheet-grid';
import { cellRef, rangeRef, sheetRef } from '../layout/sheet-ref';
import type { ScenarioSheetRefs, ScoringSheetRefs } from '../scenario-refs';
import type { RiskScoreRefs } from './risks-sheet-refs';
import type { CellScalar } from '../types';
import {
  FIRST_SCENARIO_COL, SCORING_COLS as C, SCORING_HEADER_ROW as HEADER, SCORING_NOTE_ROW, SCORING_PROVENANCE_ROW, SCORING_ROWS as R,
  criterionRow, crossingRow, distanceRow, figureRow, scenarioCol, sensitivityRow,
} from './scoring-sheet-layout';
import { putFrame } from './sheet-frame';

const FORMAT_SCORE = '0.0';
const FORMAT_JUDGEMENT = '0';
const FORMAT_RANK = '0';
const FORMAT_CHANGE = '+0.0%;-0.0%;0.0%';

export interface ScoringSheetOptions {
  /** Each scenario's calculation sheet, one per code of `result.codes`. */
  readonly refs: readonly ScenarioSheetRefs[];
  readonly inputs: ScoringInputs;
  /** scoreScenarios(figures, inputs): the expected values, with its `figures`. */
  readonly result: ScoringResult;
  readonly dataYear: number;
  readonly masterCheck: boolean;
  /**
   * The risk map's per-scenario risk score (issue 6). Absent: the risk figures are written as values
   * (result.figures' riskScore, 0 when absent), which the criterion then scales like the others.
   */
  readonly risk?: Pick<RiskScoreRefs, 'riskScore'>;
}

/**
 * The raw figure of a data criterion in a scenario's sheet: the payback's text "not within horizon" counts
 * horizon + 1; the risk score from the risk map; null when there is no risk map (the figure is then a value).
 */
function figureFormula(c: DataCriterion, ref: ScenarioSheetRefs, risk: ScoringSheetOptions['risk']): string | null {
  // N() counts a text reason (no partner taking part) as 0, as the engine's figures do.
  if (c === 'npv') return `N(${ref.npv})`;
  if (c === 'payback') return `IF(ISNUMBER(${ref.payback}),${ref.payback},HorizonYears+1)`;
  if (c === 'risk') return risk ? risk.riskScore(ref.code) : null;
  return ref.oneOffTotal;
}

const figureValue: Readonly<Record<DataCriterion, (f: ScenarioFigures) => number>> = {
  npv: (f) => f.npvEur, payback: (f) => f.paybackYears, oneOffCosts: (f) => f.oneOffCostsEur, risk: (f) => f.riskScore ?? 0,
};
const FIGURE_UNIT: Readonly<Record<DataCriterion, string>> = {
  npv: 'sheet.unit.eur', payback: 'sheet.unit.years', oneOffCosts: 'sheet.unit.eur', risk: 'sheet.scoring.unit.riskScore',
};
const FIGURE_FORMAT: Readonly<Record<DataCriterion, string>> = {
  npv: FORMAT_EUR, payback: FORMAT_YEARS, oneOffCosts: FORMAT_EUR, risk: FORMAT_SCORE,
};

/**
 * The weighted-choice sheet (key `scoring`, class input, unprotected: it holds the board's inputs).
 * Layout in scoring-sheet-layout.ts: criteria by row (key, label, direction, weight, share),
 * scenarios by column; then the weighted score, rank, gap and first choice; then the weight
 * sensitivity and its two working blocks (crossing shares, distances).
 */
export function buildScoringSheet(ctx: SheetContext, o: ScoringSheetOptions): SheetBuild & { refs: ScoringSheetRefs } {
  const { result, inputs } = o;
  const figures = result.figures;
  if (!figures) throw new Error('buildScoringSheet needs the figures of scoreScenarios (result.figures)');
  const codes = result.codes;
  const n = codes.length;
  if (n === 0) throw new Error('buildScoringSheet needs at least one scenario');
  const refs = codes.map((code) => {
    const ref = o.refs.find((r) => r.code === code);
    if (!ref) throw new Error(`No scenario sheet for ${code}`);
    return ref;
  });
  const name = ctx.names.scoring ?? ctx.t('sheet.name.scoring');
  const t = ctx.t;
  const grid = new SheetGrid();
  const lastCol = scenarioCol(n - 1);
  const across = (row: number) => rangeRef(row, FIRST_SCENARIO_COL, row, lastCol);
  const codesRange = across(HEADER);
  const totals = across(R.total);
  const weights = rangeRef(criterionRow(CRITERIA[0]), C.weight, criterionRow(CRITERIA[CRITERIA.length - 1]), C.weight);
  const weightSum = cellRef(R.total, C.weight);
  const first = cellRef(R.first, C.weight);
  const none = t('sheet.scoring.none');
  const firstIndex = codes.indexOf(result.first);

  putFrame(grid, ctx, { title: t('sheet.scoring.title'), sheetClass: 'input', dataYear: o.dataYear, masterCheck: o.masterCheck, masterCheckCol: C.weight });
  grid.text(SCORING_NOTE_ROW, 1, t('sheet.scoring.note'), 'note');
  grid.text(SCORING_PROVENANCE_ROW, 1, t('sheet.scoring.provenance'), 'source');
  const headers = (row: number, texts: readonly (string | null)[], withCodes: boolean) => {
    texts.forEach((text, i) => { if (text !== null) grid.text(row, i + 1, text, 'header'); });
    if (withCodes) codes.forEach((code, k) => grid.text(row, scenarioCol(k), code, 'header'));
  };
  const keyAndLabel = (row: number, key: string, label: string) => {
    grid.text(row, C.key, key, 'note');
    grid.text(row, C.label, label);
  };
  const criterionLabel = (c: Criterion) => t(`sheet.scoring.criterion.${c}`);
  headers(HEADER, ['key', 'criterion', 'direction', 'weight', 'share'].map((h) => t(`sheet.scoring.header.${h}`)), true);

  // Figures read from the scenario sheets.
  grid.text(R.figuresSection, C.key, t('sheet.scoring.section.figures'), 'subtitle');
  for (const c of DATA_CRITERIA) {
    const row = figureRow(c);
    keyAndLabel(row, `figure.${c}`, t(`sheet.scoring.figure.${c}`));
    grid.text(row, C.direction, t(FIGURE_UNIT[c]), 'unit');
    refs.forEach((ref, k) => {
      const formula = figureFormula(c, ref, o.risk);
      const value = figureValue[c](figures[k]);
      grid.put(row, scenarioCol(k), formula === null
        ? { value, style: 'calc', numberFormat: FIGURE_FORMAT[c] }
        : { formula, expected: value, style: 'calc', numberFormat: FIGURE_FORMAT[c] });
    });
  }

  // Scores, weights and shares.
  grid.text(R.scoresSection, C.key, t('sheet.scoring.section.scores'), 'subtitle');
  for (const c of CRITERIA) {
    const row = criterionRow(c);
    const judgement = (JUDGEMENT_CRITERIA as readonly Criterion[]).includes(c);
    keyAndLabel(row, c, criterionLabel(c));
    grid.text(row, C.direction, t(`sheet.scoring.direction.${judgement ? 'judgement' : CRITERION_DIRECTION[c as DataCriterion]}`), 'unit');
    grid.put(row, C.weight, { value: inputs.weights[c], style: 'input', numberFormat: FORMAT_RATE });
    grid.put(row, C.share, {
      formula: `IF(${weightSum}=0,0,${cellRef(row, C.weight)}/${weightSum})`,
      expected: result.sensitivity.find((s) => s.criterion === c)?.share ?? (result.weightSum === 0 ? 0 : inputs.weights[c] / result.weightSum),
      style: 'calc', numberFormat: FORMAT_RATE,
    });
    codes.forEach((_, k) => {
      const col = scenarioCol(k);
      if (judgement) {
        grid.put(row, col, { value: result.scores[c][k], style: 'input', numberFormat: FORMAT_JUDGEMENT });
        return;
      }
      const fr = figureRow(c as DataCriterion);
      const range = rangeRef(fr, FIRST_SCENARIO_COL, fr, lastCol);
      const v = cellRef(fr, col, { absRow: false, absCol: false });
      // Every scenario scores 100 when all are equal on the criterion (nothing tells them apart).
      const scaled = CRITERION_DIRECTION[c as DataCriterion] === 'higherIsBetter'
        ? `100*(${v}-MIN(${range}))/(MAX(${range})-MIN(${range}))`
        : `100*(MAX(${range})-${v})/(MAX(${range})-MIN(${range}))`;
      grid.put(row, col, { formula: `IF(MAX(${range})=MIN(${range}),100,${scaled})`, expected: result.scores[c][k], style: 'calc', numberFormat: FORMAT_SCORE });
    });
  }
  const scoresOf = (col: number) => rangeRef(criterionRow(CRITERIA[0]), col, criterionRow(CRITERIA[CRITERIA.length - 1]), col, { absRow: false, absCol: false });
  keyAndLabel(R.total, 'total', t('sheet.scoring.total'));
  grid.put(R.total, C.weight, { formula: `SUM(${weights})`, expected: result.weightSum, style: 'total', numberFormat: FORMAT_RATE });
  keyAndLabel(R.rank, 'rank', t('sheet.scoring.rank'));
  keyAndLabel(R.gap, 'gap', t('sheet.scoring.gap'));
  codes.forEach((_, k) => {
    const col = scenarioCol(k);
    const here = (row: number) => cellRef(row, col, { absRow: false, absCol: false });
    grid.put(R.total, col, {
      formula: `IF(${weightSum}=0,0,SUMPRODUCT(${weights},${scoresOf(col)})/${weightSum})`, expected: result.total[k], style: 'total', numberFormat: FORMAT_SCORE,
    });
    grid.put(R.rank, col, { formula: `RANK(${here(R.total)},${totals})`, expected: result.rank[k], style: 'output', numberFormat: FORMAT_RANK });
    grid.put(R.gap, col, {
      formula: `${here(R.total)}-MAX(${totals})`, expected: result.total[k] - result.total[firstIndex], style: 'calc', numberFormat: FORMAT_SCORE,
    });
  });
  keyAndLabel(R.first, 'first', t('sheet.scoring.first'));
  grid.put(R.first, C.weight, { formula: `INDEX(${codesRange},MATCH(MAX(${totals}),${totals},0))`, expected: result.first, style: 'output' });

  // Weight sensitivity, read from the two working blocks below it.
  grid.text(R.sensitivitySection, C.key, t('sheet.scoring.section.sensitivity'), 'subtitle');
  headers(R.sensitivityHeader, [t('sheet.scoring.header.key'), t('sheet.scoring.header.criterion'),
    ...['share', 'switchShare', 'change', 'newFirst'].map((h) => t(`sheet.scoring.sensitivity.${h}`))], false);
  grid.text(R.crossingsSection, C.key, t('sheet.scoring.section.crossings'), 'subtitle');
  headers(R.crossingsHeader, [t('sheet.scoring.header.key'), t('sheet.scoring.header.criterion'), t('sheet.scoring.crossings.firstScore')], true);
  grid.text(R.distancesSection, C.key, t('sheet.scoring.section.distances'), 'subtitle');
  headers(R.distancesHeader, [t('sheet.scoring.header.key'), t('sheet.scoring.header.criterion'),
    t('sheet.scoring.distances.count'), t('sheet.scoring.distances.nearest')], true);
  for (const c of CRITERIA) {
    const s = result.sensitivity.find((x) => x.criterion === c)!;
    const cr = criterionRow(c);
    const xr = crossingRow(c);
    const dr = distanceRow(c);
    const sr = sensitivityRow(c);
    const share = cellRef(cr, C.share);
    const firstScore = cellRef(xr, C.direction);
    const crossings = rangeRef(xr, FIRST_SCENARIO_COL, xr, lastCol);
    const distances = rangeRef(dr, FIRST_SCENARIO_COL, dr, lastCol);
    const engine = crossingsOf(result, c);
    // Working: the first choice's score, each challenger's crossing share and its distance to the share.
    keyAndLabel(xr, `crossing.${c}`, criterionLabel(c));
    grid.put(xr, C.direction, {
      formula: `INDEX(${rangeRef(cr, FIRST_SCENARIO_COL, cr, lastCol)},MATCH(${first},${codesRange},0))`,
      expected: result.scores[c][firstIndex], style: 'calc', numberFormat: FORMAT_SCORE,
    });
    keyAndLabel(dr, `distance.${c}`, criterionLabel(c));
    codes.forEach((_, k) => {
      const col = scenarioCol(k);
      const code = cellRef(HEADER, col, { absCol: false });
      const gap = cellRef(R.gap, col, { absCol: false });
      const score = cellRef(cr, col, { absRow: false, absCol: false });
      const x = cellRef(xr, col, { absRow: false, absCol: false });
      const totalMinusScoreGap = `${gap}-(${score}-${firstScore})`;
      // x = (ΔS − a·Δs)/(ΔS − Δs): see crossingShare in src/engine/scoring/weight-sensitivity.ts.
      grid.put(xr, col, {
        formula: `IF(AND(${code}<>${first},${weightSum}<>0,${share}<1,${totalMinusScoreGap}<>0),(${gap}-${share}*(${score}-${firstScore}))/(${totalMinusScoreGap}),"")`,
        expected: engine.crossing[k], style: 'calc', numberFormat: FORMAT_RATE,
      });
      // Retained when the challenger then leads within 0–100 % (countsAsSwitch).
      grid.put(dr, col, {
        formula: `IF(AND(ISNUMBER(${x}),OR(AND(${x}>0,${x}<1),AND(${x}=0,${share}=0))),ABS(${x}-${share}),"")`,
        expected: engine.distance[k], style: 'calc', numberFormat: FORMAT_RATE,
      });
    });
    const count = cellRef(dr, C.direction);
    const nearest = cellRef(dr, C.weight);
    grid.put(dr, C.direction, { formula: `COUNT(${distances})`, expected: engine.distance.filter((d) => d !== '').length, style: 'calc', numberFormat: FORMAT_RANK });
    grid.put(dr, C.weight, {
      formula: `IF(${count}=0,0,MATCH(MIN(${distances}),${distances},0))`,
      expected: s.newFirst === null ? 0 : codes.indexOf(s.newFirst) + 1, style: 'calc', numberFormat: FORMAT_RANK,
    });
    keyAndLabel(sr, `sensitivity.${c}`, criterionLabel(c));
    grid.put(sr, C.direction, { formula: share, expected: s.share, style: 'calc', numberFormat: FORMAT_RATE });
    const orNone = (formula: string, expected: CellScalar, numberFormat?: string) =>
      ({ formula: `IF(${nearest}=0,"${none}",${formula})`, expected: expected ?? none, style: 'output' as const, numberFormat });
    grid.put(sr, C.weight, orNone(`INDEX(${crossings},${nearest})`, s.switchShare, FORMAT_RATE));
    grid.put(sr, C.share, orNone(`INDEX(${crossings},${nearest})-${cellRef(sr, C.direction)}`, s.change, FORMAT_CHANGE));
    grid.put(sr, FIRST_SCENARIO_COL, orNone(`INDEX(${codesRange},${nearest})`, s.newFirst));
  }

  const judgementBlock = { row: criterionRow(JUDGEMENT_CRITERIA[0]), col: FIRST_SCENARIO_COL, rows: JUDGEMENT_CRITERIA.length, cols: n };
  return {
    sheet: {
      key: 'scoring', name, class: 'input', cells: grid.cells(), tables: [],
      validations: [{ range: judgementBlock, kind: 'decimal', min: 0, max: 100 }],
      conditionalFormats: [
        { range: { row: 2, col: C.weight + 1, rows: 1, cols: 1 }, kind: 'trueFalse' },
        { range: { row: R.total, col: FIRST_SCENARIO_COL, rows: 1, cols: n }, kind: 'scale', min: 0, max: 100 },
      ],
      freeze: { rows: HEADER, cols: C.label },
      columnWidths: [24, 44, 22, 14, 14, ...Array.from({ length: n }, () => 14)],
      protect: false,
      print: {
        landscape: true, fitToWidth: true,
        area: { row: 1, col: 1, rows: R.last, cols: lastCol },
        header: t('sheet.common.printHeader', { title: t('sheet.scoring.title'), year: o.dataYear }),
        footer: t('sheet.common.printFooter'),
      },
      tabColor: 'FFFFC000',
    },
    checks: scoringChecks(ctx, name, inputs, result),
    names: [],
    refs: {
      sheetName: name,
      total: (code) => sheetRef(name, cellRef(R.total, scenarioCol(indexOf(codes, code)))),
      rank: (code) => sheetRef(name, cellRef(R.rank, scenarioCol(indexOf(codes, code)))),
      first: sheetRef(name, first),
    },
  };
}

function indexOf(codes: readonly string[], code: string): number {
  const k = codes.indexOf(code);
  if (k < 0) throw new Error(`Scenario ${code} is not on the scoring sheet`);
  return k;
}

/**
 * The engine's working figures for one criterion, as the sheet shows them: each challenger's
 * crossing share ('' for the first choice and when the lines are parallel) and its distance to
 * the current share ('' when the crossing does not count). Same arithmetic as weightSensitivity.
 */
function crossingsOf(result: ScoringResult, c: Criterion): { crossing: (number | '')[]; distance: (number | '')[] } {
  const w = result.codes.indexOf(result.first);
  const s = result.sensitivity.find((x) => x.criterion === c)!;
  const a = s.share;
  const scores = result.scores[c];
  const crossing = result.codes.map((_, k): number | '' => {
    if (k === w || result.weightSum === 0 || !(a < 1)) return '';
    const gap = result.total[k] - result.total[w];
    const den = gap - (scores[k] - scores[w]);
    return den === 0 ? '' : (gap - a * (scores[k] - scores[w])) / den;
  });
  const distance = crossing.map((x): number | '' =>
    (x !== '' && ((x > 0 && x < 1) || (x === 0 && a === 0)) ? Math.abs(x - a) : ''));
  return { crossing, distance };
}

/** Weights summing to 100 % (a warning: the ranking does not depend on it), no negative weight, judgement scores within 0–100. */
function scoringChecks(ctx: SheetContext, sheetName: string, inputs: ScoringInputs, result: ScoringResult): PlanCheck[] {
  const n = result.codes.length;
  const weights = sheetRef(sheetName, rangeRef(criterionRow(CRITERIA[0]), C.weight, criterionRow(CRITERIA[CRITERIA.length - 1]), C.weight));
  const w = CRITERIA.map((c) => inputs.weights[c]);
  const judgement = JUDGEMENT_CRITERIA.flatMap((c) => result.scores[c]);
  const block = sheetRef(sheetName, rangeRef(criterionRow(JUDGEMENT_CRITERIA[0]), FIRST_SCENARIO_COL,
    criterionRow(JUDGEMENT_CRITERIA[JUDGEMENT_CRITERIA.length - 1]), FIRST_SCENARIO_COL + n - 1));
  return [
    {
      key: 'scoring.weightsSum', label: ctx.t('sheet.scoring.check.weightsSum'), severity: 'warning',
      formula: `ROUND(SUM(${weights}),12)=1`, expected: Math.round(carefulSum(w) * 1e12) / 1e12 === 1,
    },
    { key: 'scoring.weightsNonNegative', label: ctx.t('sheet.scoring.check.weightsNonNegative'), formula: `MIN(${weights})>=0`, expected: Math.min(...w) >= 0 },
    {
      key: 'scoring.judgementRange', label: ctx.t('sheet.scoring.check.judgementRange'),
      formula: `AND(MIN(${block})>=0,MAX(${block})<=100)`, expected: judgement.every((v) => v >= 0 && v <= 100),
    },
  ];
}
