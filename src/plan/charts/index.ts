// Native charts of the model (issue 8): builders that return PlanChart values over a built
// sheet's own cells, and withCharts to put them on the sheet.
export { savingsByYearChart } from './savings-by-year-chart';
export { cumulativeNetBenefitChart } from './cumulative-net-benefit-chart';
export { npvByScenarioChart } from './npv-by-scenario-chart';
export { expenseStructureChart, capacityByPartnerChart, chargesGroupLabel } from './partner-charts';
export { withCharts } from './with-charts';
export {
  tornadoChart, histogramChart, type TornadoRanges, type HistogramRanges, type ChartSpace, type SensitivityChartPlace,
} from './sensitivity-charts';
export { modelCharts, type ModelChartSources, type TornadoChartSource, type HistogramChartSource } from './model-charts';
export { chartAnchor, columnsFor, lastContentRow, CHART_ROWS, CHART_WIDTH_CHARS, CHART_FORMAT_EUR } from './chart-anchor';
export { ChartLayoutError, cellAt, cellText, rowWhere, rowsWhere, rowRange, cellAddress, rowOf } from './sheet-lookup';
