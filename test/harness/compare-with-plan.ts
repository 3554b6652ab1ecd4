// Compares LibreOffice's recalculated workbook with the plan's expected values.
import type { CellScalar, WorkbookPlan } from '../../src/plan/types';
import { cellAddress } from '../../src/adapters/exceljs/plan-address';
import type { Grid, GridCell } from './grid';

export interface Mismatch {
  readonly sheet: string;
  readonly address: string;
  readonly formula: string;
  readonly expected: CellScalar | undefined;
  /** What the recalculated cell holds: its value, or its error text. */
  readonly found: CellScalar | string;
  readonly reason: 'error' | 'missing' | 'value';
}

export interface Comparison {
  /** Formula cells compared. */
  readonly compared: number;
  readonly mismatches: readonly Mismatch[];
}

/** Tolerances of issue 3: relative 1e-9 or absolute 1e-6. */
const RELATIVE = 1e-9;
const ABSOLUTE = 1e-6;

/**
 * Every plan cell with a formula, checked in the recalculated grid: no error,
 * and equal to `expected` (numbers within tolerance, texts exactly, booleans
 * after reading 1/0 as TRUE/FALSE). A formula cell without `expected` is only
 * checked for errors.
 */
export function compareWithPlan(plan: WorkbookPlan, grid: Grid): Comparison {
  const mismatches: Mismatch[] = [];
  let compared = 0;
  for (const sheet of plan.sheets) {
    const cells = grid.sheets[sheet.name] ?? {};
    for (const cell of sheet.cells) {
      if (cell.formula === undefined) continue;
      compared += 1;
      const address = cellAddress(cell.row, cell.col);
      const found = cells[address];
      const base = { sheet: sheet.name, address, formula: cell.formula, expected: cell.expected };
      if (found?.error !== undefined) {
        mismatches.push({ ...base, found: found.error, reason: 'error' });
      } else if (found === undefined && !isBlank(cell.expected)) {
        mismatches.push({ ...base, found: null, reason: 'missing' });
      } else if (cell.expected !== undefined && !sameValue(cell.expected, found)) {
        mismatches.push({ ...base, found: found?.value ?? null, reason: 'value' });
      }
    }
  }
  return { compared, mismatches };
}

/** True when a recalculated cell equals the expected scalar. */
export function sameValue(expected: CellScalar, found: GridCell | undefined): boolean {
  const value = found?.value ?? null;
  if (isBlank(expected)) return isBlank(value);
  if (typeof expected === 'number') {
    if (typeof value !== 'number') return false;
    const diff = Math.abs(value - expected);
    return diff <= ABSOLUTE || diff <= RELATIVE * Math.max(Math.abs(expected), Math.abs(value));
  }
  if (typeof expected === 'boolean') {
    if (typeof value === 'boolean') return value === expected;
    if (typeof value === 'number') return (value !== 0) === expected && (value === 0 || value === 1);
    if (typeof value === 'string') return value.toUpperCase() === (expected ? 'TRUE' : 'FALSE');
    return false;
  }
  return value === expected;
}

function isBlank(value: CellScalar | undefined): boolean {
  return value === null || value === undefined || value === '';
}

/** The first mismatches as readable lines, for a failing test's message. */
export function describeMismatches(mismatches: readonly Mismatch[], limit = 20): string {
  const lines = mismatches.slice(0, limit).map(
    (m) => `${m.sheet}!${m.address} =${m.formula} expected ${JSON.stringify(m.expected)} found ${JSON.stringify(m.found)} (${m.reason})`,
  );
  if (mismatches.length > limit) lines.push(`… and ${mismatches.length - limit} more`);
  return lines.join('\n');
}

/** Every error cell of a grid (formula results and values), as `Sheet!A1: #REF!`. */
export function errorCells(grid: Grid): string[] {
  const out: string[] = [];
  for (const name of grid.sheetNames) {
    for (const [address, cell] of Object.entries(grid.sheets[name] ?? {})) {
      if (cell.error !== undefined) out.push(`${name}!${address}: ${cell.error}`);
    }
  }
  return out;
}
