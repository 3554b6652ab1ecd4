// Each generated sheet's identity in the workbook: a workbook-level defined name on
// its A1. Excel keeps a defined name on its sheet through a rename or a move, so the
// add-in still finds a generated sheet the user renamed (the cover's registry text
// would no longer match its name). Not listed on the cover: they are bookkeeping.
import type { PlanName, PlanSheet } from './types';

/** Identity names are this prefix followed by the plan sheet's key: `CoopSheet_assumptions`. */
export const SHEET_NAME_PREFIX = 'CoopSheet_';

/**
 * One defined name per sheet, on its A1.
 *
 * @example sheetIdentityNames([{ key: 'cover', … }]) // [{ name: 'CoopSheet_cover', sheetKey: 'cover', row: 1, col: 1 }]
 */
export function sheetIdentityNames(sheets: readonly Pick<PlanSheet, 'key'>[]): PlanName[] {
  return sheets.map((s) => ({ name: `${SHEET_NAME_PREFIX}${s.key}`, sheetKey: s.key, row: 1, col: 1 }));
}
