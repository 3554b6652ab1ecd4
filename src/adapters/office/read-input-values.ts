// Reads back the model's assumptions sheet: what its input cells hold (for the task
// pane) and what the user typed there (for Regenerate), and writes one input from the
// pane. The sheet's layout is the plan's to know (src/plan/read-assumption-overrides.ts);
// the adapter only reads and writes cells.
import type { CellValue } from '../../data/types';
import type { CellScalar } from '../../plan/types';
import {
  assumptionInputCells, assumptionInputValues, readAssumptionOverrides,
} from '../../plan/read-assumption-overrides';
import { parseAddress, rangeAddress } from './a1-address';
import type { ExcelRunner } from './excel-runner';
import { officeRunner } from './excel-runner';
import { findGeneratedSheet } from './find-generated-sheet';

export interface ReadInputOptions {
  readonly run?: ExcelRunner;
  /** Registry key of the assumptions sheet. */
  readonly sheetKey?: string;
}

/** Input values by key: value, low and high columns, and the year columns (`.y0`, `.y1`…). */
export type InputOverrides = Readonly<Record<string, number>>;

/**
 * The numbers the assumptions sheet's input cells hold now, by key; empty when no model
 * was generated yet. Three syncs (registry name, registry, sheet).
 *
 * @example const values = await readInputValues(); values.discountRate // 0.04
 */
export async function readInputValues(options: ReadInputOptions = {}): Promise<InputOverrides> {
  const rows = await readAssumptionRows(options);
  return rows ? assumptionInputValues(rows) : {};
}

/**
 * What the user typed on the assumptions sheet: the values that differ from the defaults
 * the sheet was generated with, i.e. the overrides a regeneration keeps. Three syncs.
 *
 * @example await readTypedInputs() // { discountRate: 0.06 } after a user typed 6 %
 */
export async function readTypedInputs(options: ReadInputOptions = {}): Promise<InputOverrides> {
  const rows = await readAssumptionRows(options);
  return rows ? readAssumptionOverrides(rows) : {};
}

/**
 * Writes one input value into the assumptions sheet (the pane's edits: the
 * sheet stays the single source of truth). False when the model has no such input.
 */
export async function writeInputValue(key: string, value: CellScalar, options: ReadInputOptions = {}): Promise<boolean> {
  const run = options.run ?? officeRunner();
  return run(async (context) => {
    const found = await assumptionRowsIn(context, options.sheetKey ?? 'assumptions');
    if (!found) return false;
    const cell = assumptionInputCells(found.rows).find((c) => c.key === key);
    if (!cell) return false;
    found.sheet.getRange(rangeAddress(cell.row, cell.col)).values = [[value ?? '']];
    await context.sync();
    return true;
  });
}

/** The assumptions sheet's values as rows from A1, or null when no model was generated. */
async function readAssumptionRows(options: ReadInputOptions): Promise<CellValue[][] | null> {
  const run = options.run ?? officeRunner();
  return run(async (context) => (await assumptionRowsIn(context, options.sheetKey ?? 'assumptions'))?.rows ?? null);
}

/** The generated sheet `sheetKey` and its values as rows from A1, within a running batch; null without a model. */
async function assumptionRowsIn(
  context: Excel.RequestContext,
  sheetKey: string,
): Promise<{ readonly sheet: Excel.Worksheet; readonly rows: CellValue[][] } | null> {
  const sheet = await findGeneratedSheet(context, sheetKey);
  if (!sheet) return null;
  const used = sheet.getUsedRangeOrNullObject(true).load('address,values');
  await context.sync();
  return used.isNullObject ? null : { sheet, rows: fromA1(used.address, used.values) };
}

/** A used range's values placed as if read from A1 (empty cells before its first row and column). */
function fromA1(address: string, values: readonly (readonly unknown[])[]): CellValue[][] {
  const box = parseAddress(address);
  const top = box?.top ?? 1;
  const left = box?.left ?? 1;
  const pad: CellValue[] = Array.from({ length: left - 1 }, () => null);
  const cell = (v: unknown): CellValue => (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : null);
  return [...Array.from({ length: top - 1 }, () => [] as CellValue[]), ...values.map((row) => [...pad, ...row.map(cell)])];
}
