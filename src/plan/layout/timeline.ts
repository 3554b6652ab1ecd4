// One timeline for every sheet with years (MODELLING.md): the same first-year column
// and the same number of years on the assumptions and the savings sheets.

/** Column of model year 0 (I); year t stands in column YEAR_FIRST_COL + t. */
export const YEAR_FIRST_COL = 9;

export function yearCol(t: number): number {
  return YEAR_FIRST_COL + t;
}

/** Last year column for a horizon of N years after year 0. */
export function lastYearCol(horizonYears: number): number {
  return yearCol(horizonYears);
}
