/// <reference types="office-js" />
// The Office.js adapter: the open workbook in and out, for the task pane.
export { readPartnerTables } from './read-partner-tables';
export { writePlan, PlanWriteError, type WritePlanOptions, type WritePlanReport, type WritePhase } from './write-plan';
export { readGeneratedSheets, type ReadGeneratedSheetsOptions } from './read-generated-sheets';
export { readInputValues, readTypedInputs, writeInputValue, type InputOverrides, type ReadInputOptions } from './read-input-values';
export { officeRunner, OfficeUnavailableError, type ExcelRunner } from './excel-runner';
export { excelApiSupported } from './requirements';
export { REGISTRY_NAME, registryEntries, type Registry } from './registry';
export { DEFAULT_MAX_REQUEST_BYTES } from './write-batches';
