import type { TableName } from '../domain/codes';
import { cellAddress } from './cell-address';
import { makeIssue } from './make-issue';
import type { ReadTable } from './read-table';
import type { Issue } from './types';

/** Optional columns an indicator needs (occupancy, realisation, vacancy, absenteeism, FRNG, dependence, age ratio). */
export const INDICATOR_FIELDS: Readonly<Record<TableName, readonly string[]>> = {
  Partenaires: ['permanentCapitalEur', 'netFixedAssetsEur', 'financialDebtEur', 'cafEur'],
  Sites: ['authorisedPlaces', 'daysDelivered', 'daysFunded', 'grossBuildingsEur', 'buildingDepreciationEur'],
  Budgets: [],
  Effectifs: ['budgetedFte', 'absenceDays'],
};

/**
 * INDICATOR_DATA_MISSING: one warning per indicator column that is absent or empty on every
 * data row of a table with data, placed on the header row — a column, not each cell, so that
 * a partner who never tracks absences gets one line, not hundreds. Cells that failed to read
 * count as filled: they already carry their own error.
 */
export function checkIndicatorData(table: ReadTable | undefined): Issue[] {
  if (table === undefined || table.rows.length === 0) return [];
  const { raw } = table;
  const issues: Issue[] = [];
  for (const field of INDICATOR_FIELDS[raw.table]) {
    const filled = table.rows.some((row) => row.values[field] !== null || row.invalid.has(field));
    if (filled) continue;
    const column = table.columns.get(field);
    const spec = table.spec.columns.find((c) => c.field === field);
    issues.push(makeIssue('INDICATOR_DATA_MISSING', {
      table: raw.table,
      sheet: raw.sheet,
      row: raw.headerRow,
      column: column?.header ?? spec?.fr ?? field,
      cell: column ? cellAddress(raw.headerRow, raw.firstColumn + column.index) : null,
    }, { kind: 'present' }, null));
  }
  return issues;
}
