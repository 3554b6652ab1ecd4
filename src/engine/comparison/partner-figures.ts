import type { CooperationData } from '../../data/types';
import { budgetFigures } from './budget-figures';
import { sameCode } from './same-code';
import { siteFigures } from './site-figures';
import { staffFigures } from './staff-figures';
import type { ComparisonFigures } from './types';

/**
 * The additive comparison figures of one partner: its budget lines, staff groups and
 * sites, matched on the partner code as the sheet's formulas match it (exact apart from case).
 *
 * Formula: budgetFigures ∪ staffFigures ∪ siteFigures over the partner's records.
 * Source: issue 3 (comparison per partner).
 * @example partnerFigures(data, 'A').totalChargesEur
 */
export function partnerFigures(data: CooperationData, partner: string): ComparisonFigures {
  const mine = <T extends { readonly partner: string }>(rows: readonly T[]) => rows.filter((r) => sameCode(r.partner, partner));
  return {
    ...budgetFigures(mine(data.budgets)),
    ...staffFigures(mine(data.staff)),
    ...siteFigures(mine(data.sites)),
  };
}

/** The figures of all the data, partner codes ignored: what the reconciliation checks compare with. */
export function allDataFigures(data: CooperationData): ComparisonFigures {
  return { ...budgetFigures(data.budgets), ...staffFigures(data.staff), ...siteFigures(data.sites) };
}
