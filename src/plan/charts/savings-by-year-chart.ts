// A scenario's savings by year: one stacked column per pooled function, the net benefit
// drawn as a line over them (issue 8). Every series reads the scenario sheet's own rows.
import { POOLED_FUNCTIONS } from '../../engine/model-assumptions';
import type { Translate } from '../../i18n';
import { yearCol } from '../layout/timeline';
import type { ScenarioSheetRefs } from '../scenario-refs';
import type { PlanChart, PlanChartSeries, PlanSheet } from '../types';
import { CHART_FORMAT_EUR, chartAnchor } from './chart-anchor';
import { cellAddress, cellAt, cellText, ChartLayoutError, rowOf, rowRange, rowsWhere } from './sheet-lookup';

/** Columns of a scenario sheet: code in A, label in B, unit in C (scenario-writer.ts). */
const CODE_COL = 1;
const LABEL_COL = 2;
const UNIT_COL = 3;

/**
 * The savings-by-year chart of one scenario sheet: a series per function (the savings grid's rows,
 * found by their function code in column A and their year formulas), and the net benefit row as a line.
 * @example savingsByYearChart(t, build.sheet, build.refs)
 */
export function savingsByYearChart(t: Translate, sheet: PlanSheet, refs: ScenarioSheetRefs, slot = 0): PlanChart {
  const timeline = sheet.timeline;
  if (!timeline) throw new ChartLayoutError(`Sheet ${sheet.key} has no timeline`);
  const first = yearCol(0);
  const last = first + timeline.count - 1;
  const categories = rowRange(sheet, timeline.row, first, last);
  const codes = new Set<string>(POOLED_FUNCTIONS);
  // Other grids list the same codes (keys, levers); the savings grid's rows alone are in euros per year.
  const perYear = t('sheet.unit.eurPerYear');
  const functionRows = rowsWhere(sheet, CODE_COL, (c) => typeof c.value === 'string' && codes.has(c.value))
    .filter((row) => cellAt(sheet, row, UNIT_COL)?.value === perYear && cellAt(sheet, row, first)?.formula !== undefined);
  if (functionRows.length !== POOLED_FUNCTIONS.length) {
    throw new ChartLayoutError(`Expected ${POOLED_FUNCTIONS.length} savings rows on ${sheet.key}, found ${functionRows.length}`);
  }
  const series = (row: number, line: boolean): PlanChartSeries => ({
    name: cellText(cellAt(sheet, row, LABEL_COL)),
    nameRef: cellAddress(sheet, row, LABEL_COL),
    values: rowRange(sheet, row, first, last),
    categories,
    ...(line ? { line } : {}),
  });
  return {
    key: 'savingsByYear',
    type: 'columnLine',
    title: t('chart.savingsByYear.title', { code: refs.code }),
    categoryAxisTitle: t('chart.axis.year'),
    valueAxisTitle: t('chart.axis.eur'),
    valueFormat: CHART_FORMAT_EUR,
    series: [...functionRows.map((row) => series(row, false)), series(rowOf(refs.netBenefit(0)), true)],
    anchor: chartAnchor(sheet, slot),
  };
}
