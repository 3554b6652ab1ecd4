import { STAFF_CATEGORIES, type StaffCategoryCode } from '../../domain/codes';
import { averageCostPerFte } from '../average-cost-per-fte';
import { valueOrNull } from '../computed';
import type { ComparisonFigures, EntityComparison } from './types';

/**
 * Adds the derived figures (result, average cost per FTE) to additive figures. Derived
 * figures of the consolidated column come from its sums, never from averaging partners.
 *
 * Formula: result = total produits − total charges; cost per FTE = payroll / FTE per category.
 * Source: DOMAIN §4.1 (résultat), §3.5.
 * @example deriveComparison(figures).resultEur
 */
export function deriveComparison(figures: ComparisonFigures): EntityComparison {
  const byCategory = Object.fromEntries(STAFF_CATEGORIES.map((c) => [
    c,
    valueOrNull(averageCostPerFte(figures.staffByCategory[c].loadedPayrollEur, figures.staffByCategory[c].fte)),
  ])) as Record<StaffCategoryCode, number | null>;
  return {
    ...figures,
    resultEur: figures.totalProduitsEur - figures.totalChargesEur,
    averageCostPerFteByCategoryEur: byCategory,
    averageCostPerFteEur: valueOrNull(averageCostPerFte(figures.staffTotal.loadedPayrollEur, figures.staffTotal.fte)),
  };
}
