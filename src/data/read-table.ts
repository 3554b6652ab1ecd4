import { cellAddress } from './cell-address';
import { isBlankCell } from './fold-text';
import type { IssuePlace } from './make-issue';
import { matchHeaders, type MatchedColumn } from './match-headers';
import { readCell } from './read-cell';
import type { TableSpec } from './schema';
import type { CellValue, Issue, RawTable } from './types';

/** One non-blank data row after reading: values by field, null when empty, missing or invalid. */
export interface ReadRow {
  /** The Excel row number the user sees. */
  readonly row: number;
  readonly values: Readonly<Record<string, string | number | null>>;
  /** Fields whose cell raised an issue: later checks leave them alone. */
  readonly invalid: ReadonlySet<string>;
  /** Where a field's cell is, for issues raised later (cross-table checks, warnings). */
  readonly placeOf: (field: string) => IssuePlace;
  /** The cell as the user left it. */
  readonly rawOf: (field: string) => CellValue;
}

export interface ReadTable {
  readonly raw: RawTable;
  readonly spec: TableSpec;
  readonly columns: ReadonlyMap<string, MatchedColumn>;
  readonly rows: readonly ReadRow[];
  readonly issues: readonly Issue[];
}

/**
 * Reads a user's table against its schema: matches headers, skips blank rows silently,
 * reads every cell of every known column and collects each problem as an issue.
 */
export function readTable(raw: RawTable, spec: TableSpec): ReadTable {
  const { columns, issues: headerIssues } = matchHeaders(raw, spec);
  const issues: Issue[] = [...headerIssues];
  const rows: ReadRow[] = [];
  raw.rows.forEach((cells, index) => {
    if (cells.every(isBlankCell)) return;
    const row = raw.headerRow + 1 + index;
    const placeOf = (field: string): IssuePlace => {
      const column = columns.get(field);
      return column
        ? { table: raw.table, sheet: raw.sheet, row, column: column.header, cell: cellAddress(row, raw.firstColumn + column.index) }
        : { table: raw.table, sheet: raw.sheet, row, column: spec.columns.find((c) => c.field === field)?.fr ?? field };
    };
    const rawOf = (field: string): CellValue => {
      const column = columns.get(field);
      return column ? (cells[column.index] ?? null) : null;
    };
    const values: Record<string, string | number | null> = {};
    const invalid = new Set<string>();
    for (const column of spec.columns) {
      if (!columns.has(column.field)) {
        values[column.field] = null;
        // A missing required column is reported once (COLUMN_MISSING), not on every row.
        if (column.required) invalid.add(column.field);
        continue;
      }
      const reading = readCell(column, rawOf(column.field), placeOf(column.field));
      if (reading.ok) {
        values[column.field] = reading.value;
      } else {
        values[column.field] = null;
        invalid.add(column.field);
        issues.push(reading.issue);
      }
    }
    rows.push({ row, values, invalid, placeOf, rawOf });
  });
  return { raw, spec, columns, rows, issues };
}
