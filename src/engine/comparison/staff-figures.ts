import { FUNCTION_CODES, STAFF_CATEGORIES, type StaffCategoryCode } from '../../domain/codes';
import type { StaffGroup } from '../../data/types';
import { carefulSum } from '../careful-sum';
import { NOT_ALLOCATED, type FunctionBucket, type StaffTotals } from './types';

export interface StaffFigures {
  readonly staffByCategory: Readonly<Record<StaffCategoryCode, StaffTotals>>;
  readonly staffByFunction: Readonly<Record<FunctionBucket, StaffTotals>>;
  readonly staffTotal: StaffTotals;
}

const totals = (groups: readonly StaffGroup[]): StaffTotals => ({
  fte: carefulSum(groups.map((g) => g.fte)),
  loadedPayrollEur: carefulSum(groups.map((g) => g.loadedPayrollEur)),
});

/**
 * FTE and loaded payroll of a set of staff groups by ANAP category, by function
 * (empty `Fonction` = not allocated) and in total.
 *
 * Formula: Σ fte and Σ loadedPayrollEur per category / function. Source: DOMAIN §3.1 [S18-b].
 * @example staffFigures(groupsOfPartnerA).staffByCategory.PARAMEDICAL.fte
 */
export function staffFigures(groups: readonly StaffGroup[]): StaffFigures {
  const buckets: readonly FunctionBucket[] = [...FUNCTION_CODES, NOT_ALLOCATED];
  return {
    staffByCategory: Object.fromEntries(STAFF_CATEGORIES.map((c) => [c, totals(groups.filter((g) => g.category === c))])) as Record<StaffCategoryCode, StaffTotals>,
    staffByFunction: Object.fromEntries(buckets.map((f) => [f, totals(groups.filter((g) => (g.function ?? NOT_ALLOCATED) === f))])) as Record<FunctionBucket, StaffTotals>,
    staffTotal: totals(groups),
  };
}
