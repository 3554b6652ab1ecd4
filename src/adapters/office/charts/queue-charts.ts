/// <reference types="office-js" />
// Queues a sheet's charts (no sync here): each chart is created over its first series' values,
// the other series added and pointed at their ranges, names, categories, titles and position
// set from the plan. Requirement sets: charts.add, title, axes titles, legend, setPosition,
// series.getItemAt and series.name are ExcelApi 1.1; series.add, setValues, setXAxisValues and
// series.chartType and categoryAxis.reversePlotOrder are ExcelApi 1.7; the value axis number format is ExcelApi 1.8.
import type { PlanChart } from '../../../plan/types';
import { parseAddress, rangeAddress } from '../a1-address';
import { officeChartType, seriesIsLine } from './office-chart-type';

/** Our charts carry this prefix, so that a regeneration removes them and never a user's chart. */
export const CHART_NAME_PREFIX = 'Coop_';

export function chartName(chart: PlanChart): string {
  return `${CHART_NAME_PREFIX}${chart.key}`;
}

export interface ChartFeatures {
  /** Value axis number format (ExcelApi 1.8). */
  readonly axisFormat: boolean;
}

/** A plan range (`'Sheet'!$I$5:$N$5`) as a Range of the workbook; the caller maps plan sheet names to worksheets. */
export type RangeResolver = (ref: string) => Excel.Range;

/** 'Rows' when the range is one row (the plan's series run across years or partners), else 'Columns'. */
function seriesBy(ref: string): 'Rows' | 'Columns' {
  const box = parseAddress(ref);
  return box && box.top === box.bottom && box.right > box.left ? 'Rows' : 'Columns';
}

/**
 * Queues the charts of one sheet on `ws`. Needs ExcelApi 1.7 (the caller checks).
 * @example queueCharts(ws, sheet.charts ?? [], resolver, { axisFormat: supports('1.8') })
 */
export function queueCharts(ws: Excel.Worksheet, charts: readonly PlanChart[], range: RangeResolver, features: ChartFeatures): void {
  for (const chart of charts) {
    const [first, ...rest] = chart.series;
    if (!first) continue;
    const added = ws.charts.add(officeChartType(chart) as Excel.ChartType, range(first.values), seriesBy(first.values));
    added.name = chartName(chart);
    added.title.text = chart.title;
    const { row, col, rows, cols } = chart.anchor;
    added.setPosition(rangeAddress(row, col), rangeAddress(row + rows - 1, col + cols - 1));
    added.legend.position = 'Bottom';
    if (chart.categoryAxisTitle) added.axes.categoryAxis.title.text = chart.categoryAxisTitle;
    if (chart.valueAxisTitle) added.axes.valueAxis.title.text = chart.valueAxisTitle;
    if (features.axisFormat && chart.valueFormat) added.axes.valueAxis.numberFormat = chart.valueFormat;
    if (chart.reverseCategories) added.axes.categoryAxis.reversePlotOrder = true;
    const series0 = added.series.getItemAt(0);
    series0.name = first.name;
    if (first.categories) series0.setXAxisValues(range(first.categories));
    if (seriesIsLine(chart, 0)) series0.chartType = 'LineMarkers';
    rest.forEach((s, i) => {
      const series = added.series.add(s.name);
      series.setValues(range(s.values));
      if (s.categories) series.setXAxisValues(range(s.categories));
      if (seriesIsLine(chart, i + 1)) series.chartType = 'LineMarkers';
    });
  }
}

/** Queues the deletion of our charts among `loaded` (a chart collection loaded with `items/name` and synced). */
export function queueDeleteOurCharts(loaded: Excel.ChartCollection): void {
  for (const chart of loaded.items) if (chart.name.startsWith(CHART_NAME_PREFIX)) chart.delete();
}

/** Range of a plan reference on the worksheet that holds it, by plan sheet name; null when the sheet is not in `sheets`. */
export function resolverFor(sheets: ReadonlyMap<string, Excel.Worksheet>): RangeResolver {
  return (ref) => {
    const box = parseAddress(ref);
    const ws = box?.sheet ? sheets.get(box.sheet) : undefined;
    if (!box || !ws) throw new Error(`Chart range on no plan sheet: ${ref}`);
    return ws.getRange(rangeAddress(box.top, box.left, box.bottom - box.top + 1, box.right - box.left + 1));
  };
}
