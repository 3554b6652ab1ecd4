import { mean, quantileSorted, standardDeviation } from 'simple-statistics';
import type { DriverDraws } from './driver-distributions';
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
 * mean, standard deviation, quantiles P10, P50, P90 (quantileSorted), P(NPV > 0), P(payback within the horizon),
 * and a histogram. Source: MODELLING.md "Sensitivity".
 * The draws are evaluated in one batch (evaluateRows) and their NPVs sorted as a Float64Array (a numeric sort,
 * no comparator call per pair): the bench's Monte Carlo / closed form ratio, issue 9.
 * @example monteCarloSummary(closedForm, draws).p50Eur
 */
export function monteCarloSummary(form: ScenarioClosedForm, draws: DriverDraws): MonteCarloSummary {
  const n = draws.count;
  const npvs = new Float64Array(n);
  const payback = form.evaluateRows(draws.values, n, draws.width, npvs);
  let positive = 0;
  for (let i = 0; i < n; i++) if (npvs[i] > 0) positive += 1;
  // simple-statistics is typed for plain arrays: the draws' order for the mean, the sorted copy for the quantiles.
  const values = Array.from(npvs);
  const sorted = Array.from(npvs.sort());
  return {
    code: form.code, draws: n,
    meanEur: mean(values), standardDeviationEur: standardDeviation(values),
    p10Eur: quantileSorted(sorted, 0.1), p50Eur: quantileSorted(sorted, 0.5), p90Eur: quantileSorted(sorted, 0.9),
    minEur: sorted[0], maxEur: sorted[n - 1],
    probabilityPositive: positive / n, probabilityPayback: payback / n,
    histogram: histogramOf(sorted),
  };
}

/** Equal-width bins over the sorted values; a value on a boundary goes to the upper bin, the maximum to the last. */
export function histogramOf(sorted: readonly number[]): HistogramBin[] {
  const lo = sorted[0];
  const hi = sorted[sorted.length - 1];
  if (!(hi > lo)) return [{ fromEur: lo, toEur: hi, count: sorted.length }];
  const width = (hi - lo) / HISTOGRAM_BINS;
  const counts = new Array<number>(HISTOGRAM_BINS).fill(0);
  for (const v of sorted) counts[Math.min(HISTOGRAM_BINS - 1, Math.floor((v - lo) / width))] += 1;
  return counts.map((count, i) => ({ fromEur: lo + i * width, toEur: i === HISTOGRAM_BINS - 1 ? hi : lo + (i + 1) * width, count }));
}
