import { ISSUE_CODES, type IssueCode } from './issue-codes';
import type { CellValue, Expected, Issue } from './types';
import type { TableName } from '../domain/codes';

/** Where an issue sits; fields a problem has no use for stay null. */
export interface IssuePlace {
  readonly table: TableName | null;
  readonly sheet?: string | null;
  readonly row?: number | null;
  readonly column?: string | null;
  readonly cell?: string | null;
}

/** An Issue with the severity its code always carries. */
export function makeIssue(code: IssueCode, place: IssuePlace, expected: Expected | null = null, found: string | null = null): Issue {
  return {
    code,
    severity: ISSUE_CODES[code],
    table: place.table,
    sheet: place.sheet ?? null,
    row: place.row ?? null,
    column: place.column ?? null,
    cell: place.cell ?? null,
    expected,
    found,
  };
}

/**
 * A cell's value as text, the way the user typed or sees it: text as is (never trimmed
 * of a leading `=`), numbers in plain notation, booleans as Excel stores them (TRUE/FALSE).
 */
export function foundText(value: CellValue): string | null {
  if (value === null) return null;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
