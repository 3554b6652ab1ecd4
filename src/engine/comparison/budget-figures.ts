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

/**
 * Charges and produits of a set of budget lines by groupe fonctionnel, their totals,
 * and charges by function (empty `Fonction` = not allocated), in euros.
 *
 * Formula: Σ amountEur over the lines of each side × groupe (× function). Source: DOMAIN §2.1.
 * @example budgetFigures(linesOfPartnerA).chargesByGroupEur.II // Σ CHARGES lines of groupe II
 */
export function budgetFigures(lines: readonly BudgetLine[]): BudgetFigures {
  // One pass files each line's amount under its buckets, in line order, so that each careful sum
  // adds the same amounts in the same order as filtering once per bucket would (issue 9).
  const buckets: readonly FunctionBucket[] = [...FUNCTION_CODES, NOT_ALLOCATED];
  const charges: number[] = [];
  const produits: number[] = [];
  const chargesByGroup = new Map<string, number[]>(GROUPS.map((g) => [g, []]));
  const produitsByGroup = new Map<string, number[]>(GROUPS.map((g) => [g, []]));
  const chargesByFunction = new Map<string, number[]>(buckets.map((f) => [f, []]));
  for (const line of lines) {
    if (line.side === 'CHARGES') {
      charges.push(line.amountEur);
      chargesByGroup.get(line.group)?.push(line.amountEur);
      chargesByFunction.get(line.function ?? NOT_ALLOCATED)?.push(line.amountEur);
    } else if (line.side === 'PRODUITS') {
      produits.push(line.amountEur);
      produitsByGroup.get(line.group)?.push(line.amountEur);
    }
  }
  const sums = <K extends string>(keys: readonly K[], byKey: ReadonlyMap<string, number[]>) =>
    Object.fromEntries(keys.map((k) => [k, carefulSum(byKey.get(k) ?? [])])) as Record<K, number>;
  return {
    chargesByGroupEur: sums<GroupCode>(GROUPS, chargesByGroup),
    produitsByGroupEur: sums<GroupCode>(GROUPS, produitsByGroup),
    totalChargesEur: carefulSum(charges),
    totalProduitsEur: carefulSum(produits),
    chargesByFunctionEur: sums<FunctionBucket>(buckets, chargesByFunction),
  };
}
