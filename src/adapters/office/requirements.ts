/// <reference types="office-js" />
// Requirement-set checks, safe where Office.js is absent (tests, preview).

/**
 * True when the host supports ExcelApi `version` (a string such as '1.9', as
 * Office wants it). False when Office.js is not loaded or cannot tell.
 *
 * @example excelApiSupported('1.9') // suspendScreenUpdatingUntilNextSync, copyFrom, setCellProperties
 */
export function excelApiSupported(version: string): boolean {
  if (typeof Office === 'undefined') return false;
  const requirements = Office.context?.requirements;
  if (!requirements || typeof requirements.isSetSupported !== 'function') return false;
  return requirements.isSetSupported('ExcelApi', version);
}
