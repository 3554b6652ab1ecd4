// Risques (input): the risk register, one block per scenario under one header row. Likelihood,
// impact, owner, mitigation and the residual ratings are inputs (the model's proposal beside them,
// with why); score, band, residual score and band are formulas over them and the riskRules
// thresholds of Hypothèses. Every formula carries the engine's value (riskRegister).
import { RISK_CATALOGUE, RISK_RATING_MAX, RISK_RATING_MIN, riskDefinition } from '../../domain/risk-catalogue';
import { integrationLevelOf } from '../../domain/scoring-defaults';
import type { RiskRegister } from '../../engine/risks/types';
import { RISK_BANDS } from '../../engine/risks/types';
import type { ScenarioDefinition } from '../../engine/scenarios/types';
import type { PlanCheck, SheetBuild, SheetContext } from '../context';
import { FORMAT_COUNT, FORMAT_FLAG } from '../layout/number-formats';
import { SheetGrid } from '../layout/sheet-grid';
import { cellRef, rangeRef, sheetRef } from '../layout/sheet-ref';
import type { PlanValidation } from '../types';
import {
  RISK_BAND_FROM_COL, RISK_BAND_LABEL_COL, RISK_BANDS_FIRST, RISK_BANDS_HEADER, RISK_COLS as C, RISK_HEADER_ROW, RISK_LAST_COL,
  RISK_NOTE_ROW, RISK_PROVENANCE_ROW, RISK_SCALE_FIRST, RISK_SCALE_HEADER, riskRegisterLayout, type RiskColumn, type RiskRegisterLayout,
} from './risks-sheet-layout';
import { defaultRiskTexts, riskWhyText } from './risks-sheet-texts';
import { putFrame } from './sheet-frame';

const FORMAT_RATING = FORMAT_FLAG;
const FORMAT_SCORE = '0';
const HEADERS: readonly RiskColumn[] = [
  'scenario', 'id', 'category', 'description', 'likelihood', 'impact', 'score', 'band', 'owner', 'mitigation',
  'residualLikelihood', 'residualImpact', 'residualScore', 'residualBand',
  'proposedLikelihood', 'proposedImpact', 'proposedResidualLikelihood', 'proposedResidualImpact', 'why', 'sources',
];

export interface RisksSheetOptions {
  /** riskRegister(...) over the scenarios, in column order of the model. */
  readonly register: RiskRegister;
  /** The scenarios' definitions, for their names and forms in the block titles. */
  readonly definitions: readonly ScenarioDefinition[];
  readonly dataYear: number;
  readonly masterCheck: boolean;
}

/** A scenario's name as the block title shows it: the board's name, else its form's. */
export function scenarioDisplayName(ctx: SheetContext, def: ScenarioDefinition | undefined): string {
  if (!def) return '';
  return def.name.trim() !== '' ? def.name : ctx.t(`domain.form.${def.form}`);
}

/**
 * The risk register sheet (key `risks`, class input, unprotected). Layout in risks-sheet-layout.ts.
 * @example buildRisksSheet(ctx, { register, definitions, dataYear: 2024, masterCheck: true }).layout.row('S1', 'HUM-02')
 */
