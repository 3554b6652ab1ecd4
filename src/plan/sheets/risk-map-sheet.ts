// Carte des risques (output): for each scenario, its risk score (the mean residual score, which the
// weighted choice reads) and its residual risks by band; a zone grid (score of each cell); and two
// 5 × 5 maps per scenario, before and after treatment, each cell a COUNTIFS over the register.
import { RISK_RATING_MAX, RISK_RATING_MIN } from '../../domain/risk-catalogue';
import { RISK_BANDS, type RiskRegister } from '../../engine/risks/types';
import type { ScenarioDefinition } from '../../engine/scenarios/types';
import type { PlanCheck, SheetBuild, SheetContext } from '../context';
import { FORMAT_COUNT } from '../layout/number-formats';
import { SheetGrid } from '../layout/sheet-grid';
import { cellRef, rangeRef, sheetRef } from '../layout/sheet-ref';
import type { PlanConditionalFormat } from '../types';
import { RISK_BAND_LABEL_COL, RISK_BANDS_FIRST, type RiskRegisterLayout } from './risks-sheet-layout';
import type { RiskScoreRefs } from './risks-sheet-refs';
import { scenarioDisplayName } from './risks-sheet';
import { putFrame } from './sheet-frame';

const FORMAT_SCORE = '0.0';
/** Counts from 0 (green) to this many risks in one cell (red). */
export const RISK_MAP_RED_COUNT = 3;
const SIZE = RISK_RATING_MAX - RISK_RATING_MIN + 1;
const SUMMARY_SECTION = 5;
const SUMMARY_SUPER = SUMMARY_SECTION + 1;
const SUMMARY_HEADER = SUMMARY_SUPER + 1;
/** Column of the likelihood labels of the first map, of its first impact, and of the second map's labels. */
const MAP_LABEL = 2;
const MAP_FIRST = 3;
const MAP2_LABEL = MAP_FIRST + SIZE + 1;
const MAP2_FIRST = MAP2_LABEL + 1;
/** Summary columns; the residual risks by band stand over the second map's number columns. */
const COLS = { code: 1, name: 2, count: 3, meanScore: 4, riskScore: 5, firstBand: MAP2_FIRST } as const;

export interface RiskMapSheetOptions {
  readonly register: RiskRegister;
  /** Where the register stands (buildRisksSheet(...).layout). */
  readonly layout: RiskRegisterLayout;
  readonly definitions: readonly ScenarioDefinition[];
  readonly dataYear: number;
  readonly masterCheck: boolean;
}

/** Likelihood of the map's k-th row from the top (5 first, as risk maps show it). */
const likelihoodAt = (k: number) => RISK_RATING_MAX - k;

/**
 * The risk map sheet (key `riskMap`, class output, protected).
 * @example buildRiskMapSheet(ctx, { register, layout, definitions, dataYear: 2024, masterCheck: true }).refs.riskScore('S1')
 */
