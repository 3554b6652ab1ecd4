import { quantileSorted, quickselect } from 'simple-statistics';

/**
 * simple-statistics' quantiles (quantileSorted, type 7) of `values` at each p, given their min `lo` and max `hi`,
 * without sorting them: the values are grouped by equal-width bin, bins in order (one counting pass, one placing
 * pass), then simple-statistics' quickselect puts each order statistic quantileSorted reads in its place, within
 * its bin's stretch only. Every value of a bin is ≤ every value of the next one (the bin of v is monotone in v),
 * so those order statistics, and the quantiles, are exactly a full sort's. The Monte Carlo's P10, P50 and P90 of
 * 10 000 NPVs: a sort was a fifth of its cost, simple-statistics' quantile on the whole array still a tenth (issue 9).
 * @example binnedQuantiles([5, 1, 4, 2, 3], 1, 5, [0.5]) // [3]
 */
export function binnedQuantiles(
  values: readonly number[], lo: number, hi: number, ps: readonly number[], bins = 64,
): number[] {
  const n = values.length;
  // All equal (or not numbers): any order is sorted.
  if (!(hi > lo)) return ps.map((p) => quantileSorted(values, p));
  const width = (hi - lo) / bins;
  const last = bins - 1;
  const binOf = new Uint16Array(n);
  // start[b] … start[b + 1] − 1: where bin b's values go.
  const start = new Int32Array(bins + 1);
  for (let i = 0; i < n; i++) {
    const b = Math.min(last, Math.floor((values[i] - lo) / width));
    binOf[i] = b;
    start[b + 1] += 1;
  }
  for (let b = 0; b < bins; b++) start[b + 1] += start[b];
  const grouped = new Array<number>(n);
  const next = start.slice(0, bins);
  for (let i = 0; i < n; i++) grouped[next[binOf[i]]++] = values[i];
  // The places quantileSorted reads, ascending: each is selected right of the one before, which stays put.
  const places = [...new Set(ps.flatMap((p) => [Math.floor((n - 1) * p), Math.ceil((n - 1) * p)]))].sort((x, y) => x - y);
  let placed = -1;
  let b = 0;
  for (const k of places) {
    while (start[b + 1] <= k) b += 1;
    const left = Math.max(start[b], placed + 1);
    const right = start[b + 1] - 1;
    if (right > left) quickselect(grouped, k, left, right);
    placed = k;
  }
  return ps.map((p) => quantileSorted(grouped, p));
}