export function buildRisksSheet(ctx: SheetContext, o: RisksSheetOptions): SheetBuild & { layout: RiskRegisterLayout } {
  const t = ctx.t;
  const name = ctx.names.risks ?? t('sheet.name.risks');
  const codes = o.register.scenarios.map((s) => s.code);
  const layout = riskRegisterLayout(codes, name);
  const rules = o.register.rules;
  const grid = new SheetGrid();
  putFrame(grid, ctx, { title: t('sheet.risks.title'), sheetClass: 'input', dataYear: o.dataYear, masterCheck: o.masterCheck, masterCheckCol: C.likelihood });
  grid.text(RISK_NOTE_ROW, 1, t('sheet.risks.note'), 'note');
  grid.text(RISK_PROVENANCE_ROW, 1, t('sheet.risks.provenance'), 'source');

  // The rating scale and the bands: what a board reads the ratings against.
  grid.text(RISK_SCALE_HEADER - 1, 1, t('sheet.risks.section.scale'), 'subtitle');
  grid.text(RISK_SCALE_HEADER, 1, t('sheet.risks.scale.rating'), 'header');
  grid.text(RISK_SCALE_HEADER, C.category, t('sheet.risks.scale.likelihood'), 'header');
  grid.text(RISK_SCALE_HEADER, C.description, t('sheet.risks.scale.impact'), 'header');
  for (let v = RISK_RATING_MIN; v <= RISK_RATING_MAX; v++) {
    const row = RISK_SCALE_FIRST + v - RISK_RATING_MIN;
    grid.put(row, 1, { value: v, style: 'note', numberFormat: FORMAT_RATING });
    grid.text(row, C.category, t(`sheet.risks.scale.likelihood.${v}`));
    grid.text(row, C.description, t(`sheet.risks.scale.impact.${v}`));
  }
  grid.text(RISK_BANDS_HEADER - 1, 1, t('sheet.risks.section.bands'), 'subtitle');
  grid.text(RISK_BANDS_HEADER, RISK_BAND_LABEL_COL, t('sheet.risks.bands.band'), 'header');
  grid.text(RISK_BANDS_HEADER, RISK_BAND_FROM_COL, t('sheet.risks.bands.from'), 'header');
  const thresholdKeys = [null, 'riskRules.bandModerate', 'riskRules.bandHigh', 'riskRules.bandCritical'] as const;
  const thresholdValues = [RISK_RATING_MIN * RISK_RATING_MIN, rules.bandModerate, rules.bandHigh, rules.bandCritical];
  RISK_BANDS.forEach((band, b) => {
    const row = RISK_BANDS_FIRST + b;
    grid.text(row, RISK_BAND_LABEL_COL, t(`risk.band.${band}`));
    const key = thresholdKeys[b];
    grid.put(row, RISK_BAND_FROM_COL, key === null
      ? { value: thresholdValues[b], style: 'note', numberFormat: FORMAT_SCORE }
      : { formula: ctx.assumptions.ref(key), expected: thresholdValues[b], style: 'calc', numberFormat: FORMAT_COUNT });
  });
  const bandLabels = rangeRef(RISK_BANDS_FIRST, RISK_BAND_LABEL_COL, RISK_BANDS_FIRST + RISK_BANDS.length - 1, RISK_BAND_LABEL_COL);
  const from = (b: number) => cellRef(RISK_BANDS_FIRST + b, RISK_BAND_FROM_COL);
  const bandFormula = (score: string) => `INDEX(${bandLabels},1+(${score}>=${from(1)})+(${score}>=${from(2)})+(${score}>=${from(3)}))`;

  HEADERS.forEach((h) => grid.text(RISK_HEADER_ROW, C[h], t(`sheet.risks.header.${h}`), 'header'));
  const validations: PlanValidation[] = [];
  for (const scenario of o.register.scenarios) {
    const def = o.definitions.find((d) => d.code === scenario.code);
    const titleRow = layout.titleRow(scenario.code);
    grid.text(titleRow, 1, t('sheet.risks.section.scenario', {
      code: scenario.code, name: scenarioDisplayName(ctx, def), level: def ? integrationLevelOf(def.form) : scenario.facts.integrationLevel,
    }), 'subtitle');
    for (const e of scenario.entries) {
      const row = layout.row(scenario.code, e.id);
      const here = (col: number) => cellRef(row, col, { absRow: false, absCol: false });
      const texts = defaultRiskTexts(t, e.id);
      const def0 = riskDefinition(e.id);
      grid.text(row, C.scenario, scenario.code);
      grid.text(row, C.id, e.id);
      grid.text(row, C.category, t(`risk.category.${e.category}`));
      grid.text(row, C.description, t(`risk.${e.id}.description`), 'text');
      const rating = (col: number, value: number) => grid.put(row, col, { value, style: 'input', numberFormat: FORMAT_RATING });
      rating(C.likelihood, e.likelihood);
      rating(C.impact, e.impact);
      grid.put(row, C.score, { formula: `${here(C.likelihood)}*${here(C.impact)}`, expected: e.score, style: 'calc', numberFormat: FORMAT_SCORE });
      grid.put(row, C.band, { formula: bandFormula(here(C.score)), expected: t(`risk.band.${e.band}`), style: 'calc' });
      grid.put(row, C.owner, { value: e.owner ?? texts.owner, style: 'input' });
      grid.put(row, C.mitigation, { value: e.mitigation ?? texts.mitigation, style: 'input' });
      rating(C.residualLikelihood, e.residualLikelihood);
      rating(C.residualImpact, e.residualImpact);
      grid.put(row, C.residualScore, {
        formula: `${here(C.residualLikelihood)}*${here(C.residualImpact)}`, expected: e.residualScore, style: 'calc', numberFormat: FORMAT_SCORE,
      });
      grid.put(row, C.residualBand, { formula: bandFormula(here(C.residualScore)), expected: t(`risk.band.${e.residualBand}`), style: 'calc' });
      const proposed = (col: number, value: number) => grid.put(row, col, { value, style: 'note', numberFormat: FORMAT_RATING });
      proposed(C.proposedLikelihood, e.proposal.likelihood);
      proposed(C.proposedImpact, e.proposal.impact);
      proposed(C.proposedResidualLikelihood, e.proposal.residualLikelihood);
      proposed(C.proposedResidualImpact, e.proposal.residualImpact);
      grid.text(row, C.why, riskWhyText(t, ctx.lang, e), 'source');
      grid.text(row, C.sources, def0.sources.join(', '), 'source');
    }
    const first = titleRow + 1;
    const whole = (col: number, cols: number) => ({ row: first, col, rows: RISK_CATALOGUE.length, cols });
    validations.push({ range: whole(C.likelihood, 2), kind: 'whole', min: RISK_RATING_MIN, max: RISK_RATING_MAX });
    validations.push({ range: whole(C.residualLikelihood, 2), kind: 'whole', min: RISK_RATING_MIN, max: RISK_RATING_MAX });
  }
  const bodyRows = layout.lastRow - layout.firstRow + 1;
  const scoreScale = (col: number) => ({
    range: { row: layout.firstRow, col, rows: bodyRows, cols: 1 }, kind: 'scale' as const,
    min: RISK_RATING_MIN * RISK_RATING_MIN, max: RISK_RATING_MAX * RISK_RATING_MAX,
  });
  return {
    sheet: {
      key: 'risks', name, class: 'input', cells: grid.cells(), tables: [], validations,
      conditionalFormats: [
        { range: { row: 2, col: C.likelihood + 1, rows: 1, cols: 1 }, kind: 'trueFalse' },
        scoreScale(C.score), scoreScale(C.residualScore),
      ],
      freeze: { rows: RISK_HEADER_ROW, cols: C.id },
      columnWidths: [11, 9, 16, 48, 11, 9, 8, 11, 24, 48, 12, 10, 9, 11, 11, 10, 12, 10, 48, 14],
      protect: false,
      print: {
        landscape: true, fitToWidth: true,
        area: { row: 1, col: 1, rows: layout.lastRow, cols: RISK_LAST_COL },
        header: t('sheet.common.printHeader', { title: t('sheet.risks.title'), year: o.dataYear }),
        footer: t('sheet.common.printFooter'),
        printTitleRows: { first: RISK_HEADER_ROW, last: RISK_HEADER_ROW },
      },
      tabColor: 'FFFFC000',
    },
    checks: riskChecks(ctx, layout, o.register),
    names: [],
    layout,
  };
}

