/**
 * The payback a scoring scales: the years when the scenario pays back within the horizon,
 * horizon + 1 when it does not (a payback beyond the horizon is worse than any within it,
 * and the min–max scaling needs a number). Sheet: `IF(ISNUMBER(payback),payback,HorizonYears+1)`.
 * @example paybackYearsForScoring(null, 5) // 6
 */
export function paybackYearsForScoring(paybackYears: number | null, horizonYears: number): number {
  return paybackYears === null ? horizonYears + 1 : paybackYears;
}
