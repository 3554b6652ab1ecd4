// The ExcelJS adapter: .xlsx files in and out, for the CLI and the tests.
export { readTables, tablesOf, loadWorkbook, type WorkbookSource } from './read-tables';
export { WorkbookReadError, type WorkbookReadReason } from './input-errors';
export { writeTemplate, writeSample, buildTemplateWorkbook, type TemplateData, type TemplateRows, type TemplateOptions } from './write-template';
// H6: write-plan export goes below.
// In Node, plans are written by ExcelJS's stream writer (issue 9); write-plan.ts keeps the in-memory one
// for the browser and as the reference.
export { writePlanInMemory, PlanWriteError } from './write-plan';
export { writePlanStreaming, writePlanStreaming as writePlan } from './write-plan-stream';
export { readGeneratedSheets, generatedSheetRows } from './read-generated-sheets';
