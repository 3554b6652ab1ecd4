// The NPV of each scenario, one bar each (issue 8), from the scenarios compared sheet's NPV row.
import type { Translate } from '../../i18n';
import type { ScenarioSheetRefs } from '../scenario-refs';
import { NAME_ROW, S0_COL } from '../sheets/scenario-comparison-sheet-writer';
import type { PlanChart, PlanSheet } from '../types';
import { CHART_FORMAT_EUR, chartAnchor } from './chart-anchor';
import { cellAddress, cellAt, cellText, ChartLayoutError, rowRange, rowWhere } from './sheet-lookup';

const LABEL_COL = 1;

/**
 * One bar per scenario (S1…Sn, named by the sheet's name row): the row whose S1 cell reads S1's NPV.
 * @example npvByScenarioChart(t, build.sheet, refs)
 */
export function npvByScenarioChart(t: Translate, sheet: PlanSheet, refs: readonly ScenarioSheetRefs[], slot = 0): PlanChart {
  if (refs.length === 0) throw new ChartLayoutError('No scenario to chart');
  const first = S0_COL + 1;
  const last = first + refs.length - 1;
  const row = rowWhere(sheet, first, (c) => c.formula === refs[0].npv, 'the NPV row');
  return {
    key: 'npvByScenario',
    type: 'bar',
    title: t('chart.npv.title'),
    categoryAxisTitle: t('chart.axis.scenario'),
    valueAxisTitle: t('chart.axis.eur'),
    valueFormat: CHART_FORMAT_EUR,
    series: [{
      name: cellText(cellAt(sheet, row, LABEL_COL)),
      nameRef: cellAddress(sheet, row, LABEL_COL),
      values: rowRange(sheet, row, first, last),
      categories: rowRange(sheet, NAME_ROW, first, last),
    }],
    anchor: chartAnchor(sheet, slot),
  };
}
