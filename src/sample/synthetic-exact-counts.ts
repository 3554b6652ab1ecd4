// Brings a table to an exact number of rows: by splitting some rows into parts, the way a
// detailed budget splits an account by section or a staff table splits a team (the parts keep
// the row's codes and add up to it exactly), or, when there are too many, by merging rows that
// share their site and codes (the totals by site, group and function stay the same).
import type { SampleRecord } from './build-sample-records';
import { between } from './seeded-random';

/** A whole non-negative `total` in whole parts proportional to `weights` (largest remainder): never negative, sums exactly. */
export function wholeParts(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  const left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; k < left; k += 1) parts[order[k][1]] += 1;
  return parts;
}

export interface SplitRule {
  /** How much a row weighs when choosing which rows to split (0: never split). */
  readonly weight: (row: SampleRecord) => number;
  /** The row as `parts` rows, given random weights for the parts. */
  readonly split: (row: SampleRecord, weights: readonly number[]) => SampleRecord[];
  /** Rows of the same key may be merged (null: never merged). */
  readonly key: (row: SampleRecord) => string | null;
  /** Two rows of one key as one. */
  readonly merge: (into: SampleRecord, row: SampleRecord) => SampleRecord;
}

/** `rows` with rows of one key merged (into the first of their key, one merge per key in turn) until `target` rows remain. */
function mergeToCount(rows: readonly SampleRecord[], target: number, rule: SplitRule, what: string): SampleRecord[] {
  const groups = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const key = rule.key(row);
    if (key !== null) groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const merged = rows.slice();
  const dropped = new Set<number>();
  let excess = rows.length - target;
  const lists = [...groups.values()].filter((l) => l.length > 1);
  while (excess > 0) {
    let progress = false;
    for (const list of lists) {
      if (excess === 0 || list.length < 2) continue;
      const j = list.pop() as number;
      merged[list[0]] = rule.merge(merged[list[0]], merged[j]);
      dropped.add(j);
      excess -= 1;
      progress = true;
    }
    if (!progress) throw new RangeError(`A synthetic cooperation of this shape needs at least ${rows.length - excess} ${what} (asked for ${target})`);
  }
  return merged.filter((_, i) => !dropped.has(i));
}

/**
 * `rows` with some rows split so that there are exactly `target` rows; the extra rows go to the
 * rows with weight, in proportion to the square root of the weight (large rows get more parts,
 * small ones some); with more than `target` rows, rows of one key are merged instead. Throws a
 * RangeError when no more rows can be merged.
 */
export function splitToCount(rows: readonly SampleRecord[], target: number, rule: SplitRule, next: () => number, what: string): SampleRecord[] {
  const extra = target - rows.length;
  if (extra < 0) return mergeToCount(rows, target, rule, what);
  if (extra === 0) return rows.slice();
  const weights = rows.map((r) => Math.sqrt(Math.max(0, rule.weight(r))));
  if (!weights.some((w) => w > 0)) throw new RangeError(`No ${what} can be split to reach ${target}`);
  const more = wholeParts(extra, weights);
  const out: SampleRecord[] = [];
  rows.forEach((row, i) => {
    if (more[i] === 0) out.push(row);
    else out.push(...rule.split(row, Array.from({ length: more[i] + 1 }, () => between(next, 0.5, 1.5))));
  });
  return out;
}

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

/** Budget lines of a site with a positive amount, split into sections of whole euros. */
export const BUDGET_SPLIT: SplitRule = {
  weight: (row) => (row.site !== null && num(row.amountEur) > 0 ? num(row.amountEur) : 0),
  split: (row, weights) => wholeParts(num(row.amountEur), weights).map((amountEur, k) => ({
    ...row, label: `${String(row.label)} — section ${k + 1}`, amountEur,
  })),
  key: (row) => (row.site === null ? null : [row.site, row.side, row.group, row.function].join('|')),
  merge: (into, row) => ({ ...into, amountEur: num(into.amountEur) + num(row.amountEur) }),
};

/** Staff groups split into teams: FTE to the hundredth, payroll in whole euros, absence in whole days. */
export const STAFF_SPLIT: SplitRule = {
  weight: (row) => num(row.fte),
  split: (row, weights) => {
    const fte = wholeParts(Math.round(num(row.fte) * 100), weights);
    const budgeted = wholeParts(Math.round(num(row.budgetedFte) * 100), weights);
    const payroll = wholeParts(num(row.loadedPayrollEur), weights);
    const absence = wholeParts(num(row.absenceDays), weights);
    return weights.map((_, k) => ({
      ...row, fte: fte[k] / 100, budgetedFte: budgeted[k] / 100, loadedPayrollEur: payroll[k], absenceDays: absence[k],
    }));
  },
  key: (row) => [row.site, row.category].join('|'),
  merge: (into, row) => ({
    ...into, fte: (Math.round(num(into.fte) * 100) + Math.round(num(row.fte) * 100)) / 100,
    budgetedFte: (Math.round(num(into.budgetedFte) * 100) + Math.round(num(row.budgetedFte) * 100)) / 100,
    loadedPayrollEur: num(into.loadedPayrollEur) + num(row.loadedPayrollEur), absenceDays: num(into.absenceDays) + num(row.absenceDays),
  }),
};
