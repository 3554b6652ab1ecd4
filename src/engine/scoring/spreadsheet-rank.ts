/**
 * Ranks as the spreadsheet's RANK(value, values) computes them (descending order):
 * 1 + the number of values strictly greater, so that equal values share a rank and the
 * next rank is skipped (100, 80, 80, 50 → 1, 2, 2, 4). Exact comparison, as RANK does.
 * @example spreadsheetRank([50, 80, 100, 80]) // [4, 2, 1, 2]
 */
export function spreadsheetRank(values: readonly number[]): number[] {
  return values.map((v) => 1 + values.filter((other) => other > v).length);
}
