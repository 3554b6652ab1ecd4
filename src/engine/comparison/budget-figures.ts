import { FUNCTION_CODES, GROUPS, type GroupCode } from '../../domain/codes';
import type { BudgetLine } from '../../data/types';
import { carefulSum } from '../careful-sum';
import { NOT_ALLOCATED, type FunctionBucket } from './types';

export interface BudgetFigures {
  readonly chargesByGroupEur: Readonly<Record<GroupCode, number>>;
  readonly produitsByGroupEur: Readonly<Record<GroupCode, number>>;
  readonly totalChargesEur: number;
  readonly totalProduitsEur: number;
  readonly chargesByFunctionEur: Readonly<Record<FunctionBucket, number>>;
}

const amounts = (lines: readonly BudgetLine[], keep: (line: BudgetLine) => boolean): number =>
  carefulSum(lines.filter(keep).map((line) => line.amountEur));

/**
 * Charges and produits of a set of budget lines by groupe fonctionnel, their totals,
 * and charges by function (empty `Fonction` = not allocated), in euros.
 *
 * Formula: Σ amountEur over the lines of each side × groupe (× function). Source: DOMAIN §2.1.
 * @example budgetFigures(linesOfPartnerA).chargesByGroupEur.II // Σ CHARGES lines of groupe II
 */
export function budgetFigures(lines: readonly BudgetLine[]): BudgetFigures {
  const byGroup = (side: 'CHARGES' | 'PRODUITS') =>
    Object.fromEntries(GROUPS.map((g) => [g, amounts(lines, (l) => l.side === side && l.group === g)])) as Record<GroupCode, number>;
  const buckets: readonly FunctionBucket[] = [...FUNCTION_CODES, NOT_ALLOCATED];
  const chargesByFunctionEur = Object.fromEntries(buckets.map((f) => [
    f,
    amounts(lines, (l) => l.side === 'CHARGES' && (l.function ?? NOT_ALLOCATED) === f),
  ])) as Record<FunctionBucket, number>;
  return {
    chargesByGroupEur: byGroup('CHARGES'),
    produitsByGroupEur: byGroup('PRODUITS'),
    totalChargesEur: amounts(lines, (l) => l.side === 'CHARGES'),
    totalProduitsEur: amounts(lines, (l) => l.side === 'PRODUITS'),
    chargesByFunctionEur,
  };
}
