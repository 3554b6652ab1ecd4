// The ExcelJS adapter: .xlsx files in and out, for the CLI and the tests.
export { readTables, tablesOf, loadWorkbook, type WorkbookSource } from './read-tables';
export { WorkbookReadError, type WorkbookReadReason } from './input-errors';
export { writeTemplate, writeSample, buildTemplateWorkbook, type TemplateData, type TemplateRows, type TemplateOptions } from './write-template';
// H6: write-plan export goes below.
export { writePlan, PlanWriteError } from './write-plan';
export { readGeneratedSheets, generatedSheetRows } from './read-generated-sheets';
