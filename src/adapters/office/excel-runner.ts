/// <reference types="office-js" />
// How the adapter reaches a workbook: Excel.run in the add-in, a fake or
// office-addin-mock in the tests. One job = one call of the runner.

/** Runs one batch job against a workbook, like `Excel.run(batch)`. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Excel.run of Office.js; throws when Office.js is not loaded (the in-browser preview has no Excel). */
export function officeRunner(): ExcelRunner {
  if (typeof Excel === 'undefined' || typeof Excel.run !== 'function') {
    throw new OfficeUnavailableError('Office.js (Excel) is not loaded');
  }
  return <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Excel.run(batch);
}

/** The add-in code was asked to reach Excel where there is none (preview, tests). */
export class OfficeUnavailableError extends Error {
  override readonly name = 'OfficeUnavailableError';
}
