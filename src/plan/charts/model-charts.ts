// Every chart of the model by sheet key, from the built sheets (issue 8); each scenario's tornado
// and Monte Carlo histogram when their sheets' blocks are given (issue 7).
import type { Translate } from '../../i18n';
import type { ScenarioSheetRefs } from '../scenario-refs';
import type { PlanChart, PlanSheet } from '../types';
import { cumulativeNetBenefitChart } from './cumulative-net-benefit-chart';
import { npvByScenarioChart } from './npv-by-scenario-chart';
import { capacityByPartnerChart, expenseStructureChart } from './partner-charts';
import { savingsByYearChart } from './savings-by-year-chart';
import type { MonteCarloHistogramRefs } from '../sheets/monte-carlo-sheet';
import type { TornadoBlockRefs } from '../sheets/tornado-sheet';
import { histogramChart, tornadoChart } from './sensitivity-charts';

/** One scenario's block of the tornado sheet (buildTornadoSheet(...).blocks[i]) on that sheet. */
export interface TornadoChartSource {
  readonly sheet: PlanSheet;
  readonly block: TornadoBlockRefs;
}

/** One scenario's histogram on the Monte Carlo sheet (buildMonteCarloSheet(...).refs.histogram(code)). */
export interface HistogramChartSource {
  readonly sheet: PlanSheet;
  readonly code: string;
  readonly histogram: MonteCarloHistogramRefs;
}

export interface ModelChartSources {
  readonly t: Translate;
  /** Each scenario's calculation sheet and its refs (buildScenarioSheet). */
  readonly scenarios: readonly { readonly sheet: PlanSheet; readonly refs: ScenarioSheetRefs }[];
  /** The scenarios compared sheet (key scenarioComparison). */
  readonly scenarioComparison: PlanSheet;
  /** The partner comparison sheet (key comparison). */
  readonly comparison: PlanSheet;
  readonly partnerCount: number;
  /** Each scenario's tornado block (issue 7): its chart stands in the space the block keeps below its sorted table. */
  readonly tornados?: readonly TornadoChartSource[];
  /** Each scenario's Monte Carlo histogram (issue 7): its chart stands in the space kept below the table. */
  readonly histograms?: readonly HistogramChartSource[];
}

/**
 * The model's charts by sheet key: savings by year on each scenario sheet; the cumulative net
 * benefit and the NPV on the scenarios compared; the expense structure and places/FTE on the comparison;
 * a tornado per scenario on the tornado sheet and a histogram per scenario on the Monte Carlo sheet.
 * @example const charts = modelCharts({ t: ctx.t, scenarios, scenarioComparison, comparison, partnerCount: 3 });
 */
export function modelCharts(s: ModelChartSources): ReadonlyMap<string, readonly PlanChart[]> {
  const refs = s.scenarios.map((x) => x.refs);
  const charts = new Map<string, readonly PlanChart[]>();
  for (const x of s.scenarios) charts.set(x.sheet.key, [savingsByYearChart(s.t, x.sheet, x.refs)]);
  if (refs.length > 0) {
    charts.set(s.scenarioComparison.key, [
      cumulativeNetBenefitChart(s.t, s.scenarioComparison, refs, 0),
      npvByScenarioChart(s.t, s.scenarioComparison, refs, 1),
    ]);
  }
  if (s.partnerCount > 0) {
    charts.set(s.comparison.key, [
      expenseStructureChart(s.t, s.comparison, s.partnerCount, 0),
      capacityByPartnerChart(s.t, s.comparison, s.partnerCount, 1),
    ]);
  }
  const add = (key: string, chart: PlanChart) => charts.set(key, [...(charts.get(key) ?? []), chart]);
  for (const { sheet, block: b } of s.tornados ?? []) {
    add(sheet.key, tornadoChart(s.t, sheet, {
      labels: b.sortedLabels, lowChange: b.sortedChangeLow, highChange: b.sortedChangeHigh, lowName: b.changeLowName, highName: b.changeHighName,
    }, { code: b.code, at: b.chartSpace }));
  }
  for (const { sheet, code, histogram: h } of s.histograms ?? []) {
    add(sheet.key, histogramChart(s.t, sheet, h, { code, at: h.chartSpace }));
  }
  return charts;
}
