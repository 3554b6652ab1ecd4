// A workbook as plain data, as a test reads it back: what the contract suite
// and the LibreOffice comparison look at, whatever wrote the file.
import type { CellScalar } from '../../src/plan/types';

export interface GridCell {
  /** The value, or a formula's computed (cached) result; null when empty. */
  readonly value: CellScalar;
  /** Formula text without the leading `=`. */
  readonly formula?: string;
  /** Error text (`#DIV/0!`, `Err:502`) when the cell or its formula result is an error. */
  readonly error?: string;
  /** Number format code; absent for General. */
  readonly numberFormat?: string;
}

export interface Grid {
  /** Sheet names in workbook order. */
  readonly sheetNames: readonly string[];
  /** Cells by sheet name, then by A1 address (`C5`). */
  readonly sheets: Readonly<Record<string, Readonly<Record<string, GridCell>>>>;
  /** Defined names and their reference, e.g. `DiscountRate` → `'Hypothèses'!$C$5`. */
  readonly names: Readonly<Record<string, string>>;
}

/** Sheet name and A1 address (without `$`) of a one-cell reference such as `'L''autre'!$C$5` or `Data!C5`. */
export function parseCellRef(ref: string): { sheet: string; address: string } | null {
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.trim().replace(/^=/, ''));
  if (!match) return null;
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
  return { sheet, address: `${match[3]}${match[4]}` };
}
