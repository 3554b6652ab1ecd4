/**
 * Whether two user codes (partner, site) name the same thing, the way the model's
 * formulas compare them: `range=code` in a spreadsheet is exact apart from case.
 * The engine folds case as well, so that the engine and the recalculated sheet
 * pick the same rows.
 *
 * Formula: upper(a) = upper(b). Source: convention (spreadsheet text equality).
 * @example sameCode('ab*', 'AB*') // true; sameCode('A*', 'AB') // false
 */
export function sameCode(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  return a.toUpperCase() === b.toUpperCase();
}
