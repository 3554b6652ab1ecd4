import { TABLE_NAMES } from '../domain/codes';
import { columnNumber } from './cell-address';
import type { Issue } from './types';

// Column order as the sheet shows it: "H12" → 8; issues without a cell come after the row's cells.
function cellColumn(cell: string | null): number {
  const letters = cell === null ? null : /^[A-Z]+/.exec(cell);
  return letters ? columnNumber(letters[0]) : Number.POSITIVE_INFINITY;
}

/** Issues in reading order: table order of the schema, then row (table-wide issues first), then column. Stable. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  const tableIndex = (issue: Issue) => (issue.table === null ? -1 : TABLE_NAMES.indexOf(issue.table));
  return issues
    .map((issue, order) => ({ issue, order }))
    .sort((a, b) =>
      tableIndex(a.issue) - tableIndex(b.issue)
      || (a.issue.row ?? 0) - (b.issue.row ?? 0)
      || compareNumbers(cellColumn(a.issue.cell), cellColumn(b.issue.cell))
      || a.order - b.order)
    .map(({ issue }) => issue);
}

function compareNumbers(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}
