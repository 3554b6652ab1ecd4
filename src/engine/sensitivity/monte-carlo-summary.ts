import { mean, quantileSorted, standardDeviation } from 'simple-statistics';
import { binnedQuantiles } from './binned-quantiles';
import type { DriverDraws } from './draw-drivers';
import type { ScenarioClosedForm } from './scenario-closed-form';

/** Bins of the histogram table. */
export const HISTOGRAM_BINS = 20;

export interface HistogramBin {
  readonly fromEur: number;
  readonly toEur: number;
  readonly count: number;
}

export interface MonteCarloSummary {
  readonly code: string;
  readonly draws: number;
  readonly meanEur: number;
  /** Population standard deviation of the draws' NPVs (the standard error of the mean is it / √draws). */
  readonly standardDeviationEur: number;
  readonly p10Eur: number;
  readonly p50Eur: number;
  readonly p90Eur: number;
  readonly minEur: number;
  readonly maxEur: number;
  /** Share of the draws whose NPV is above 0. */
  readonly probabilityPositive: number;
  /** Share of the draws whose cumulative net benefit turns ≥ 0 within the horizon (a partner in). */
  readonly probabilityPayback: number;
  /** Equal-width bins from min to max, the last one closed; one bin when every draw is the same. */
  readonly histogram: readonly HistogramBin[];
}

/**
 * Evaluate one scenario's closed form over the draws and summarise with simple-statistics:
 * mean, standard deviation, quantiles P10, P50, P90, P(NPV > 0), P(payback within the horizon),
 * and a histogram. Source: MODELLING.md "Sensitivity".
 * The draws are evaluated block by block (evaluateRows) into one plain array, which simple-statistics reads as it
 * is; the quantiles select their order statistics within bins (binnedQuantiles) instead of sorting every NPV,
 * and min, max and the histogram need no order: the same figures as a sort, at a fraction of its cost (issue 9).
 * With a zero, an infinite or a NaN among the NPVs, the sort decides (fromSorted), as it always did.
 * @example monteCarloSummary(closedForm, draws).p50Eur
 */
export function monteCarloSummary(form: ScenarioClosedForm, draws: DriverDraws): MonteCarloSummary {
  const n = draws.count;
  const npvs = new Array<number>(n);
  let payback = 0;
  draws.forEachBlock((values, rows, first) => {
    payback += form.evaluateRows(values, rows, draws.width, npvs, first);
  });
  let positive = 0;
  let unordered = 0;
  let minEur = npvs[0];
  let maxEur = npvs[0];
  for (let i = 0; i < n; i++) {
    const v = npvs[i];
    if (v > 0) positive += 1;
    // ±0, ±∞ and NaN (v − v is NaN for ±∞ and NaN): see fromSorted.
    if (v === 0 || v - v !== 0) unordered += 1;
    if (v < minEur) minEur = v;
    if (v > maxEur) maxEur = v;
  }
  const ordered = unordered > 0 ? fromSorted(npvs) : fromBins(npvs, minEur, maxEur);
  return {
    code: form.code, draws: n,
    meanEur: mean(npvs), standardDeviationEur: standardDeviation(npvs),
    p10Eur: ordered.p10Eur, p50Eur: ordered.p50Eur, p90Eur: ordered.p90Eur, minEur: ordered.minEur, maxEur: ordered.maxEur,
    probabilityPositive: positive / n, probabilityPayback: payback / n,
    histogram: ordered.histogram,
  };
}

/** The figures that depend on the NPVs' order. */
type OrderFigures = Pick<MonteCarloSummary, 'p10Eur' | 'p50Eur' | 'p90Eur' | 'minEur' | 'maxEur' | 'histogram'>;

/** Quantiles within bins, histogram by counting, min and max as found: finite NPVs, none 0. */
function fromBins(npvs: readonly number[], minEur: number, maxEur: number): OrderFigures {
  const [p10Eur, p50Eur, p90Eur] = binnedQuantiles(npvs, minEur, maxEur, [0.1, 0.5, 0.9]);
  return { p10Eur, p50Eur, p90Eur, minEur, maxEur, histogram: histogramOf(npvs, minEur, maxEur) };
}

/**
 * Min, max, quantiles and histogram from a sort, when an NPV is 0 (a scenario without partners), infinite or
 * not a number: a sort puts −0 before +0 and NaN last, and equal-width bins need finite ends.
 */
function fromSorted(npvs: readonly number[]): OrderFigures {
  const sorted = Array.from(Float64Array.from(npvs).sort());
  const [minEur, maxEur] = [sorted[0], sorted[sorted.length - 1]];
  return {
    p10Eur: quantileSorted(sorted, 0.1), p50Eur: quantileSorted(sorted, 0.5), p90Eur: quantileSorted(sorted, 0.9),
    minEur, maxEur, histogram: histogramOf(sorted, minEur, maxEur),
  };
}

/**
 * Equal-width bins from `lo` to `hi` (the values' min and max; the values in any order); a value on a boundary
 * goes to the upper bin, the maximum to the last.
 * @example histogramOf([3, 1, 2], 1, 3).length // HISTOGRAM_BINS
 */
export function histogramOf(values: readonly number[], lo: number, hi: number): HistogramBin[] {
  if (!(hi > lo)) return [{ fromEur: lo, toEur: hi, count: values.length }];
  const width = (hi - lo) / HISTOGRAM_BINS;
  const last = HISTOGRAM_BINS - 1;
  const counts = new Int32Array(HISTOGRAM_BINS);
  for (let i = 0; i < values.length; i++) counts[Math.min(last, Math.floor((values[i] - lo) / width))] += 1;
  return Array.from(counts, (count, i) => ({ fromEur: lo + i * width, toEur: i === last ? hi : lo + (i + 1) * width, count }));
}
