// Reads back what the user typed on the model's assumptions sheet, so that
// Regenerate keeps it: every keyed row's value cells, by the keys the plan's
// assumptions layout gives them (`discountRate`, `savingsRate.ACHATS.low`,
// `rampUp.ACHATS.y2`). The layout is the plan's (src/plan/assumptions-layout.ts);
// the adapter only reads cells.
import type { CellScalar } from '../../plan/types';
import { ASSUMPTION_COLS, ASSUMPTION_HEADER_ROW, ASSUMPTION_INDEX_ROW } from '../../plan/assumptions-layout';
import { YEAR_FIRST_COL } from '../../plan/layout/timeline';
import { parseAddress, rangeAddress } from './a1-address';
import type { ExcelRunner } from './excel-runner';
import { officeRunner } from './excel-runner';
import { findGeneratedSheet } from './find-generated-sheet';

export interface ReadInputOptions {
  readonly run?: ExcelRunner;
  /** Registry key of the assumptions sheet. */
  readonly sheetKey?: string;
}

/** Input cells by key: value, low and high columns, and the year columns (`.y0`, `.y1`…). */
export type InputOverrides = Readonly<Record<string, number>>;

/**
 * The numbers a user's assumptions sheet holds now, by key; empty when no model
 * was generated yet. Three syncs (registry name, registry, sheet).
 *
 * @example const overrides = await readInputValues(); overrides.discountRate // 0.04
 */
export async function readInputValues(options: ReadInputOptions = {}): Promise<InputOverrides> {
  const run = options.run ?? officeRunner();
  return run(async (context) => {
    const sheet = await findGeneratedSheet(context, options.sheetKey ?? 'assumptions');
    if (!sheet) return {};
    const used = sheet.getUsedRangeOrNullObject(true).load('address,values');
    await context.sync();
    if (used.isNullObject) return {};
    return inputOverrides(fromA1(used.address, used.values));
  });
}

/** The overrides found in a sheet's values read from A1. Pure. */
export function inputOverrides(values: readonly (readonly unknown[])[]): InputOverrides {
  const at = (row: number, col: number): unknown => values[row - 1]?.[col - 1];
  const yearCols: { col: number; t: number }[] = [];
  const indexRow = values[ASSUMPTION_INDEX_ROW - 1] ?? [];
  for (let col = YEAR_FIRST_COL; col <= indexRow.length; col += 1) {
    const t = at(ASSUMPTION_INDEX_ROW, col);
    if (typeof t === 'number' && Number.isInteger(t)) yearCols.push({ col, t });
  }
  const out: Record<string, number> = {};
  for (let row = ASSUMPTION_HEADER_ROW + 1; row <= values.length; row += 1) {
    const key = at(row, ASSUMPTION_COLS.key);
    if (typeof key !== 'string' || !/^[A-Za-z][\w.]*$/.test(key.trim())) continue;
    const put = (suffix: string, value: unknown): void => {
      if (typeof value === 'number' && Number.isFinite(value)) out[`${key.trim()}${suffix}`] = value;
      else if (typeof value === 'boolean') out[`${key.trim()}${suffix}`] = value ? 1 : 0;
    };
    put('', at(row, ASSUMPTION_COLS.value));
    put('.low', at(row, ASSUMPTION_COLS.low));
    put('.high', at(row, ASSUMPTION_COLS.high));
    for (const { col, t } of yearCols) put(`.y${t}`, at(row, col));
  }
  return out;
}

/**
 * Writes one input value into the assumptions sheet (the pane's edits: the
 * sheet stays the single source of truth). False when the model has no such input.
 */
export async function writeInputValue(key: string, value: CellScalar, options: ReadInputOptions = {}): Promise<boolean> {
  const run = options.run ?? officeRunner();
  return run(async (context) => {
    const sheet = await findGeneratedSheet(context, options.sheetKey ?? 'assumptions');
    if (!sheet) return false;
    const used = sheet.getUsedRangeOrNullObject(true).load('address,values');
    await context.sync();
    if (used.isNullObject) return false;
    const cell = inputCell(fromA1(used.address, used.values), key);
    if (!cell) return false;
    sheet.getRange(rangeAddress(cell.row, cell.col)).values = [[value ?? '']];
    await context.sync();
    return true;
  });
}

/** Where an input key's cell stands in a sheet's values read from A1, or null. Pure. */
export function inputCell(values: readonly (readonly unknown[])[], key: string): { row: number; col: number } | null {
  const match = /^(.*?)(?:\.(low|high)|\.y(\d+))?$/.exec(key);
  if (!match) return null;
  const [, base, side, year] = match;
  const row = values.findIndex((r, i) => i >= ASSUMPTION_HEADER_ROW && typeof r[ASSUMPTION_COLS.key - 1] === 'string' && (r[ASSUMPTION_COLS.key - 1] as string).trim() === base);
  if (row < 0) return null;
  if (side) return { row: row + 1, col: ASSUMPTION_COLS[side as 'low' | 'high'] };
  if (year === undefined) return { row: row + 1, col: ASSUMPTION_COLS.value };
  const indexRow = values[ASSUMPTION_INDEX_ROW - 1] ?? [];
  const col = indexRow.findIndex((v, c) => c + 1 >= YEAR_FIRST_COL && v === Number(year));
  return col < 0 ? null : { row: row + 1, col: col + 1 };
}

/** A used range's values placed as if read from A1 (empty cells before its first row and column). */
function fromA1(address: string, values: readonly (readonly unknown[])[]): unknown[][] {
  const box = parseAddress(address);
  const top = box?.top ?? 1;
  const left = box?.left ?? 1;
  const pad = Array.from({ length: left - 1 }, () => '');
  return [...Array.from({ length: top - 1 }, () => [] as unknown[]), ...values.map((row) => [...pad, ...row])];
}
