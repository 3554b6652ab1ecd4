import { foundText, makeIssue } from './make-issue';
import type { ReadTable } from './read-table';
import type { Issue } from './types';

/**
 * YEARS_DIFFER: figures of different years cannot be consolidated as they are. The reference
 * year is the most common one (the earliest-listed on a tie); one warning per partner whose
 * Exercice differs from it, on that partner's cell. Partners without a year are not compared.
 */
export function checkYears(partners: ReadTable | undefined): Issue[] {
  const rows = (partners?.rows ?? []).filter((row) => typeof row.values.year === 'number');
  const counts = new Map<number, number>();
  for (const row of rows) counts.set(row.values.year as number, (counts.get(row.values.year as number) ?? 0) + 1);
  let reference: number | null = null;
  for (const [year, count] of counts) {
    if (reference === null || count > (counts.get(reference) ?? 0)) reference = year;
  }
  if (reference === null || counts.size < 2) return [];
  const expected = { kind: 'value', value: String(reference) } as const;
  return rows
    .filter((row) => row.values.year !== reference)
    .map((row) => makeIssue('YEARS_DIFFER', row.placeOf('year'), expected, foundText(row.rawOf('year'))));
}
