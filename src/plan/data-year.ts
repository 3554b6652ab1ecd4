import type { CooperationData } from '../data/types';

/**
 * The year most partners report, the earliest on a tie; null when none gives one.
 * @example mostReportedYear([2023, 2024, 2024, null]) // 2024
 */
export function mostReportedYear(years: readonly (number | null)[]): number | null {
  const counts = new Map<number, number>();
  for (const year of years) if (year !== null) counts.set(year, (counts.get(year) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, count] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (best === null || count > (counts.get(best) ?? 0)) best = year;
  }
  return best;
}

/**
 * The data year of the model: the year most partners report (the earliest on a tie);
 * when no partner gives one, the year before `generatedAt` (the last closed accounts).
 * @example modelDataYear(data with years [2024, 2024, 2023], new Date('2026-01-15')) // 2024
 */
export function modelDataYear(data: CooperationData, generatedAt: Date): number {
  return mostReportedYear(data.partners.map((p) => p.year)) ?? generatedAt.getUTCFullYear() - 1;
}