export function buildRiskMapSheet(ctx: SheetContext, o: RiskMapSheetOptions): SheetBuild & { refs: RiskScoreRefs } {
  const t = ctx.t;
  const name = ctx.names.riskMap ?? t('sheet.name.riskMap');
  const grid = new SheetGrid();
  const scenarios = o.register.scenarios;
  const n = scenarios.length;
  const col = (c: Parameters<RiskRegisterLayout['column']>[0]) => o.layout.column(c);
  const bandLabel = (b: number) => sheetRef(o.layout.sheetName, cellRef(RISK_BANDS_FIRST + b, RISK_BAND_LABEL_COL));
  putFrame(grid, ctx, { title: t('sheet.riskMap.title'), sheetClass: 'output', dataYear: o.dataYear, masterCheck: o.masterCheck, masterCheckCol: COLS.riskScore });
  grid.text(3, 1, t('sheet.riskMap.note'), 'note');

  // Summary by scenario: the risk score is what the weighted choice reads.
  grid.text(SUMMARY_SECTION, 1, t('sheet.riskMap.section.summary'), 'subtitle');
  grid.text(SUMMARY_SUPER, COLS.firstBand, t('sheet.riskMap.header.residualBands'), 'header');
  (['code', 'name', 'count', 'meanScore', 'riskScore'] as const).forEach((h) => grid.text(SUMMARY_HEADER, COLS[h], t(`sheet.riskMap.header.${h}`), 'header'));
  RISK_BANDS.forEach((band, b) => grid.put(SUMMARY_HEADER, COLS.firstBand + b, { formula: bandLabel(b), expected: t(`risk.band.${band}`), style: 'header' }));
  const summaryRow = (k: number) => SUMMARY_HEADER + 1 + k;
  scenarios.forEach((s, k) => {
    const row = summaryRow(k);
    const code = cellRef(row, COLS.code, { absCol: true, absRow: false });
    grid.text(row, COLS.code, s.code);
    grid.text(row, COLS.name, scenarioDisplayName(ctx, o.definitions.find((d) => d.code === s.code)));
    grid.put(row, COLS.count, { formula: `COUNTIF(${col('scenario')},${code})`, expected: s.entries.length, style: 'calc', numberFormat: FORMAT_COUNT });
    grid.put(row, COLS.meanScore, { formula: `AVERAGEIFS(${col('score')},${col('scenario')},${code})`, expected: s.meanScore, style: 'calc', numberFormat: FORMAT_SCORE });
    grid.put(row, COLS.riskScore, { formula: `AVERAGEIFS(${col('residualScore')},${col('scenario')},${code})`, expected: s.meanResidualScore, style: 'output', numberFormat: FORMAT_SCORE });
    RISK_BANDS.forEach((_, b) => {
      const c = COLS.firstBand + b;
      grid.put(row, c, {
        formula: `COUNTIFS(${col('scenario')},${code},${col('residualBand')},${cellRef(SUMMARY_HEADER, c, { absCol: false })})`,
        expected: s.residualBandCounts[b], style: 'calc', numberFormat: FORMAT_COUNT,
      });
    });
  });

  const formats: PlanConditionalFormat[] = [{ range: { row: 2, col: COLS.riskScore + 1, rows: 1, cols: 1 }, kind: 'trueFalse' }];
  /** Axis labels: impacts across `headerRow` from `firstCol`, likelihoods 5 … 1 down `labelCol`. */
  const axes = (headerRow: number, labelCol: number, firstCol: number) => {
    grid.text(headerRow, labelCol, t('sheet.riskMap.axis.likelihood'), 'header');
    for (let i = 0; i < SIZE; i++) grid.put(headerRow, firstCol + i, { value: RISK_RATING_MIN + i, style: 'header', numberFormat: FORMAT_COUNT });
    for (let k = 0; k < SIZE; k++) grid.put(headerRow + 1 + k, labelCol, { value: likelihoodAt(k), style: 'header', numberFormat: FORMAT_COUNT });
  };
  const square = (row: number, col: number) => ({ row, col, rows: SIZE, cols: SIZE });

  // The zones: each cell's score, coloured on the scores' scale.
  const zonesSection = summaryRow(n) + 1;
  grid.text(zonesSection, 1, t('sheet.riskMap.section.zones'), 'subtitle');
  axes(zonesSection + 1, MAP_LABEL, MAP_FIRST);
  for (let k = 0; k < SIZE; k++) {
    for (let i = 0; i < SIZE; i++) {
      const row = zonesSection + 2 + k;
      grid.put(row, MAP_FIRST + i, {
        formula: `${cellRef(row, MAP_LABEL, { absRow: false })}*${cellRef(zonesSection + 1, MAP_FIRST + i, { absCol: false })}`,
        expected: likelihoodAt(k) * (RISK_RATING_MIN + i), style: 'calc', numberFormat: FORMAT_COUNT,
      });
    }
  }
  formats.push({ range: square(zonesSection + 2, MAP_FIRST), kind: 'scale', min: RISK_RATING_MIN * RISK_RATING_MIN, max: RISK_RATING_MAX * RISK_RATING_MAX });

  // Two maps per scenario.
  const blockHeight = SIZE + 4;
  const firstBlock = zonesSection + SIZE + 3;
  const mapChecks: string[] = [];
  scenarios.forEach((s, k) => {
    const title = firstBlock + k * blockHeight;
    const code = cellRef(title, COLS.code);
    grid.text(title, COLS.code, s.code, 'subtitle');
    grid.text(title, COLS.name, scenarioDisplayName(ctx, o.definitions.find((d) => d.code === s.code)), 'subtitle');
    const map = (labelCol: number, firstCol: number, heading: string, lCol: 'likelihood' | 'residualLikelihood', iCol: 'impact' | 'residualImpact', counts: readonly (readonly number[])[]) => {
      grid.text(title + 1, labelCol, t(heading), 'subtitle');
      const header = title + 2;
      axes(header, labelCol, firstCol);
      for (let r = 0; r < SIZE; r++) {
        const row = header + 1 + r;
        for (let i = 0; i < SIZE; i++) {
          grid.put(row, firstCol + i, {
            formula: `COUNTIFS(${col('scenario')},${code},${col(lCol)},${cellRef(row, labelCol, { absRow: false })},${col(iCol)},${cellRef(header, firstCol + i, { absCol: false })})`,
            expected: counts[likelihoodAt(r) - 1][i], style: 'calc', numberFormat: FORMAT_COUNT,
          });
        }
      }
      formats.push({ range: square(header + 1, firstCol), kind: 'scale', min: 0, max: RISK_MAP_RED_COUNT });
      mapChecks.push(`SUM(${sheetRef(name, rangeRef(header + 1, firstCol, header + SIZE, firstCol + SIZE - 1))})=COUNTIF(${col('scenario')},${sheetRef(name, code)})`);
    };
    map(MAP_LABEL, MAP_FIRST, 'sheet.riskMap.map.inherent', 'likelihood', 'impact', s.heatMap);
    map(MAP2_LABEL, MAP2_FIRST, 'sheet.riskMap.map.residual', 'residualLikelihood', 'residualImpact', s.residualHeatMap);
  });
  const last = n === 0 ? zonesSection + SIZE + 1 : firstBlock + n * blockHeight - 1;
  const inMap = (m: readonly (readonly number[])[]) => m.reduce((a, r) => a + r.reduce((x, y) => x + y, 0), 0);
  const checks: PlanCheck[] = mapChecks.length === 0 ? [] : [{
    key: 'riskMap.counts', label: t('sheet.riskMap.check.counts'), formula: `AND(${mapChecks.join(',')})`,
    expected: scenarios.every((s) => inMap(s.heatMap) === s.entries.length && inMap(s.residualHeatMap) === s.entries.length),
  }];
  const refAt = (code: string, c: number) => {
    const k = scenarios.findIndex((s) => s.code === code);
    if (k < 0) throw new Error(`Scenario ${code} is not on the risk map`);
    return sheetRef(name, cellRef(summaryRow(k), c));
  };
  return {
    sheet: {
      key: 'riskMap', name, class: 'output', cells: grid.cells(), tables: [], validations: [], conditionalFormats: formats,
      freeze: { rows: SUMMARY_HEADER, cols: 1 },
      columnWidths: [11, 30, ...Array.from({ length: SIZE }, () => 8), 3, 30, ...Array.from({ length: SIZE }, () => 8)],
      protect: true,
      print: {
        landscape: true, fitToWidth: true,
        area: { row: 1, col: 1, rows: last, cols: MAP2_FIRST + SIZE - 1 },
        header: t('sheet.common.printHeader', { title: t('sheet.riskMap.title'), year: o.dataYear }),
        footer: t('sheet.common.printFooter'),
      },
      tabColor: 'FF70AD47',
    },
    checks,
    names: [],
    refs: {
      sheetName: name,
      riskScore: (code) => refAt(code, COLS.riskScore),
      criticalCount: (code) => refAt(code, COLS.firstBand + RISK_BANDS.length - 1),
    },
  };
}
