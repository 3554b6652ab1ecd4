import { cellAddress } from './cell-address';
import { makeIssue } from './make-issue';
import { normaliseHeader } from './normalise-header';
import type { ColumnSpec, TableSpec } from './schema';
import type { Issue, RawTable } from './types';

/** Where one schema column sits in a user's table. */
export interface MatchedColumn {
  readonly spec: ColumnSpec;
  /** Index into the table's headers and row cells. */
  readonly index: number;
  /** The header as the user wrote it, for messages. */
  readonly header: string;
}

export interface HeaderMatch {
  /** Matched columns by field; absent fields are missing from the table. */
  readonly columns: ReadonlyMap<string, MatchedColumn>;
  readonly issues: readonly Issue[];
}

/**
 * Finds each schema column among a table's headers, by French or English header, ignoring
 * case, accents, spacing and a unit in brackets. Unknown headers are kept and ignored;
 * a second header for the same column is COLUMN_DUPLICATE; a missing required column is COLUMN_MISSING.
 */
export function matchHeaders(raw: RawTable, spec: TableSpec): HeaderMatch {
  const columns = new Map<string, MatchedColumn>();
  const issues: Issue[] = [];
  raw.headers.forEach((cell, index) => {
    if (cell === null || typeof cell === 'boolean') return;
    const header = String(cell);
    const key = normaliseHeader(header);
    if (key === '') return;
    const column = spec.columns.find((c) => normaliseHeader(c.fr) === key)
      ?? spec.columns.find((c) => normaliseHeader(c.en) === key);
    if (!column) return;
    if (columns.has(column.field)) {
      issues.push(makeIssue('COLUMN_DUPLICATE', {
        table: raw.table, sheet: raw.sheet, row: raw.headerRow, column: header,
        cell: cellAddress(raw.headerRow, raw.firstColumn + index),
      }, { kind: 'unique' }, header));
      return;
    }
    columns.set(column.field, { spec: column, index, header });
  });
  for (const column of spec.columns) {
    if (column.required && !columns.has(column.field)) {
      issues.push(makeIssue('COLUMN_MISSING', {
        table: raw.table, sheet: raw.sheet, row: raw.headerRow, column: column.fr,
      }, { kind: 'present' }, null));
    }
  }
  return { columns, issues };
}
