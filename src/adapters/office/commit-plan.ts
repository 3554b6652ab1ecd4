/// <reference types="office-js" />
// The replacement: once the new content is complete on temporary sheets, each
// generated sheet is emptied and receives the new content in place (copyFrom),
// so that a user's formula pointing at a generated cell keeps working; then the
// sheet-level setup, renames, defined names, and the temporary sheets go.
// Queued only: it runs in the last request.
import type { WorkbookPlan } from '../../plan/types';
import { rangeAddress } from './a1-address';
import type { SheetTarget } from './plan-sheet-names';
import { queueSheetSetup, type SetupFeatures } from './sheet-setup';
import type { WorkbookState } from './workbook-state';

export interface CommitInput {
  readonly plan: WorkbookPlan;
  readonly targets: readonly SheetTarget[];
  /** Temporary sheet of each plan sheet, or null when the content went straight to the real sheet. */
  readonly temps: readonly (string | null)[];
  readonly state: WorkbookState;
  readonly features: SetupFeatures;
  /** Plan table name → the name it gets (another one when a user's table has it). */
  readonly tableNames: ReadonlyMap<string, string>;
  /** Defined names the plan gives that a user's own name already holds: left alone. */
  readonly skippedNames: ReadonlySet<string>;
  /** The charts step (charts/plan-charts-writer.ts): queued on each sheet once its content is in place, before its protection. */
  readonly charts?: { queue(ws: Excel.Worksheet, index: number, current: string | null): void };
}

const fold = (s: string): string => s.toLowerCase();

/** Empties the previous content of our existing sheets: tables to plain ranges, formats, validations, panes. */
export function queueEmptySheets(context: Excel.RequestContext, input: CommitInput): void {
  const { targets, state, features } = input;
  // Unprotect first, all at once: a sheet protected with a password stops the request here, before any change.
  for (const t of targets) {
    if (t.current && state.sheets.get(fold(t.current))?.protected) {
      context.workbook.worksheets.getItem(t.current).protection.unprotect();
    }
  }
  for (const t of targets) {
    if (!t.current) continue;
    const ws = context.workbook.worksheets.getItem(t.current);
    for (const table of state.sheets.get(fold(t.current))?.tables ?? []) ws.tables.getItem(table).convertToRange();
    const all = ws.getRange();
    all.conditionalFormats.clearAll();
    if (features.validation) all.dataValidation.clear();
    ws.freezePanes.unfreeze();
    all.clear('All');
  }
}

/** Copies the temporary content in place, sets each sheet up, renames, defines names, drops the temporary sheets. */
export function queueCommit(context: Excel.RequestContext, input: CommitInput): void {
  const { plan, targets, temps, features } = input;
  const sheets = context.workbook.worksheets;
  if (temps.some((t) => t !== null)) queueEmptySheets(context, input);
  const real = targets.map((t) => sheets.getItem(t.current ?? t.final));
  plan.sheets.forEach((sheet, i) => {
    const temp = temps[i];
    if (temp !== null && sheet.cells.length > 0) {
      // A loop, not Math.max(...cells): spreading 100 000+ cells as arguments overflows the stack.
      const rows = sheet.cells.reduce((m, c) => Math.max(m, c.row), 0);
      const cols = sheet.cells.reduce((m, c) => Math.max(m, c.col), 0);
      const box = rangeAddress(1, 1, rows, cols);
      real[i].getRange(box).copyFrom(sheets.getItem(temp).getRange(box), 'All');
    }
    input.charts?.queue(real[i], i, targets[i].current);
    const tables = sheet.tables.map((t) => ({ ...t, name: input.tableNames.get(t.name) ?? t.name }));
    queueSheetSetup(real[i], { ...sheet, tables }, features);
  });
  targets.forEach((t, i) => {
    if (t.current && t.current !== t.final) real[i].name = t.final;
  });
  const byKey = new Map(plan.sheets.map((s, i) => [s.key, real[i]]));
  for (const n of plan.names) {
    if (input.skippedNames.has(fold(n.name))) continue;
    const ws = byKey.get(n.sheetKey);
    if (!ws) continue;
    if (input.state.names.has(fold(n.name))) context.workbook.names.getItem(n.name).delete();
    context.workbook.names.add(n.name, ws.getRange(rangeAddress(n.row, n.col)));
  }
  for (const temp of temps) if (temp !== null) sheets.getItem(temp).delete();
}
