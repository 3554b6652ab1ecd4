import type { Range } from './types';

/**
 * A low–high range whose base is its midpoint (DOMAIN §7 convention).
 * @example rangeOf(0.03, 0.1) // { low: 0.03, base: 0.065, high: 0.1 }
 */
export function rangeOf(low: number, high: number): Range {
  return { low, base: (low + high) / 2, high };
}

/**
 * A range whose base is stated rather than the midpoint (a sourced point value
 * inside a wider range, e.g. GVT 0.6 % within 0.6–0.8 %).
 * @example rangeWithBase(0.006, 0.006, 0.008)
 */
export function rangeWithBase(low: number, base: number, high: number): Range {
  return { low, base, high };
}

/** A range of one point: nothing to vary. */
export function pointRange(value: number): Range {
  return { low: value, base: value, high: value };
}
