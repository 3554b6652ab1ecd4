import type { FunctionCode } from '../domain';
import type { CooperationData } from '../data/types';
import { carefulSum } from './careful-sum';

/**
 * Baseline of a support function in euros: the partners' CHARGES lines tagged with
 * that function, all groupes, all partners (`SUMIFS(amount, side, "CHARGES", function, code)`).
 * Source: issue 3 (S1 levers), MODELLING.md (top-down run rate).
 * @example functionBaseline(data, 'ACHATS') // Σ of every CHARGES line whose function is ACHATS
 */
export function functionBaseline(data: CooperationData, code: FunctionCode): number {
  return carefulSum(data.budgets.filter((l) => l.side === 'CHARGES' && l.function === code).map((l) => l.amountEur));
}
