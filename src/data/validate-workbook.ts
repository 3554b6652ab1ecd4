import type { TableName } from '../domain/codes';
import { buildCooperationData } from './build-cooperation-data';
import { checkIndicatorData } from './check-indicator-data';
import { checkNegativeAmounts } from './check-negative-amounts';
import { checkOccupancy } from './check-occupancy';
import { checkReferences, type ReadTables } from './check-references';
import { checkYears } from './check-years';
import { makeIssue } from './make-issue';
import { readTable, type ReadTable } from './read-table';
import { BUDGETS, PARTNERS, SITES, STAFF, type TableSpec } from './schema';
import { sortIssues } from './sort-issues';
import type { Issue, RawWorkbook, ValidationResult } from './types';

// Partners and budgets carry the model; sites and staff only enrich it.
const REQUIRED_TABLES: readonly TableName[] = ['Partenaires', 'Budgets'];

/**
 * Validates a workbook's four partner tables and normalises them into CooperationData.
 * Every problem is an Issue located by table, sheet, Excel row, column and cell; any error
 * makes the result `ok: false` with all issues (errors and warnings) in reading order.
 * A missing Partenaires or Budgets table is TABLE_MISSING, an empty one TABLE_EMPTY;
 * Sites or Effectifs missing or empty is only TABLE_EMPTY_OPTIONAL.
 */
export function validateWorkbook(raw: RawWorkbook): ValidationResult {
  const issues: Issue[] = [];
  const read = (spec: TableSpec): ReadTable | undefined => {
    const table = raw[spec.table];
    const required = REQUIRED_TABLES.includes(spec.table);
    if (table === undefined) {
      issues.push(makeIssue(required ? 'TABLE_MISSING' : 'TABLE_EMPTY_OPTIONAL', { table: spec.table }));
      return undefined;
    }
    const result = readTable(table, spec);
    issues.push(...result.issues);
    if (result.rows.length === 0) {
      issues.push(makeIssue(required ? 'TABLE_EMPTY' : 'TABLE_EMPTY_OPTIONAL', { table: spec.table, sheet: table.sheet, row: table.headerRow }));
    }
    return result;
  };
  const tables: ReadTables = { partners: read(PARTNERS), sites: read(SITES), budgets: read(BUDGETS), staff: read(STAFF) };

  const references = checkReferences(tables);
  issues.push(
    ...references.issues,
    ...checkNegativeAmounts(tables.budgets),
    ...checkYears(tables.partners),
    ...checkOccupancy(tables.sites),
    ...[tables.partners, tables.sites, tables.budgets, tables.staff].flatMap(checkIndicatorData),
  );

  const sorted = sortIssues(issues);
  if (sorted.some((issue) => issue.severity === 'error')) return { ok: false, issues: sorted };
  return { ok: true, value: buildCooperationData(tables, references.codes), warnings: sorted };
}
