// Native charts for the Office adapter (issue 8).
export { planChartsWriter, CHARTS_REQUIREMENT, type ChartsReport, type PlanChartsWriter } from './plan-charts-writer';
export { queueCharts, queueDeleteOurCharts, resolverFor, chartName, CHART_NAME_PREFIX, type ChartFeatures, type RangeResolver } from './queue-charts';
export { officeChartType, seriesIsLine, type OfficeChartType } from './office-chart-type';
