import type { IndicatorKind, IndicatorParts, IndicatorResult } from './types';

/**
 * An indicator's value from its parts, or null with the reason ("n/a"); never 0 or NaN
 * for missing data.
 *
 * Formula: fraction = num / den; days = num × 365 / den; amount = num (den counts the
 * entities with data). n/a when den = 0: DATA_MISSING if no record had the data, else
 * ZERO_DENOMINATOR. Source: DOMAIN §4.1.
 * @example indicatorValue('fraction', { numerator: 9, denominator: 10, coverage: 2 }).value // 0.9
 */
export function indicatorValue(kind: IndicatorKind, parts: IndicatorParts): IndicatorResult {
  if (parts.denominator === 0) {
    return { ...parts, value: null, reason: parts.coverage === 0 ? 'DATA_MISSING' : 'ZERO_DENOMINATOR' };
  }
  const value = kind === 'fraction' ? parts.numerator / parts.denominator
    : kind === 'days' ? (parts.numerator * 365) / parts.denominator
      : parts.numerator;
  return { ...parts, value, reason: null };
}
