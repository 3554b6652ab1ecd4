// The Excel chart type of a plan chart (Excel.ChartType names, ExcelApi 1.1).
import type { PlanChart } from '../../../plan/types';

export type OfficeChartType = 'ColumnClustered' | 'ColumnStacked' | 'BarClustered' | 'BarStacked' | 'LineMarkers';

/** The type a chart is created with; in a `columnLine` chart the line series are switched to lines afterwards. */
export function officeChartType(chart: PlanChart): OfficeChartType {
  switch (chart.type) {
    case 'column': return 'ColumnClustered';
    case 'stackedColumn': return 'ColumnStacked';
    case 'bar': return 'BarClustered';
    case 'stackedBar': return 'BarStacked';
    case 'line': return 'LineMarkers';
    case 'columnLine': return chart.series.filter((s) => !s.line).length > 1 ? 'ColumnStacked' : 'ColumnClustered';
  }
}

/** The type of one series: a line in a `columnLine` chart when marked so, else the chart's. */
export function seriesIsLine(chart: PlanChart, index: number): boolean {
  return chart.type === 'columnLine' && chart.series[index]?.line === true;
}