/** Ratings whole numbers 1–5 (error); residual ratings not above the ratings before treatment (warning); bands increasing (error). */
function riskChecks(ctx: SheetContext, layout: RiskRegisterLayout, register: RiskRegister): PlanCheck[] {
  const col = (c: RiskColumn) => layout.column(c);
  const pair = (a: RiskColumn) => sheetRef(layout.sheetName, rangeRef(layout.firstRow, C[a], layout.lastRow, C[a] + 1));
  const ids = col('id');
  const entries = register.scenarios.flatMap((s) => s.entries);
  const ratings = entries.flatMap((e) => [e.likelihood, e.impact, e.residualLikelihood, e.residualImpact]);
  const wholeInScale = ratings.every((v) => Number.isInteger(v) && v >= RISK_RATING_MIN && v <= RISK_RATING_MAX);
  const counts = (['likelihood', 'impact', 'residualLikelihood', 'residualImpact'] as const).map((c) => `COUNT(${col(c)})=COUNTA(${ids})`);
  const bounds = (['likelihood', 'residualLikelihood'] as const).map((c) =>
    `MIN(${pair(c)})>=MIN(${layout.scale}),MAX(${pair(c)})<=MAX(${layout.scale}),SUMPRODUCT(--(MOD(${pair(c)},1)<>0))=0`);
  const r = register.rules;
  const a = (key: string) => ctx.assumptions.ref(key);
  return [
    {
      key: 'risks.ratings', label: ctx.t('sheet.risks.check.ratings'),
      // IFERROR: a text typed in a rating makes MOD fail; the check then reads FALSE rather than an error.
      formula: `IFERROR(AND(${[...counts, ...bounds].join(',')}),FALSE)`, expected: wholeInScale,
    },
    {
      key: 'risks.residual', label: ctx.t('sheet.risks.check.residual'), severity: 'warning',
      formula: `IFERROR(SUMPRODUCT(--(${col('residualLikelihood')}>${col('likelihood')}))+SUMPRODUCT(--(${col('residualImpact')}>${col('impact')}))=0,FALSE)`,
      expected: entries.every((e) => e.residualLikelihood <= e.likelihood && e.residualImpact <= e.impact),
    },
    {
      key: 'risks.bands', label: ctx.t('sheet.risks.check.bands'),
      formula: `AND(${a('riskRules.bandModerate')}<${a('riskRules.bandHigh')},${a('riskRules.bandHigh')}<${a('riskRules.bandCritical')})`,
      expected: r.bandModerate < r.bandHigh && r.bandHigh < r.bandCritical,
    },
  ];
}
