// The keys of one scenario: what the partners in add up to, and how savings and costs are shared.
// Small pure helpers the sheet builders reuse for their `expected` values.
import { carefulSum } from '../careful-sum';

/**
 * Σ_p incl_p × value_p: a figure over the partners taking part (the sheet's SUMPRODUCT of the flags and a Bases row).
 * @example includedSum([1, 0, 1], [10, 20, 30]) // 40
 */
export function includedSum(partnerFlags: readonly number[], values: readonly number[]): number {
  return carefulSum(values.map((v, p) => (partnerFlags[p] ?? 0) * v));
}

/**
 * Average loaded cost per FTE of a function over the partners in: IF(fteIn > 0, payIn / fteIn, 0).
 * 0 rather than no value: without FTE nothing can be removed bottom-up, and the sheet shows 0.
 * Source: DOMAIN §3.5; docs/scenario-arithmetic.md avgCost_f.
 * @example averageCostIn(90_000, 2) // 45000
 */
export function averageCostIn(payrollInEur: number, fteIn: number): number {
  return fteIn > 0 ? payrollInEur / fteIn : 0;
}

/**
 * Cost key of each partner: its share of the charges of the partners in,
 * costKey_p = IF(chargesIn > 0, incl_p × charges_p / chargesIn, 0). It shares one-off and head-office costs
 * (DOMAIN §7: frais de siège allocated pro rata charges brutes [S22]).
 * @example costKeys([1, 1, 0], [300, 100, 600]) // [0.75, 0.25, 0]
 */
export function costKeys(partnerFlags: readonly number[], chargesEur: readonly number[]): number[] {
  const chargesIn = includedSum(partnerFlags, chargesEur);
  return chargesEur.map((c, p) => (chargesIn > 0 ? ((partnerFlags[p] ?? 0) * c) / chargesIn : 0));
}

/**
 * Savings key of each partner for one function: its share of the function's baseline over the partners in,
 * savKey_{f,p} = IF(baseIn_f > 0, incl_p × base_{f,p} / baseIn_f, costKey_p) (issue 5: savings shared in
 * proportion to each partner's baseline of the function; the cost key when the partners in have none).
 * @example savingsKeys([1, 1], [30, 10], [0.5, 0.5]) // [0.75, 0.25]
 */
export function savingsKeys(partnerFlags: readonly number[], baselineEur: readonly number[], costKeyByPartner: readonly number[]): number[] {
  const baseIn = includedSum(partnerFlags, baselineEur);
  return baselineEur.map((b, p) => (baseIn > 0 ? ((partnerFlags[p] ?? 0) * b) / baseIn : costKeyByPartner[p]));
}

/**
 * Ramp-up share of year t for a scenario starting `delayYears` later:
 * IF(t − delay < 0, 0, INDEX(ramp over years 0 … N, 1, t − delay + 1)); INDEX truncates a fractional position.
 * @example rampShareAt([0, 0.25, 0.6, 0.9, 1, 1], 3, 1) // 0.6
 */
export function rampShareAt(rampUpByYear: readonly number[], t: number, delayYears: number): number {
  const position = t - delayYears;
  return position < 0 ? 0 : rampUpByYear[Math.trunc(position)] ?? 0;
}

/**
 * 1 from the first full year after the operation, delay included: (t − delay ≥ 1). Site savings and
 * new head-office costs run from then on.
 * @example startedFlag(1, 1) // 0
 * @example startedFlag(2, 1) // 1
 */
export function startedFlag(t: number, delayYears: number): number {
  return t - delayYears >= 1 ? 1 : 0;
}
