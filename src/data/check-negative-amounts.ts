import { foundText, makeIssue } from './make-issue';
import type { ReadTable } from './read-table';
import type { Issue } from './types';

/**
 * NEGATIVE_AMOUNT: a budget line below zero. A warning only, since reductions
 * (accounts 609, 6419…) legitimately carry one (INPUT-SCHEMA, Budgets): the user checks it.
 */
export function checkNegativeAmounts(budgets: ReadTable | undefined): Issue[] {
  return (budgets?.rows ?? [])
    .filter((row) => typeof row.values.amountEur === 'number' && row.values.amountEur < 0)
    .map((row) => makeIssue('NEGATIVE_AMOUNT', row.placeOf('amountEur'), { kind: 'nonNegative' }, foundText(row.rawOf('amountEur'))));
}
