import { carefulSum } from './careful-sum';
import { computed, notComputed, type Computed } from './computed';

/**
 * Net present value with year 0 undiscounted: NB_0 + Σ_{t≥1} NB_t / (1 + rate)^t.
 * In a spreadsheet: `= NB_0 + NPV(rate, NB_1 … NB_N)`, because `NPV()` discounts its first flow by one period.
 * Source: MODELLING.md "Time and money". A rate ≤ −1 has no meaning: no value.
 * @example netPresentValue([-100, 60, 60], 0.1) // -100 + 60/1.1 + 60/1.21 = 4.1322314…
 */
export function netPresentValue(flowsByYear: readonly number[], rate: number): Computed<number> {
  if (!(rate > -1) || !Number.isFinite(rate)) return notComputed('RATE_NOT_ABOVE_MINUS_ONE');
  if (flowsByYear.length === 0) return notComputed('NO_YEARS');
  return computed(carefulSum(flowsByYear.map((flow, t) => (t === 0 ? flow : flow / (1 + rate) ** t))));
}
