import { computed, notComputed, type Computed } from './computed';

/**
 * Average loaded cost per FTE in euros: loaded payroll / FTE.
 * No value when there is no FTE (a division by zero is not a cost).
 * Source: DOMAIN §3.5 (cost per ETP computed from the data).
 * @example averageCostPerFte(90_000, 2) // { ok: true, value: 45000 }
 */
export function averageCostPerFte(loadedPayrollEur: number, fte: number): Computed<number> {
  const average = loadedPayrollEur / fte;
  // A vanishing FTE (a rounding residue) would give an infinite cost: treated as no FTE.
  if (!(fte > 0) || !Number.isFinite(average)) return notComputed('NO_FTE');
  return computed(average);
}
