/// <reference types="office-js" />
// Reads back the model's Scénarios input sheet (and the weighted-choice sheet) as rows of
// values from A1, so that the task pane and Regenerate start from the scenarios, weights and
// scores as the user left them. Which row holds which lever is the plan's to know
// (src/plan/read-scenario-definitions.ts, read-scoring-inputs.ts); the adapter only reads cells.
import type { CellValue } from '../../data/types';
import { parseAddress } from './a1-address';
import type { ExcelRunner } from './excel-runner';
import { officeRunner } from './excel-runner';
import { findGeneratedSheet } from './find-generated-sheet';

/** Registry keys of the Scénarios input sheet and of the weighted-choice sheet (plan/sheets/). */
export const SCENARIOS_SHEET_KEY = 'scenarios';
export const SCORING_SHEET_KEY = 'scoring';

export interface ReadScenarioRowsOptions {
  readonly run?: ExcelRunner;
  /** Registry key of the sheet to read; the Scénarios sheet by default. */
  readonly sheetKey?: string;
}

/**
 * The Scénarios sheet's values as rows from A1 (`rows[0][0]` is A1),
 * or null when no model with that sheet was generated; the sheet's own empty cells read as ''. Two syncs (names and sheets, the
 * used range); three for a model without identity names (through the cover's registry).
 *
 * @example const rows = await readScenarioRows(); rows?.[0][0] // the sheet's title in A1
 */
export async function readScenarioRows(options: ReadScenarioRowsOptions = {}): Promise<CellValue[][] | null> {
  const run = options.run ?? officeRunner();
  const key = options.sheetKey ?? SCENARIOS_SHEET_KEY;
  return run(async (context) => {
    const sheet = await findGeneratedSheet(context, key);
    if (!sheet) return null;
    const used = sheet.getUsedRangeOrNullObject(true).load('address,values');
    await context.sync();
    return used.isNullObject ? null : rowsFromA1(used.address, used.values);
  });
}

/**
 * The weighted-choice sheet (weights and judgement scores of the scenarios) as rows from A1, read back
 * by plan/read-scoring-inputs.ts; null without a model. Same round trips as readScenarioRows.
 */
export async function readScoringRows(options: Omit<ReadScenarioRowsOptions, 'sheetKey'> = {}): Promise<CellValue[][] | null> {
  return await readScenarioRows({ ...options, sheetKey: SCORING_SHEET_KEY });
}

/** A used range's values placed as if read from A1: empty rows and null cells before its first row and column. */
export function rowsFromA1(address: string, values: readonly (readonly unknown[])[]): CellValue[][] {
  const box = parseAddress(address);
  const top = box?.top ?? 1;
  const left = box?.left ?? 1;
  const pad = (): CellValue[] => Array.from({ length: left - 1 }, () => null);
  // Excel gives an empty cell as '' (kept: an emptied name means "show the form's name"); errors and the rest as null.
  const cell = (v: unknown): CellValue => (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : null);
  return [...Array.from({ length: top - 1 }, () => [] as CellValue[]), ...values.map((row) => [...pad(), ...row.map(cell)])];
}
