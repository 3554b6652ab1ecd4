import { STAFF_CATEGORIES, type StaffCategoryCode } from '../domain';
import type { CooperationData } from '../data/types';
import { averageCostPerFte } from './average-cost-per-fte';
import { carefulSum } from './careful-sum';
import { rowsOfPartner } from './comparison/rows-of-partner';

export interface CategoryGap {
  readonly category: StaffCategoryCode;
  /** By partner, in the order of data.partners. */
  readonly fteByPartner: readonly number[];
  readonly payrollByPartnerEur: readonly number[];
  /** Loaded cost per FTE; 0 where the partner has no FTE in the category (it then weighs nothing). */
  readonly averageByPartnerEur: readonly number[];
  /** The target grid: the highest partner average of the category. */
  readonly targetEur: number;
  /** Σ_p FTE_p × max(0, target − average_p), euros per year. */
  readonly gapEur: number;
}

export interface HarmonisationGap {
  readonly partners: readonly string[];
  readonly categories: readonly CategoryGap[];
  /** Σ of the categories' gaps, euros per year, before the share closed, phasing and GVT. */
  readonly totalGapEur: number;
}

/**
 * Yearly cost of aligning every staff category on its best-paying partner:
 * for each category, Σ over partners of FTE × max(0, target − own average loaded cost per FTE),
 * target = highest partner average of the category.
 * Partner codes match as the sheet's `range=code` does: exactly, apart from case.
 * Source: DOMAIN §3.4 (harmonisation "par le haut"), HARMONISATION_TARGET_RULE.
 * @example two partners of 1 FTE at 40 000 € and 50 000 €: gap = 10 000 €
 */
export function harmonisationGap(data: CooperationData): HarmonisationGap {
  const partners = data.partners.map((p) => p.code);
  const categories = STAFF_CATEGORIES.map((category): CategoryGap => {
    const mine = partners.map((p) => rowsOfPartner(data.staff, p).filter((s) => s.category === category));
    const fteByPartner = mine.map((rows) => carefulSum(rows.map((s) => s.fte)));
    const payrollByPartnerEur = mine.map((rows) => carefulSum(rows.map((s) => s.loadedPayrollEur)));
    const averageByPartnerEur = partners.map((_, i) => {
      const avg = averageCostPerFte(payrollByPartnerEur[i], fteByPartner[i]);
      return avg.ok ? avg.value : 0;
    });
    const targetEur = averageByPartnerEur.length > 0 ? Math.max(...averageByPartnerEur) : 0;
    const gapEur = carefulSum(partners.map((_, i) => fteByPartner[i] * Math.max(0, targetEur - averageByPartnerEur[i])));
    return { category, fteByPartner, payrollByPartnerEur, averageByPartnerEur, targetEur, gapEur };
  });
  return { partners, categories, totalGapEur: carefulSum(categories.map((c) => c.gapEur)) };
}
