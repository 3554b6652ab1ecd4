// The two charts of the sensitivity sheets (issue 7), one of each per scenario: the tornado
// (horizontal bars of the NPV's change when each assumption goes to its low and its high
// value, stacked so that the lows run left of zero and the highs right, widest first) and
// the Monte Carlo histogram (one column per NPV class). The ranges are absolute and
// sheet-qualified, one column (or one row) each, all of the same length.
import type { Translate } from '../../i18n';
import type { PlanChart, PlanRange, PlanSheet } from '../types';
import { CHART_FORMAT_EUR, chartAnchor, columnsFor } from './chart-anchor';

export interface TornadoRanges {
  /** The assumptions' labels, widest swing first. */
  readonly labels: string;
  /** The NPV's change (euros, relative to the base NPV) with each assumption at its low value, and at its high value. */
  readonly lowChange: string;
  readonly highChange: string;
  /** The header cells of the two columns (their text goes to the legend), and that text. */
  readonly lowName: { readonly text: string; readonly ref?: string };
  readonly highName: { readonly text: string; readonly ref?: string };
}

/** Blank rows a sheet keeps for a chart (first row, count): the chart stands there, from column A. */
export interface ChartSpace {
  readonly row: number;
  readonly rows: number;
}

/** Which scenario a chart draws, and where it stands: in its sheet's space, else the `slot`-th place below the content. */
export interface SensitivityChartPlace {
  readonly code: string;
  readonly at?: number | ChartSpace;
}

function anchorOf(sheet: PlanSheet, at: number | ChartSpace = 0): PlanRange {
  return typeof at === 'number' ? chartAnchor(sheet, at) : { row: at.row, col: 1, rows: at.rows, cols: columnsFor(sheet) };
}

/**
 * A scenario's tornado: stacked horizontal bars over the change columns, the first label on top.
 * @example tornadoChart(t, build.sheet, { labels: "'Tornade'!$B$8:$B$20", lowChange: "'Tornade'!$I$8:$I$20", … }, { code: 'S1' })
 */
export function tornadoChart(t: Translate, sheet: PlanSheet, r: TornadoRanges, place: SensitivityChartPlace): PlanChart {
  const series = (values: string, name: TornadoRanges['lowName']) => ({
    name: name.text, ...(name.ref ? { nameRef: name.ref } : {}), values, categories: r.labels,
  });
  return {
    // One per scenario on the same sheet: the key tells them apart (the Office writer names charts by it).
    key: `tornado_${place.code}`,
    type: 'stackedBar',
    title: t('chart.tornado.title', { code: place.code }),
    categoryAxisTitle: t('chart.axis.assumption'),
    valueAxisTitle: t('chart.axis.npvChange'),
    valueFormat: CHART_FORMAT_EUR,
    series: [series(r.lowChange, r.lowName), series(r.highChange, r.highName)],
    reverseCategories: true,
    anchor: anchorOf(sheet, place.at),
  };
}

export interface HistogramRanges {
  /** Each class's label (its bounds or its lower bound, as the sheet shows it). */
  readonly classes: string;
  /** How many draws fall in each class. */
  readonly counts: string;
  readonly countsName: { readonly text: string; readonly ref?: string };
}

/**
 * A scenario's Monte Carlo histogram: one column per NPV class.
 * @example histogramChart(t, build.sheet, { classes: "'Monte Carlo'!$A$30:$A$49", counts: "'Monte Carlo'!$C$30:$C$49", countsName: { text: 'Tirages' } }, { code: 'S1' })
 */
export function histogramChart(t: Translate, sheet: PlanSheet, r: HistogramRanges, place: SensitivityChartPlace): PlanChart {
  return {
    key: `histogram_${place.code}`,
    type: 'column',
    title: t('chart.histogram.title', { code: place.code }),
    categoryAxisTitle: t('chart.axis.npvClass'),
    valueAxisTitle: t('chart.axis.frequency'),
    valueFormat: '#,##0',
    series: [{ name: r.countsName.text, ...(r.countsName.ref ? { nameRef: r.countsName.ref } : {}), values: r.counts, categories: r.classes }],
    anchor: anchorOf(sheet, place.at),
  };
}
