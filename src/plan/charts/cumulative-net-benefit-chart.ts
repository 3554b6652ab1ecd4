// The cumulative net benefit of every scenario by year, one line each, on the scenarios
// compared sheet (issue 8): the rows that repeat each scenario sheet's cumulative row.
import type { Translate } from '../../i18n';
import { yearCol } from '../layout/timeline';
import type { ScenarioSheetRefs } from '../scenario-refs';
import { yearRelative } from '../sheets/scenario-comparison-sheet-years';
import type { PlanChart, PlanSheet } from '../types';
import { CHART_FORMAT_EUR, chartAnchor } from './chart-anchor';
import { cellAddress, cellAt, cellText, ChartLayoutError, rowRange, rowWhere } from './sheet-lookup';

/** The scenario's label (code — name) stands in column A of its row (scenario-comparison-sheet-writer.ts). */
const LABEL_COL = 1;

/**
 * One line per scenario over the years: the comparison sheet's row whose year-0 cell reads the
 * scenario sheet's cumulative row. @example cumulativeNetBenefitChart(t, build.sheet, refs)
 */
export function cumulativeNetBenefitChart(t: Translate, sheet: PlanSheet, refs: readonly ScenarioSheetRefs[], slot = 0): PlanChart {
  const timeline = sheet.timeline;
  if (!timeline) throw new ChartLayoutError(`Sheet ${sheet.key} has no timeline`);
  const first = yearCol(0);
  const last = first + timeline.count - 1;
  const categories = rowRange(sheet, timeline.row, first, last);
  return {
    key: 'cumulativeNetBenefit',
    type: 'line',
    title: t('chart.cumulative.title'),
    categoryAxisTitle: t('chart.axis.year'),
    valueAxisTitle: t('chart.axis.eur'),
    valueFormat: CHART_FORMAT_EUR,
    series: refs.map((ref) => {
      const source = yearRelative(ref.cumulative(0));
      const row = rowWhere(sheet, first, (c) => c.formula === source, `the cumulative net benefit of ${ref.code}`);
      return {
        name: cellText(cellAt(sheet, row, LABEL_COL)),
        nameRef: cellAddress(sheet, row, LABEL_COL),
        values: rowRange(sheet, row, first, last),
        categories,
      };
    }),
    anchor: chartAnchor(sheet, slot),
  };
}
