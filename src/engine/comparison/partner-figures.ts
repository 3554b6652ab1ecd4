import type { CooperationData } from '../../data/types';
import { budgetFigures } from './budget-figures';
import { rowsOfPartner } from './rows-of-partner';
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
  return {
    ...budgetFigures(rowsOfPartner(data.budgets, partner)),
    ...staffFigures(rowsOfPartner(data.staff, partner)),
    ...siteFigures(rowsOfPartner(data.sites, partner)),
  };
}

/** The figures of all the data, partner codes ignored: what the reconciliation checks compare with. */
export function allDataFigures(data: CooperationData): ComparisonFigures {
  return { ...budgetFigures(data.budgets), ...staffFigures(data.staff), ...siteFigures(data.sites) };
}
